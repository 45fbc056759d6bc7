import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFileOf, loadBundle } from '../../lib/worker/bundle-loader.mjs';
import { buildCachedBundle } from '../../scripts/build-worker.mjs';

// Under node_modules so the bundle's external packages would resolve as the real one's do. A clean
// clone's node_modules has no .cache folder until something makes it.
const cacheDir = join(process.cwd(), 'node_modules', '.cache');
mkdirSync(cacheDir, { recursive: true });
const dir = mkdtempSync(join(cacheDir, 'bundle-loader-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Entry = { default: (task: unknown) => { double: number; calls: number }; file: string };

describe('bundles run with a code cache made at build time', () => {
  const { outfile, loader } = buildCachedBundle(process.cwd(), 'tests/worker/fixtures/cached-entry.ts', join(dir, 'entry.cjs'));

  it('writes the bundle, its code cache and the loader beside it', () => {
    expect(readFileSync(outfile, 'utf8')).not.toContain('import.meta');
    expect(readFileSync(cacheFileOf(outfile)).byteLength).toBeGreaterThan(1000);
    expect(readFileSync(loader, 'utf8')).toBe(readFileSync('lib/worker/bundle-loader.mjs', 'utf8'));
  });

  it('runs the bundle with the cache V8 accepts: exports, state and its own file URL', () => {
    const { exports, codeCache } = loadBundle(outfile) as { exports: Entry; codeCache: boolean };
    expect(codeCache).toBe(true);
    expect(exports.default({ n: 21 })).toEqual({ double: 42, calls: 1 });
    expect(exports.default({ n: 2 })).toEqual({ double: 4, calls: 2 });
    expect(exports.file).toBe(outfile);
    expect(() => exports.default({ n: 1.5 })).toThrow();
  });

  it('still runs, compiling, when the cache is refused (another Node version, a damaged file)', () => {
    writeFileSync(cacheFileOf(outfile), Buffer.from('not a V8 code cache'));
    const { exports, codeCache } = loadBundle(outfile) as { exports: Entry; codeCache: boolean };
    expect(codeCache).toBe(false);
    expect(exports.default({ n: 5 }).double).toBe(10);
  });

  it('runs strict, as the ES modules it was bundled from', () => {
    const strict = join(dir, 'strict.cjs');
    writeFileSync(strict, 'exports.strict = (function () { return this === undefined; })();');
    expect((loadBundle(strict).exports as { strict: boolean }).strict).toBe(true);
  });
});
