// Bundles the analysis worker (lib/worker/worker-entry.ts and the whole pipeline it imports)
// into one plain JavaScript file, `<distDir>/parallax-worker.cjs`, with V8's code cache for it
// (`parallax-worker.cache`), and the thread's entry `<distDir>/parallax-worker.mjs`, which runs
// the bundle with its cache (lib/worker/bundle-loader.mjs, copied beside it). Run by `next build`
// (next.config.mjs, after the app is compiled): production threads load JavaScript, no compiler
// at run time, and a new thread deserialises its code instead of compiling 4 MB of it.
// Same settings as the server build: the `react-server` condition, only the native modules (the
// segmenter, SQLite: the thread stores what it analysed) left external (resolved from
// node_modules at run time).
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { buildSync } from 'esbuild';

/** The pool thread's entry (lib/worker/pool.ts loads this file). */
export const WORKER_BUNDLE = 'parallax-worker.mjs';
/** The bundle the entry runs, and the loader that runs it with its code cache. */
export const WORKER_CODE = 'parallax-worker.cjs';
export const BUNDLE_LOADER = 'parallax-bundle-loader.mjs';

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

/**
 * The same as one CommonJS file, for bundles run with a code cache (V8 caches a script's code,
 * not an ES module's, in Node 20): `import.meta.url` becomes the loader's `__importMetaUrl`.
 */
export const CACHED_BUNDLE = {
  ...NODE_BUNDLE,
  format: 'cjs',
  banner: {},
  define: { 'import.meta.url': '__importMetaUrl' },
};

/**
 * Bundles `entry` (relative to `root`) into `outfile` (`.cjs`) with CACHED_BUNDLE, copies the
 * loader beside it, and makes its code cache: a child process loads the bundle (with `args` as its
 * command-line arguments; its top level runs) and writes the code V8 compiled for it. A bundle
 * whose top level fails fails the build.
 */
export function buildCachedBundle(root, entry, outfile, args = []) {
  buildSync({ entryPoints: [join(root, entry)], outfile, ...CACHED_BUNDLE });
  const loader = join(outfile, '..', BUNDLE_LOADER);
  copyFileSync(join(root, 'lib/worker/bundle-loader.mjs'), loader);
  const made = spawnSync(process.execPath, ['--conditions=react-server', loader, '--make-cache', outfile, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, PARALLAX_WORKER_NICE: '0' } });
  if (made.status !== 0) throw new Error(`code cache of ${outfile}: ${made.stderr || made.stdout || `exit ${made.status}`}`);
  return { outfile, loader };
}

/**
 * Writes the worker bundle, its code cache (made while a thread's warm-up analysis runs: the
 * functions a first request needs are compiled in it) and its entry into `distDir` (absolute or
 * relative to `root`); returns the entry's path.
 */
export function buildWorker(root, distDir = '.next') {
  const dir = isAbsolute(distDir) ? distDir : join(root, distDir);
  buildCachedBundle(root, 'lib/worker/worker-entry.ts', join(dir, WORKER_CODE));
  const entry = join(dir, WORKER_BUNDLE);
  writeFileSync(
    entry,
    `// The pool thread's entry, written by scripts/build-worker.mjs: runs ${WORKER_CODE} with its code cache.\n` +
      `import { loadBundle } from './${BUNDLE_LOADER}';\n` +
      `export default loadBundle(new URL('./${WORKER_CODE}', import.meta.url)).exports.default;\n`,
  );
  return entry;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`worker bundle: ${buildWorker(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next')}`);
}
