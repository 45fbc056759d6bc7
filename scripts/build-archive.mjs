// Bundles the archive CLI (scripts/archive.ts) and its ingest thread (lib/archive/ingest-entry.ts)
// into plain ES modules under `<distDir>/parallax-archive/` (shared code in chunks), as
// scripts/build-worker.mjs does for the server's pool thread: `npm run archive` then runs
// JavaScript, no compiler. Run by `next build` (next.config.mjs) and, when the bundle is missing
// or older than the sources, by the launcher scripts/archive.mjs before it runs the CLI.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { buildSync } from 'esbuild';
import { NODE_BUNDLE } from './build-worker.mjs';

export const ARCHIVE_DIR = 'parallax-archive';
export const ARCHIVE_CLI = 'archive.mjs';
/** What goes into the bundle: a bundle older than any of these is rebuilt by the launcher. */
export const ARCHIVE_SOURCES = ['lib', 'data', 'scripts/archive.ts', 'package.json', 'package-lock.json'];

/** The bundle's folder for a build directory (absolute, or relative to `root`). */
export function archiveDir(root, distDir = '.next') {
  return join(isAbsolute(distDir) ? distDir : join(root, distDir), ARCHIVE_DIR);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Whether the bundle exists and is newer than every source that goes into it. */
export function archiveBundleIsCurrent(root, distDir = '.next') {
  const cli = join(archiveDir(root, distDir), ARCHIVE_CLI);
  if (!existsSync(cli)) return false;
  const built = statSync(cli).mtimeMs;
  return ARCHIVE_SOURCES.every((s) => newestMtime(join(root, s)) <= built);
}

/** Writes the CLI and ingest-thread bundle (replacing an older one); returns the CLI's path. */
export function buildArchive(root, distDir = '.next') {
  const outdir = archiveDir(root, distDir);
  rmSync(outdir, { recursive: true, force: true });
  buildSync({
    entryPoints: { archive: join(root, 'scripts/archive.ts'), 'ingest-thread': join(root, 'lib/archive/ingest-entry.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    splitting: true,
    ...NODE_BUNDLE,
    external: [...NODE_BUNDLE.external, 'piscina'],
  });
  return join(outdir, ARCHIVE_CLI);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`archive bundle: ${buildArchive(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next')}`);
}
