import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Repository root (tests run with it as cwd). */
export const ROOT = process.cwd();

/** Expected metadata of one raw seed file, written by reading the file (not from parser output). */
export interface SeedExpectation {
  file: string;
  outlet: string;
  title: string;
  url: string;
  publishedAt: string;
  evidence: string;
  script: string;
  byline?: string;
  editor?: string;
  /** The first sentence of the clean text. */
  first: string;
  /** The last sentence of the clean text. */
  last: string;
  /** Section heads (`kind: 'h'` paragraphs), in order. */
  headings: string[];
}

const FIXTURES = join(ROOT, 'tests/ingest/fixtures');

/** All expectation fixtures, sorted by file name. */
export function seedExpectations(): SeedExpectation[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as SeedExpectation);
}

/** Every raw article file under seeds/ (event folders only), as repo-relative paths. */
export function allSeedFiles(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(join(ROOT, 'seeds'), { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(ROOT, 'seeds', dir.name))) {
      if (/\.(md|txt)$/.test(f)) out.push(`seeds/${dir.name}/${f}`);
    }
  }
  return out.sort();
}

/** The raw text of a repo-relative file and its base name. */
export function readSeed(file: string): { raw: string; name: string } {
  return { raw: readFileSync(join(ROOT, file), 'utf8'), name: basename(file) };
}
