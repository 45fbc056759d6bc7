// Runs a CommonJS bundle built by scripts/build-worker.mjs with the V8 code cache the build made
// for it. A bundle of the whole pipeline is about 4 MB of JavaScript: compiling it, and the
// functions the first analysis calls, was a large part of a fresh thread's start. With the cache
// V8 deserialises that code instead (the cache is made by the build, never at run time; a cache
// V8 refuses — another Node version — only costs the compilation it would have saved).
// Plain JavaScript, no dependencies: `next build` copies it next to the bundle, and Node runs it
// as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

/** The bundle's code cache: the bundle's file name with `.cache` for `.cjs`. */
export const cacheFileOf = (file) => file.replace(/\.cjs$/, '') + '.cache';

/**
 * Loads (evaluates) the bundle `file` (a path or file URL) with its code cache when there is one
 * (and `useCache`) and returns its exports, with `codeCache`: whether a cache was there and
 * taken, and `script` (to write a cache from, see makeCodeCache).
 */
export function loadBundle(file, { useCache = true } = {}) {
  const path = resolve(file instanceof URL ? fileURLToPath(file) : file);
  const cacheFile = cacheFileOf(path);
  const cachedData = useCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // The wrapper Node gives a CommonJS module, plus `import.meta.url` (esbuild writes it as
  // `__importMetaUrl` in a CommonJS bundle; the pipeline resolves its native packages from it).
  // Strict, as the ES modules it was bundled from.
  const source = `(function (exports, require, module, __filename, __dirname, __importMetaUrl) {'use strict';${readFileSync(path, 'utf8')}\n})`;
  const script = new vm.Script(source, { filename: path, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(path), mod, path, dirname(path), pathToFileURL(path).href);
  return { exports: mod.exports, codeCache: cachedData !== undefined && !script.cachedDataRejected, script };
}

/**
 * Build step: loads the bundle (its top level runs, e.g. a pool thread's warm-up analysis, so the
 * functions that run are compiled) and writes V8's code for it, those functions included, next to
 * it. Returns the cache file's path.
 */
export function makeCodeCache(file) {
  const path = resolve(file instanceof URL ? fileURLToPath(file) : file);
  const cacheFile = cacheFileOf(path);
  const { script } = loadBundle(path, { useCache: false });
  writeFileSync(cacheFile, script.createCachedData());
  return cacheFile;
}

// `node bundle-loader.mjs [--make-cache] <bundle.cjs> [args…]`: runs the bundle with its cache
// (the bench), or makes its cache (the build's child process). The bundle sees `args` as its
// command-line arguments.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const make = process.argv[2] === '--make-cache';
  const [file, ...args] = process.argv.slice(make ? 3 : 2);
  process.argv = [process.argv[0], file, ...args];
  if (make) makeCodeCache(file);
  else loadBundle(file);
}
