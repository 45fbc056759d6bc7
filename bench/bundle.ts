import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Bundles `entry` (TypeScript, with the pipeline it imports) into one ESM file the way the
 * production server build does: packages bundled with the `react-server` condition, only the
 * native segmenter (`@node-rs/jieba`, a `serverExternalPackages` entry) left external. Returns
 * the output path, under `node_modules/.cache/parallax-bench/` so the external import resolves.
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
    external: ['@node-rs/jieba', '@node-rs/jieba/*'],
    conditions: ['react-server'],
    // Bundled CommonJS packages call `require`, which an ES module has to create.
    banner: { js: "import { createRequire as __parallaxRequire } from 'node:module'; const require = __parallaxRequire(import.meta.url);" },
    target: 'node20',
    // Minified like the production worker bundle (scripts/build-worker.mjs).
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outfile;
}
