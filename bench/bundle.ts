import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCachedBundle } from '../scripts/build-worker.mjs';

/**
 * Bundles `entry` (TypeScript, with the pipeline it imports) the way `next build` bundles the pool
 * thread (scripts/build-worker.mjs): one CommonJS file with the server's export conditions, only
 * the native packages left external, and V8's code cache made by running it once with
 * `cacheArgs` (the pool thread's is made while its warm-up runs). Under
 * `node_modules/.cache/parallax-bench/` so the external imports resolve. Returns the bundle and
 * the loader that runs it with its cache (`node --conditions=react-server <loader> <bundle> …`).
 */
export function bundleEntry(root: string, entry: string, name: string, cacheArgs: readonly string[] = []): { bundle: string; loader: string } {
  const dir = join(root, 'node_modules', '.cache', 'parallax-bench');
  mkdirSync(dir, { recursive: true });
  const { outfile, loader } = buildCachedBundle(root, entry, join(dir, `${name}.cjs`), [...cacheArgs]);
  return { bundle: outfile, loader };
}
