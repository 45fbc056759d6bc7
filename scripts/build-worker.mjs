// Bundles the analysis worker (lib/worker/worker-entry.ts and the whole pipeline it imports)
// into one plain ES module, `<distDir>/parallax-worker.mjs`. Run by `next build` (next.config.mjs,
// after the app is compiled): production threads load JavaScript, no compiler at run time.
// Same settings as the server build: the `react-server` condition, only the native modules (the
// segmenter, SQLite: the thread stores what it analysed) left external (resolved from
// node_modules at run time).
import { isAbsolute, join } from 'node:path';
import { buildSync } from 'esbuild';

export const WORKER_BUNDLE = 'parallax-worker.mjs';

/**
 * esbuild options of every bundle the app runs in Node without a compiler (this pool thread,
 * the archive CLI and its ingest threads): ES modules for Node 20, the server's export
 * conditions, native and worker-pool packages left to node_modules.
 */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['react-server'],
  external: ['@node-rs/jieba', '@node-rs/jieba/*', 'better-sqlite3'],
  // Bundled CommonJS packages call `require`, which an ES module has to create.
  banner: { js: "import { createRequire as __parallaxRequire } from 'node:module'; const require = __parallaxRequire(import.meta.url);" },
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/** Writes the worker bundle into `distDir` (absolute or relative to `root`); returns its path. */
export function buildWorker(root, distDir = '.next') {
  const outfile = join(isAbsolute(distDir) ? distDir : join(root, distDir), WORKER_BUNDLE);
  buildSync({
    entryPoints: [join(root, 'lib/worker/worker-entry.ts')],
    outfile,
    ...NODE_BUNDLE,
  });
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`worker bundle: ${buildWorker(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next')}`);
}
