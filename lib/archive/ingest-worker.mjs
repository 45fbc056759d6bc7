// Ingest thread of `npm run archive:dev` (the CLI run from its TypeScript sources under tsx, a
// development dependency): loads the TypeScript entry through tsx. `npm run archive` runs the
// bundle instead (scripts/build-archive.mjs), with no compiler.
import { tsImport } from 'tsx/esm/api';

const entry = await tsImport('./ingest-entry.ts', import.meta.url);

/** @param {{ path: string }} task */
export default function read(task) {
  return entry.default(task);
}
