#!/usr/bin/env node
// `npm run archive`: runs the bundled archive CLI (<distDir>/parallax-archive/archive.mjs, plain
// JavaScript: no compiler at run time). `next build` writes the bundle; when it is missing or
// older than the sources, it is bundled first (esbuild, a few seconds), as `npm start` builds
// when there is no current build. `npm run archive:dev` runs the TypeScript sources under tsx.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ARCHIVE_CLI, archiveBundleIsCurrent, archiveDir, buildArchive } from './build-archive.mjs';

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
if (!archiveBundleIsCurrent(root, distDir)) {
  process.stderr.write('archive: bundling the CLI (no current build)…\n');
  try {
    buildArchive(root, distDir);
  } catch (e) {
    process.stderr.write(
      `archive: cannot bundle the CLI (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).\n` +
        'Run `npm install` and `npm run build` in the repository, or `npm run --silent archive:dev -- COMMAND` to run the TypeScript sources.\n',
    );
    process.exit(1);
  }
}
await import(pathToFileURL(join(archiveDir(root, distDir), ARCHIVE_CLI)).href);
