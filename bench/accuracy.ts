import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../lib/ingest';
import { analyzeArticles } from '../lib/analyze';
import type { AnalyzedArticle } from '../lib/schema/analysis';
import { eventOf, goldPartOf, listCorpusEvent, type CorpusPart } from './corpus';
import { loadGoldFiles } from './gold';
import { f3, figure, heading, info, table } from './report';
import type { Rate } from './metrics';
import { scoreArticle, summarize, summarizeAll, type FileScore, type Summary } from './score';
import { listSeedFiles, parseSeeds, type SeedFile } from './seeds';

/** The accuracy goals (issue 9), judged on the test part: events never tuned on. */
export const ACCURACY_TARGETS = { entityF1: 0.92, claimF1: 0.88, speaker: 0.92, timeRecall: 0.9, timeValue: 0.92 } as const;

type Part = CorpusPart;
const PARTS: readonly Part[] = ['tuning', 'test'];

export interface PartResult {
  part: Part;
  summary: Summary;
  files: FileScore[];
}

export interface AccuracyResult {
  parts: PartResult[];
}

/** The source files of the event a gold file belongs to: its seed folder or its corpus folder. */
function eventFiles(root: string, file: string): SeedFile[] {
  const event = eventOf(file);
  if (file.startsWith('corpus/')) return listCorpusEvent(root, event);
  return listSeedFiles(root).filter((s) => s.event === event);
}

/**
 * Analyses every event that has gold as one comparison (as the app does: all its articles
 * together) and scores the gold articles, grouped into the tuning and the test part.
 */
export function measureAccuracy(root: string): AccuracyResult {
  const golds = loadGoldFiles(join(root, 'tests/fixtures/gold'));
  const analyzed = new Map<string, AnalyzedArticle>();
  const failures = new Map<string, string>();
  const done = new Set<string>();
  for (const { gold } of golds) {
    const key = gold.file.split('/').slice(0, 2).join('/');
    if (done.has(key)) continue;
    done.add(key);
    const { parsed, failed } = parseSeeds(eventFiles(root, gold.file));
    for (const f of failed) failures.set(f.path, f.reason);
    const analysis = analyzeArticles(parsed.map((s) => s.article));
    parsed.forEach((s, i) => analyzed.set(s.seed.path, analysis.articles[i]!));
  }
  const byPart = new Map<Part, FileScore[]>(PARTS.map((p) => [p, []]));
  for (const { gold } of golds) {
    const article = analyzed.get(gold.file);
    if (!article) throw new Error(`gold file ${gold.file}: no analysed article (${failures.get(gold.file) ?? 'source file not found'})`);
    byPart.get(goldPartOf(eventOf(gold.file)))!.push(scoreArticle(gold, article));
  }
  return { parts: PARTS.map((part) => ({ part, files: byPart.get(part)!, summary: summarizeAll(byPart.get(part)!) })) };
}

/** A rate, or `-` when there was nothing to measure. */
const shown = (r: Rate): string => (r.total > 0 ? f3(r.rate) : '-');

/** Prints one part's micro-averaged figures and per-file table. */
function printPart(result: PartResult, verbose: boolean): void {
  const s = result.summary;
  const t = ACCURACY_TARGETS;
  const events = new Set(result.files.map((f) => eventOf(f.file)));
  const title =
    result.part === 'test'
      ? 'TEST part (events never tuned on: the honest figure)'
      : 'TUNING part (events the rules were developed on)';
  console.log(`\n  -- ${title}: ${result.files.length} articles, ${events.size} events, micro-averaged`);
  if (result.files.length === 0) {
    console.log('  (no gold articles)');
    return;
  }
  const counts = (p: { tp: number; predicted: number; gold: number }): string => `tp ${p.tp}, fp ${p.predicted - p.tp}, fn ${p.gold - p.tp}`;
  figure('entity P / R / F1', `${f3(s.entities.precision)} ${f3(s.entities.recall)} ${f3(s.entities.f1)}`, `F1 ≥ ${t.entityF1}`, s.entities.f1 >= t.entityF1);
  info('  entity counts', counts(s.entities));
  info('  entity F1, type-insensitive', f3(s.entitiesUntyped.f1));
  figure('claim P / R / F1', `${f3(s.claims.precision)} ${f3(s.claims.recall)} ${f3(s.claims.f1)}`, `F1 ≥ ${t.claimF1}`, s.claims.f1 >= t.claimF1);
  info('  claim counts', counts(s.claims));
  figure(`speaker accuracy (${s.speakers.correct}/${s.speakers.total})`, f3(s.speakers.rate), `≥ ${t.speaker}`, s.speakers.rate >= t.speaker);
  figure(`time recall (${s.timeRecall.correct}/${s.timeRecall.total})`, f3(s.timeRecall.rate), `≥ ${t.timeRecall}`, s.timeRecall.rate >= t.timeRecall);
  figure(`time value accuracy (${s.timeValues.correct}/${s.timeValues.total})`, f3(s.timeValues.rate), `≥ ${t.timeValue}`, s.timeValues.rate >= t.timeValue);
  info(`time precision (${s.timePrecision.correct}/${s.timePrecision.total})`, shown(s.timePrecision));
  console.log('');
  table(
    ['file', 'ent P', 'ent R', 'ent F1', 'clm P', 'clm R', 'clm F1', 'spk', 'time P', 'time R', 'val'],
    result.files.map((f) => {
      const x = summarize(f);
      const name = f.file.split('/').pop() ?? f.file;
      return [
        name,
        f3(x.entities.precision),
        f3(x.entities.recall),
        f3(x.entities.f1),
        f3(x.claims.precision),
        f3(x.claims.recall),
        f3(x.claims.f1),
        shown(x.speakers),
        shown(x.timePrecision),
        shown(x.timeRecall),
        shown(x.timeValues),
      ];
    }),
  );
  const unlocated = result.files.flatMap((f) => [...f.claims.unlocated, ...f.times.unlocated].map((u) => `${f.file}: ${u}`));
  if (unlocated.length) console.log(`\n  gold strings not found in the ingested text (scored as missed):\n    ${unlocated.join('\n    ')}`);
  if (verbose) {
    for (const f of result.files) {
      console.log(`\n  ${f.file}`);
      const show = (label: string, items: string[]): void => {
        if (items.length) console.log(`    ${label}: ${items.join('; ')}`);
      };
      show('missed entities', f.entities.missed);
      show('spurious entities', f.entities.spurious);
      show('missed claims', f.claims.missed);
      show('spurious claims', f.claims.spurious);
      show('wrong speakers', f.claims.wrongSpeakers);
      show('missed times', f.times.missed);
      show('spurious times', f.times.spurious);
      show('wrong time values', f.times.wrongValues);
    }
  }
}

