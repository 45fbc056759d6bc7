import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticles } from '../lib/analyze';
import { parseArticle } from '../lib/ingest';
import { loadAlignmentGold, type GoldAlignment } from './alignment-gold';
import { loadCorpus, type CorpusPart } from './corpus';
import { dicePairs, diceGroups, type DicePairs } from './dice-baseline';
import { f3, figure, heading, info, table } from './report';
import { scoreAlignment, sumAlignment, type AlignmentScore, type EventArticles } from './score-alignment';
import type { Rate } from './metrics';

/** The goal on the test part (issue 9). */
export const ALIGNMENT_TARGET_F1 = 0.7;

/** Where an alignment event comes from: the shared corpus, or the made-up events of `tests/fixtures/alignment-dev` (tuning only). */
export type AlignmentSource = 'corpus' | 'made-up';

/** The bench's three alignment parts: the corpus tuning events, the made-up events (also tuning), the corpus test events. */
export type AlignmentPart = 'tuning' | 'made-up' | 'test';

/** One analysed event with its alignment gold. */
export interface AlignmentEvent extends EventArticles {
  event: string;
  part: CorpusPart;
  source: AlignmentSource;
  gold: GoldAlignment;
  groups: { claims: string[]; relation: 'same' | 'similar' | 'contradicts' }[];
  dice: DicePairs;
}

/** Analyses every corpus event as one comparison (as the app does) and pairs it with its alignment gold. */
export function analyseCorpusForAlignment(root: string): AlignmentEvent[] {
  const gold = loadAlignmentGold(join(root, 'tests/fixtures/gold/alignment'));
  return loadCorpus(root).map((e) => {
    const g = gold.get(e.event);
    if (!g) throw new Error(`no alignment gold for corpus event ${e.event}`);
    const analysis = analyzeArticles(e.files.map((f) => f.article));
    return {
      event: e.event,
      part: e.part,
      source: 'corpus' as const,
      gold: g,
      files: e.files.map((f) => f.name),
      articles: analysis.articles,
      groups: analysis.claimGroups,
      dice: dicePairs(analysis.articles),
    };
  });
}

/** The made-up development events (`tests/fixtures/alignment-dev/<event>/*.md` with `<event>.json` gold), analysed like corpus events. */
export function analyseMadeUpForAlignment(root: string): AlignmentEvent[] {
  const dir = join(root, 'tests/fixtures/alignment-dev');
  const gold = loadAlignmentGold(dir);
  const folders = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
  return folders.map((event) => {
    const g = gold.get(event);
    if (!g) throw new Error(`no alignment gold for made-up event ${event} (${dir}/${event}.json)`);
    const names = readdirSync(join(dir, event)).filter((n) => n.endsWith('.md')).sort();
    const analysis = analyzeArticles(names.map((n) => parseArticle(readFileSync(join(dir, event, n), 'utf8'), n)));
    return {
      event,
      part: 'tuning' as const,
      source: 'made-up' as const,
      gold: g,
      files: names,
      articles: analysis.articles,
      groups: analysis.claimGroups,
      dice: dicePairs(analysis.articles),
    };
  });
}

/** Every event the alignment model may be fitted on: the corpus tuning part and the made-up events (never the test part). */
export function analyseTuningForAlignment(root: string): AlignmentEvent[] {
  return [...analyseCorpusForAlignment(root).filter((e) => e.part === 'tuning'), ...analyseMadeUpForAlignment(root)];
}

/** The part of the bench an event is reported in. */
export const alignmentPart = (e: AlignmentEvent): AlignmentPart => (e.source === 'made-up' ? 'made-up' : e.part);

/** The Dice threshold (0.01 steps) with the best pairwise F1 over `events`; ties keep the lower threshold. */
export function fitDiceThreshold(events: readonly AlignmentEvent[]): number {
  let best = { t: 0, f1: -1 };
  for (let k = 1; k < 100; k++) {
    const t = k / 100;
    const f1 = sumAlignment(events.map((e) => scoreAlignment(e.gold, e, diceGroups(e.dice, t)))).pairs.f1;
    if (f1 > best.f1 + 1e-12) best = { t, f1 };
  }
  return best.t;
}

export interface AlignmentResult {
  threshold: number;
  parts: Record<
    AlignmentPart,
    {
      parallax: AlignmentScore;
      dice: AlignmentScore;
      /** Per event, with the number of groups Parallax shows and the number of gold clusters. */
      events: { event: string; parallax: AlignmentScore; dice: AlignmentScore; groups: number; clusters: number }[];
    }
  >;
}

