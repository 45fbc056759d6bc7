// The ingest thread of `npm run archive -- add`. Bundled at build time into
// `<distDir>/parallax-archive/ingest-thread.mjs` (scripts/build-archive.mjs): production runs
// no compiler. From the TypeScript sources (`npm run archive:dev`), ingest-worker.mjs loads it.
import { readArchiveFile } from './read-file';

/** Reads one file (see readArchiveFile); the answer crosses the thread boundary as JSON text (faster than a structured clone of the analysis). */
export default async function read(task: { path: string }): Promise<string> {
  return JSON.stringify(await readArchiveFile(task.path));
}
