/**
 * Child program of the first-result section: loads the pipeline (module loading and
 * dictionaries included), parses and analyses one article file, and prints one JSON line of
 * milliseconds since process start. Run through tsx, or bundled by `bench/bundle.ts`.
 * Usage: `node [--import tsx] first-result-child <article file>`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticles } from '../lib/analyze';
import { parseArticle } from '../lib/ingest';

/** What the child prints: milliseconds since process start at each step. */
export interface ChildReport {
  /** Pipeline modules loaded (transpilation included when run through tsx). */
  importedMs: number;
  /** Article parsed. */
  parsedMs: number;
  /** First analysis done: the figure reported. */
  ms: number;
  entities: number;
}

const importedMs = performance.now();
const file = process.argv[2];
if (file) {
  const article = parseArticle(readFileSync(file, 'utf8'), basename(file));
  const parsedMs = performance.now();
  const analysis = analyzeArticles([article]);
  const ms = performance.now();
  const report: ChildReport = { importedMs, parsedMs, ms, entities: analysis.articles[0]?.entities.length ?? 0 };
  console.log(JSON.stringify(report));
}