export function measureAlignment(root: string): AlignmentResult {
  const events = [...analyseCorpusForAlignment(root), ...analyseMadeUpForAlignment(root)];
  // The baseline's threshold is fitted on the same material as the aligner's model.
  const threshold = fitDiceThreshold(events.filter((e) => e.part === 'tuning'));
  const part = (p: AlignmentPart): AlignmentResult['parts'][AlignmentPart] => {
    const scored = events
      .filter((e) => alignmentPart(e) === p)
      .map((e) => ({
        event: e.event,
        parallax: scoreAlignment(e.gold, e, e.groups),
        dice: scoreAlignment(e.gold, e, diceGroups(e.dice, threshold)),
        groups: e.groups.length,
        clusters: e.gold.clusters.length,
      }));
    return { parallax: sumAlignment(scored.map((s) => s.parallax)), dice: sumAlignment(scored.map((s) => s.dice)), events: scored };
  };
  return { threshold, parts: { tuning: part('tuning'), 'made-up': part('made-up'), test: part('test') } };
}

const prfText = (s: Pick<AlignmentScore, 'pairs'>): string => `${f3(s.pairs.precision)} ${f3(s.pairs.recall)} ${f3(s.pairs.f1)}`;
const rateText = (r: Rate): string => (r.total > 0 ? `${f3(r.rate)} (${r.correct}/${r.total})` : '-');

/** Section (a2): claim alignment on the corpus, tuning and test parts, with the bigram Dice baseline. */
export function runAlignment(root: string, verbose = false): AlignmentResult {
  heading('(a3) Claim alignment on the corpus (pairwise, cross-article)');
  const result = measureAlignment(root);
  console.log(`  Dice baseline threshold fitted on the tuning part (corpus and made-up events): ${result.threshold.toFixed(2)}`);
  const titles: Record<AlignmentPart, string> = {
    tuning: 'tuning part',
    'made-up': 'made-up events (tests/fixtures/alignment-dev, tuning)',
    test: 'TEST part (never tuned on)',
  };
  for (const p of ['tuning', 'made-up', 'test'] as const) {
    const { parallax, dice, events } = result.parts[p];
    console.log(`\n  ${titles[p]}: ${events.map((e) => e.event).join(', ')}`);
    if (p === 'test') figure('alignment P / R / F1', prfText(parallax), `F1 ≥ ${ALIGNMENT_TARGET_F1}`, parallax.pairs.f1 >= ALIGNMENT_TARGET_F1);
    else info('alignment P / R / F1', prfText(parallax));
    info('  bigram Dice baseline P / R / F1', prfText(dice));
    info('gold pairs with both claims found', rateText(parallax.extracted));
    info('  alignment P / R / F1 on those pairs', prfText({ pairs: parallax.extractedPairs }));
    info('  Dice baseline P / R / F1 on those pairs', prfText({ pairs: dice.extractedPairs }));
    info('  of those, grouped by Parallax', rateText(parallax.grouped));
    info('  of those, grouped by Dice', rateText(dice.grouped));
    info('contradictions marked', rateText(parallax.contradicts));
    info('agreeing pairs marked contradicts', String(parallax.falseConflicts));
    table(
      ['event', 'pairs', 'P', 'R', 'F1', 'found', 'grouped', 'groups/gold', 'Dice F1'],
      events.map((e) => [
        e.event,
        String(e.parallax.pairs.gold),
        f3(e.parallax.pairs.precision),
        f3(e.parallax.pairs.recall),
        f3(e.parallax.pairs.f1),
        rateText(e.parallax.extracted),
        rateText(e.parallax.grouped),
        `${e.groups}/${e.clusters}`,
        f3(e.dice.pairs.f1),
      ]),
    );
    if (parallax.unlocated.length) console.log(`  gold contents not found in the ingested text:\n    ${parallax.unlocated.join('\n    ')}`);
    // The test part's individual errors are never listed: its figures must stay honest (issue 9).
    if (verbose && p !== 'test') {
      for (const e of events) {
        console.log(`\n  ${e.event}`);
        if (e.parallax.missed.length) console.log(`    missed pairs:\n      ${e.parallax.missed.join('\n      ')}`);
        if (e.parallax.spurious.length) console.log(`    spurious pairs:\n      ${e.parallax.spurious.join('\n      ')}`);
      }
    }
  }
  return result;
}
