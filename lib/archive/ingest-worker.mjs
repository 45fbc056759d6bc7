// Ingest thread of `npm run archive -- add` (scripts/archive.ts runs under tsx, a development
// dependency, like `npm run analyze`): loads the TypeScript reader and reads one file per task.
import { tsImport } from 'tsx/esm/api';

const { readArchiveFile } = await tsImport('./read-file.ts', import.meta.url);

/** @param {{ path: string }} task */
export default async function read(task) {
  const result = await readArchiveFile(task.path);
  // Crosses the thread boundary as JSON text (structured clone of the analysis is slower).
  return JSON.stringify(result);
}
