import { join } from 'node:path';
import { analyzeArticles } from '../lib/analyze';
import type { AnalyzedArticle } from '../lib/schema/analysis';
import { loadGoldFiles } from './gold';
import { f3, figure, heading, info, table } from './report';
import type { Rate } from './metrics';
import { scoreArticle, summarize, summarizeAll, type FileScore, type Summary } from './score';
import { byEvent, listSeedFiles, parseSeeds } from './seeds';

/** The accuracy targets the bench reports against. */
export const ACCURACY_TARGETS = { entityF1: 0.9, claimF1: 0.85, speaker: 0.9, timeRecall: 0.85, timeValue: 0.9 } as const;

export interface AccuracyResult {
  summary: Summary;
  files: FileScore[];
}

/**
 * Analyses every seed event as one comparison (as the app does) and scores the articles
 * that have a gold file in `tests/fixtures/gold`.
 */
export function measureAccuracy(root: string): AccuracyResult {
  const { parsed, failed } = parseSeeds(listSeedFiles(root));
  const analyzed = new Map<string, AnalyzedArticle>();
  for (const group of byEvent(parsed)) {
    const analysis = analyzeArticles(group.map((s) => s.article));
    group.forEach((s, i) => analyzed.set(s.seed.path, analysis.articles[i]!));
  }
  const files: FileScore[] = [];
  for (const { gold } of loadGoldFiles(join(root, 'tests/fixtures/gold'))) {
    const article = analyzed.get(gold.file);
    if (!article) {
      const why = failed.find((f) => f.path === gold.file)?.reason ?? 'seed file not found';
      throw new Error(`gold file ${gold.file}: no analysed article (${why})`);
    }
    files.push(scoreArticle(gold, article));
  }
  return { summary: summarizeAll(files), files };
}

/** A rate, or `-` when there was nothing to measure. */
const shown = (r: Rate): string => (r.total > 0 ? f3(r.rate) : '-');

/** Section (a): prints the micro-averaged figures, the per-file table and what was missed. */
export function runAccuracy(root: string, verbose = false): AccuracyResult {
  heading('(a) Accuracy on the gold set');
  const result = measureAccuracy(root);
  const s = result.summary;
  const t = ACCURACY_TARGETS;
  console.log(`  ${result.files.length} gold articles, micro-averaged`);
  figure('entity P / R / F1', `${f3(s.entities.precision)} ${f3(s.entities.recall)} ${f3(s.entities.f1)}`, `F1 ≥ ${t.entityF1}`, s.entities.f1 >= t.entityF1);
  info('entity F1, type-insensitive', f3(s.entitiesUntyped.f1));
  figure('claim P / R / F1', `${f3(s.claims.precision)} ${f3(s.claims.recall)} ${f3(s.claims.f1)}`, `F1 ≥ ${t.claimF1}`, s.claims.f1 >= t.claimF1);
  figure(`speaker accuracy (${s.speakers.correct}/${s.speakers.total})`, f3(s.speakers.rate), `≥ ${t.speaker}`, s.speakers.rate >= t.speaker);
  figure(`time recall (${s.timeRecall.correct}/${s.timeRecall.total})`, f3(s.timeRecall.rate), `≥ ${t.timeRecall}`, s.timeRecall.rate >= t.timeRecall);
  figure(`time value accuracy (${s.timeValues.correct}/${s.timeValues.total})`, f3(s.timeValues.rate), `≥ ${t.timeValue}`, s.timeValues.rate >= t.timeValue);
  console.log('');
  table(
    ['file', 'ent P', 'ent R', 'ent F1', 'clm P', 'clm R', 'clm F1', 'spk', 'time R', 'val'],
    result.files.map((f) => {
      const x = summarize(f);
      const name = f.file.split('/').pop() ?? f.file;
      return [name, f3(x.entities.precision), f3(x.entities.recall), f3(x.entities.f1), f3(x.claims.precision), f3(x.claims.recall), f3(x.claims.f1), shown(x.speakers), shown(x.timeRecall), shown(x.timeValues)];
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
      show('wrong speakers', f.claims.wrongSpeakers);
      show('missed times', f.times.missed);
      show('wrong time values', f.times.wrongValues);
    }
  }
  return result;
}