/**
 * Made-up Chinese stories with claim, speaker and time gold (tuning material, docs/annotation-guide.md): the first
 * set, and a second one written when the first no longer taught the rules anything. Each set is printed apart.
 */
export const CLAIM_STORY_SETS = ['tests/fixtures/stories-zh/claims', 'tests/fixtures/stories-zh/claims-b', 'tests/fixtures/stories-zh/claims-c', 'tests/fixtures/stories-zh/claims-d', 'tests/fixtures/stories-zh/claims-e'] as const;

/** Scores the made-up stories of one set, each analysed alone (one article, no comparison). */
export function measureStories(root: string, dir: string = CLAIM_STORY_SETS[0]): { summary: Summary; files: FileScore[] } {
  const files = loadGoldFiles(join(root, dir)).map(({ gold }) => {
    const name = gold.file.split('/').pop()!;
    const article = parseArticle(readFileSync(join(root, dir, name), 'utf8'), name);
    return scoreArticle(gold, analyzeArticles([article]).articles[0]!);
  });
  return { summary: summarizeAll(files), files };
}

/** Prints a story set's claim, speaker and time figures (and, with `--verbose`, their errors: they are tuning material). */
function printStories(root: string, dir: string, verbose: boolean): void {
  const { summary: s, files } = measureStories(root, dir);
  console.log(`\n  -- made-up stories of new kinds (${dir}, tuning material): ${files.length} articles`);
  info('claim P / R / F1', `${f3(s.claims.precision)} ${f3(s.claims.recall)} ${f3(s.claims.f1)}`);
  info(`speaker accuracy (${s.speakers.correct}/${s.speakers.total})`, shown(s.speakers));
  info(`time recall (${s.timeRecall.correct}/${s.timeRecall.total})`, shown(s.timeRecall));
  info(`time value accuracy (${s.timeValues.correct}/${s.timeValues.total})`, shown(s.timeValues));
  info(`time precision (${s.timePrecision.correct}/${s.timePrecision.total})`, shown(s.timePrecision));
  if (!verbose) return;
  for (const f of files) {
    const items: [string, string[]][] = [
      ['missed claims', f.claims.missed],
      ['spurious claims', f.claims.spurious],
      ['wrong speakers', f.claims.wrongSpeakers],
      ['missed times', f.times.missed],
      ['spurious times', f.times.spurious],
      ['wrong time values', f.times.wrongValues],
    ];
    console.log(`\n  ${f.file}`);
    for (const [label, list] of items) if (list.length) console.log(`    ${label}: ${list.join('; ')}`);
  }
}

/**
 * Section (a): the figures for the tuning part and the test part separately. `--verbose`
 * lists what each tuning file missed and what was spurious; it never lists the test part's
 * errors, because reading them while developing rules would turn it into a tuning part.
 */
export function runAccuracy(root: string, verbose = false): AccuracyResult {
  heading('(a) Accuracy on the gold set');
  const result = measureAccuracy(root);
  console.log('  every prediction the gold does not hold counts as a false positive (entities, claims, times)');
  for (const part of result.parts) printPart(part, verbose && part.part === 'tuning');
  for (const dir of CLAIM_STORY_SETS) printStories(root, dir, verbose);
  return result;
}
