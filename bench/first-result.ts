import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { bundleEntry } from './bundle';
import type { ChildReport } from './first-result-child';
import { f3, figure, heading, info, loadLine } from './report';

/** Goal (issue 12) for the first analysed article in a fresh process, from process start. */
export const FIRST_RESULT_BUDGET_MS = 400;

/** The article the child analyses: a traditional-script seed (script conversion included). */
const SEED = 'seeds/biden-xi-dictator-2023-06/cna-2023-06-21-zaobao-report-blocked-in-hk.md';
const CHILD = 'bench/first-result-child.ts';

export interface FirstResult {
  bundledMs: number;
  tsxMs: number;
  jiebaLoadMs: number;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the child `runs` times in fresh processes with `args` before the article path. */
function spawnRuns(root: string, args: readonly string[], runs: number): ChildReport[] {
  const reports: ChildReport[] = [];
  for (let i = 0; i < runs; i++) {
    const out = spawnSync(process.execPath, ['--conditions=react-server', ...args, join(root, SEED)], { cwd: root, encoding: 'utf8' });
    const line = out.stdout.trim().split('\n').pop() ?? '';
    if (out.status !== 0 || !line.startsWith('{')) throw new Error(`first-result child failed: ${out.stderr || line}`);
    reports.push(JSON.parse(line) as ChildReport);
  }
  return reports;
}

function printRuns(label: string, reports: readonly ChildReport[]): number {
  const ms = median(reports.map((r) => r.ms));
  const steps = (r: ChildReport): string =>
    `${r.importedMs.toFixed(0)}+${(r.parsedMs - r.importedMs).toFixed(0)}+${(r.ms - r.parsedMs).toFixed(0)}`;
  info(`${label}: load+parse+analyse (ms)`, reports.map(steps).join(' '));
  info(`${label}: median`, `${ms.toFixed(0)} ms`);
  return ms;
}

/**
 * Section (d): time to the first result in a fresh process, from process start (Node
 * start-up, module loading, dictionary loading, parsing, analysis). The figure against the
 * budget is the bundled pipeline (what production runs: no transpilation); the tsx run is
 * for reference. Also times the jieba dictionary load alone.
 */
export function runFirstResult(root: string, runs = 3): FirstResult {
  heading('(d) Time to first result (fresh process)');
  loadLine();
  info('article', SEED.split('/').pop()!);
  const bundle = bundleEntry(root, CHILD, 'first-result');
  const bundledMs = printRuns('bundled', spawnRuns(root, [bundle], runs));
  const tsxMs = printRuns('tsx (reference)', spawnRuns(root, ['--import', 'tsx', CHILD], runs));
  const loads: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    Jieba.withDict(dict);
    loads.push(performance.now() - start);
  }
  const jiebaLoadMs = median(loads);
  info('jieba dictionary load (Jieba.withDict)', `${jiebaLoadMs.toFixed(0)} ms`);
  figure('median time to first result (bundled)', `${bundledMs.toFixed(0)} ms`, `< ${FIRST_RESULT_BUDGET_MS} ms`, bundledMs < FIRST_RESULT_BUDGET_MS);
  info('share of budget', f3(bundledMs / FIRST_RESULT_BUDGET_MS));
  loadLine();
  return { bundledMs, tsxMs, jiebaLoadMs };
}
