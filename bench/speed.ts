import { performance } from 'node:perf_hooks';
import { Jieba } from '@node-rs/jieba';
import { jiebaDictionary } from '../lib/nlp/segment';
import { analyzeArticles, forgetTextMemos } from '../lib/analyze';
import { f3, figure, heading, info, loadLine, table } from './report';
import { byEvent, listSeedFiles, parseSeeds } from './seeds';
import { timeStages } from './stages';

/** Analysis must run at least this share of bare jieba tagging speed. */
export const SPEED_TARGET_RATIO = 1 / 3;

export interface Throughput {
  chars: number;
  ms: number;
  /** CPU time of this process (user + system) over the same passes. */
  cpuMs: number;
  repetitions: number;
  charsPerSecond: number;
  /** Characters per second of CPU time: steady when other processes share the cores. */
  charsPerCpuSecond: number;
}

/** CPU time of this process (user + system), in milliseconds. */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Runs `pass` `warmUps` times (the JIT compiles the hot code, on threads whose CPU time this
 * process is charged for), then repeatedly until at least `minCpuMs` of CPU time and `minReps`
 * passes: on a shared machine a wall-time budget would end after a handful of passes.
 */
export function measureThroughput(charsPerPass: number, pass: () => void, minCpuMs = 1000, minReps = 3, warmUps = 3): Throughput {
  for (let i = 0; i < warmUps; i++) pass();
  let repetitions = 0;
  const start = performance.now();
  const cpuStart = cpuNow();
  let cpuMs = 0;
  while (cpuMs < minCpuMs || repetitions < minReps) {
    pass();
    repetitions++;
    cpuMs = cpuNow() - cpuStart;
  }
  const elapsed = performance.now() - start;
  const chars = charsPerPass * repetitions;
  return { chars, ms: elapsed, cpuMs, repetitions, charsPerSecond: (chars / elapsed) * 1000, charsPerCpuSecond: (chars / cpuMs) * 1000 };
}

export interface SpeedResult {
  articles: number;
  analysis: Throughput;
  tagging: Throughput;
  ratio: number;
}

/**
 * Sections (b) and (c): the whole analysis (ingest excluded; each event analysed as one
 * comparison) and bare jieba tagging over the same clean texts, in characters per second.
 */
export function runSpeed(root: string): SpeedResult {
  const { parsed } = parseSeeds(listSeedFiles(root));
  const groups = byEvent(parsed).map((g) => g.map((s) => s.article));
  const texts = parsed.map((s) => s.article.text);
  const chars = texts.reduce((n, t) => n + t.length, 0);

  heading('(b) Analysis speed (ingest excluded, warm)');
  loadLine();
  // Every measured pass does the work of a pass over unseen articles: no article cache (none is
  // passed), and the memos keyed by whole texts of earlier inputs are emptied first
  // (`forgetTextMemos`); the segmenter, dictionaries and compiled patterns stay warm.
  const analysisPass = (): void => {
    forgetTextMemos();
    for (const group of groups) analyzeArticles(group);
  };
  const analysis = measureThroughput(chars, analysisPass);
  info('articles / characters per pass', `${parsed.length} / ${chars}`);
  info('passes / elapsed / CPU', `${analysis.repetitions} / ${analysis.ms.toFixed(0)} ms / ${analysis.cpuMs.toFixed(0)} ms`);
  info('analysis speed (wall, CPU)', `${analysis.charsPerSecond.toFixed(0)}, ${analysis.charsPerCpuSecond.toFixed(0)} chars/s`);
  const stages = timeStages(groups);
  const total = Object.entries(stages).filter(([k]) => !k.startsWith(' ')).reduce((n, [, ms]) => n + ms, 0);
  console.log('');
  table(
    ['stage (per pass)', 'CPU ms', 'share'],
    Object.entries(stages).map(([k, ms]) => [k, ms.toFixed(1), `${((100 * ms) / total).toFixed(0)}%`]),
  );

  heading('(c) Bare jieba tagging speed (the floor)');
  // The same call the pipeline makes (HMM on), on a stock dictionary, over the same texts.
  const jieba = Jieba.withDict(jiebaDictionary());
  const tagPass = (): void => {
    for (const text of texts) jieba.tag(text, true);
  };
  const tagging = measureThroughput(chars, tagPass);
  info('passes / elapsed / CPU', `${tagging.repetitions} / ${tagging.ms.toFixed(0)} ms / ${tagging.cpuMs.toFixed(0)} ms`);
  info('tagging speed (wall, CPU)', `${tagging.charsPerSecond.toFixed(0)}, ${tagging.charsPerCpuSecond.toFixed(0)} chars/s`);
  info('ratio of the two runs above (CPU, wall)', `${f3(analysis.charsPerCpuSecond / tagging.charsPerCpuSecond)}, ${f3(analysis.charsPerSecond / tagging.charsPerSecond)}`);
  // The figure: analysis and tagging alternate (one analysis pass, then as many tagging passes
  // as take about the same time), so both run under the same load, and each is timed in CPU time
  // of this process: on a shared machine wall time also counts the time other processes hold the
  // cores, and even CPU time grows with the load (caches and cores shared), so two runs taken
  // apart compare conditions as much as code.
  const tagsPerRound = Math.max(1, Math.round(analysis.cpuMs / analysis.repetitions / (tagging.cpuMs / tagging.repetitions)));
  const paired = { rounds: 0, analysis: 0, tagging: 0, analysisCpu: 0, taggingCpu: 0 };
  while (paired.rounds < 5 || paired.analysisCpu < 2000) {
    let start = performance.now();
    let cpu = cpuNow();
    analysisPass();
    paired.analysis += performance.now() - start;
    paired.analysisCpu += cpuNow() - cpu;
    start = performance.now();
    cpu = cpuNow();
    for (let k = 0; k < tagsPerRound; k++) tagPass();
    paired.tagging += performance.now() - start;
    paired.taggingCpu += cpuNow() - cpu;
    paired.rounds++;
  }
  // Characters per CPU second of each, divided: (chars / analysis CPU) / (tagsPerRound · chars / tagging CPU).
  const ratio = paired.taggingCpu / (tagsPerRound * paired.analysisCpu);
  info('alternating rounds (1 analysis + tagging passes)', `${paired.rounds} × (1 + ${tagsPerRound})`);
  info('CPU per analysis / tagging pass', `${(paired.analysisCpu / paired.rounds).toFixed(1)} / ${(paired.taggingCpu / paired.rounds / tagsPerRound).toFixed(1)} ms`);
  figure('analysis / tagging (CPU time, alternating)', f3(ratio), `≥ ${f3(SPEED_TARGET_RATIO)}`, ratio >= SPEED_TARGET_RATIO);
  info('same, in wall time', f3(paired.tagging / (tagsPerRound * paired.analysis)));
  loadLine();
  return { articles: parsed.length, analysis, tagging, ratio };
}
