// Pool thread entry outside production builds (`next dev`, unit tests): loads the TypeScript
// entry through tsx, a development dependency. Production threads run the bundle that
// `next build` writes (scripts/build-worker.mjs); see pool.ts.
import { tsImport } from 'tsx/esm/api';

const entry = await tsImport('./worker-entry.ts', import.meta.url);

/** @param {import('./tasks').WorkerTask} task */
export default function work(task) {
  return entry.default(task);
}
