import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { f3, figure, heading, info } from './report';

/** Budget for the first analysed article in a fresh process, from process start. */
export const FIRST_RESULT_BUDGET_MS = 500;

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
/** The article the child analyses: the first seed of the first event (traditional-script CNA). */
const SEED = 'seeds/biden-xi-dictator-2023-06/cna-2023-06-21-zaobao-report-blocked-in-hk.md';

/** What the child prints: milliseconds since process start at each step. */
interface ChildReport {
  /** Pipeline modules loaded (tsx transpilation included). */
  importedMs: number;
  /** Article parsed. */
  parsedMs: number;
  /** First analysis done: the figure reported. */
  ms: number;
  entities: number;
}

/**
 * Child process: loads the pipeline (module loading and dictionaries included), parses and
 * analyses one seed article, and prints `{"ms":…}` measured from process start.
 */
async function child(): Promise<void> {
  const { parseArticle } = await import('../lib/ingest');
  const { analyzeArticles } = await import('../lib/analyze');
  const importedMs = performance.now();
  const article = parseArticle(readFileSync(join(ROOT, SEED), 'utf8'), basename(SEED));
  const parsedMs = performance.now();
  const analysis = analyzeArticles([article]);
  const ms = performance.now();
  const result: ChildReport = { ms, importedMs, parsedMs, entities: analysis.articles[0]?.entities.length ?? 0 };
  console.log(JSON.stringify(result));
}

export interface FirstResult {
  runs: number[];
  medianMs: number;
}

/** Section (d): spawns `runs` fresh processes and reports the median time to first result. */
export function runFirstResult(runs = 3): FirstResult {
  heading('(d) Time to first result (fresh process)');
  const reports: ChildReport[] = [];
  for (let i = 0; i < runs; i++) {
    const out = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'bench/first-result.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const line = out.stdout.trim().split('\n').pop() ?? '';
    if (out.status !== 0 || !line.startsWith('{')) throw new Error(`first-result child failed: ${out.stderr || line}`);
    reports.push(JSON.parse(line) as ChildReport);
  }
  const times = reports.map((r) => r.ms);
  const sorted = [...times].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)]!;
  info('article', basename(SEED));
  info('runs (ms)', times.map((t) => t.toFixed(0)).join(' '));
  const steps = (r: ChildReport): string =>
    `${r.importedMs.toFixed(0)}+${(r.parsedMs - r.importedMs).toFixed(0)}+${(r.ms - r.parsedMs).toFixed(0)}`;
  info('load+parse+analyse (ms), per run', reports.map(steps).join(' '));
  figure('median time to first result', `${medianMs.toFixed(0)} ms`, `< ${FIRST_RESULT_BUDGET_MS} ms`, medianMs < FIRST_RESULT_BUDGET_MS);
  info('share of budget', f3(medianMs / FIRST_RESULT_BUDGET_MS));
  return { runs: times, medianMs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await child();
