/**
 * Child program of the first-result section: loads the pipeline (module loading and
 * dictionaries included), parses and analyses one article file, and prints one JSON line of
 * milliseconds since process start (wall and this process's CPU time). Run through tsx, or
 * bundled by `bench/bundle.ts` as the pool thread is (with a code cache made while the child
 * warms, without an article, as a thread's is made while the thread warms). With `--warm` it
 * first warms the analyzer the way a pool thread does when it starts (lib/worker/warm.ts), so
 * the parse and analysis that follow are what the first request to a started server costs.
 * Usage: `node [--import tsx] first-result-child [--warm] [<article file>]`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeArticles } from '../lib/analyze';
import { parseArticle } from '../lib/ingest';
import { warmAnalyzer } from '../lib/worker/warm';

/** What the child prints: milliseconds since process start at each step, wall and CPU. */
export interface ChildReport {
  /** Pipeline modules loaded (transpilation included when run through tsx). */
  importedMs: number;
  /** Analyzer warmed (`--warm` only; else equal to `importedMs`). */
  warmedMs: number;
  /** Article parsed. */
  parsedMs: number;
  /** First analysis done: the figure reported. */
  ms: number;
  /** The same steps in CPU time of this process (user + system, all threads). */
  cpu: { importedMs: number; warmedMs: number; parsedMs: number; ms: number };
  entities: number;
  /** Whether the analyzer was warmed first (`--warm`). */
  warmed: boolean;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const importedMs = performance.now();
const importedCpu = cpuMs();
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  if (args.includes('--warm')) warmAnalyzer();
} else {
  const warmed = args.includes('--warm');
  if (warmed) warmAnalyzer();
  const warmedMs = performance.now();
  const warmedCpu = cpuMs();
  const article = parseArticle(readFileSync(file, 'utf8'), basename(file));
  const parsedMs = performance.now();
  const parsedCpu = cpuMs();
  const analysis = analyzeArticles([article]);
  const ms = performance.now();
  const report: ChildReport = {
    importedMs,
    warmedMs,
    parsedMs,
    ms,
    cpu: { importedMs: importedCpu, warmedMs: warmedCpu, parsedMs: parsedCpu, ms: cpuMs() },
    entities: analysis.articles[0]?.entities.length ?? 0,
    warmed,
  };
  console.log(JSON.stringify(report));
}
