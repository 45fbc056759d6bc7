import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Bundles `entry` (TypeScript, with the pipeline it imports) into one ESM file the way a
 * production build would, packages left external, and returns the output path. The output
 * goes under `node_modules/.cache/parallax-bench/` so its package imports resolve against
 * the project's `node_modules`.
 */
export function bundleEntry(root: string, entry: string, name: string): string {
  const dir = join(root, 'node_modules', '.cache', 'parallax-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}.mjs`);
  buildSync({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}
