import { join } from 'node:path';
import { analyzeArticles } from '../lib/analyze';
import { loadAlignmentGold, type GoldAlignment } from './alignment-gold';
import { loadCorpus, type CorpusPart } from './corpus';
import { dicePairs, diceGroups, type DicePairs } from './dice-baseline';
import { f3, figure, heading, info, table } from './report';
import { scoreAlignment, sumAlignment, type AlignmentScore, type EventArticles } from './score-alignment';
import type { Rate } from './metrics';

/** The goal on the test part (issue 9). */
export const ALIGNMENT_TARGET_F1 = 0.7;

/** One analysed corpus event with its alignment gold. */
export interface AlignmentEvent extends EventArticles {
  event: string;
  part: CorpusPart;
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
      gold: g,
      files: e.files.map((f) => f.name),
      articles: analysis.articles,
      groups: analysis.claimGroups,
      dice: dicePairs(analysis.articles),
    };
  });
}

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
  parts: Record<CorpusPart, { parallax: AlignmentScore; dice: AlignmentScore; events: { event: string; parallax: AlignmentScore; dice: AlignmentScore }[] }>;
}

export function measureAlignment(root: string): AlignmentResult {
  const events = analyseCorpusForAlignment(root);
  const threshold = fitDiceThreshold(events.filter((e) => e.part === 'tuning'));
  const part = (p: CorpusPart): AlignmentResult['parts'][CorpusPart] => {
    const scored = events
      .filter((e) => e.part === p)
      .map((e) => ({ event: e.event, parallax: scoreAlignment(e.gold, e, e.groups), dice: scoreAlignment(e.gold, e, diceGroups(e.dice, threshold)) }));
    return { parallax: sumAlignment(scored.map((s) => s.parallax)), dice: sumAlignment(scored.map((s) => s.dice)), events: scored };
  };
  return { threshold, parts: { tuning: part('tuning'), test: part('test') } };
}

const prfText = (s: Pick<AlignmentScore, 'pairs'>): string => `${f3(s.pairs.precision)} ${f3(s.pairs.recall)} ${f3(s.pairs.f1)}`;
const rateText = (r: Rate): string => (r.total > 0 ? `${f3(r.rate)} (${r.correct}/${r.total})` : '-');

/** Section (a2): claim alignment on the corpus, tuning and test parts, with the bigram Dice baseline. */
export function runAlignment(root: string, verbose = false): AlignmentResult {
  heading('(a3) Claim alignment on the corpus (pairwise, cross-article)');
  const result = measureAlignment(root);
  console.log(`  Dice baseline threshold fitted on the tuning part: ${result.threshold.toFixed(2)}`);
  for (const p of ['tuning', 'test'] as const) {
    const { parallax, dice, events } = result.parts[p];
    console.log(`\n  ${p === 'test' ? 'TEST part (never tuned on)' : 'tuning part'}: ${events.map((e) => e.event).join(', ')}`);
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
      ['event', 'pairs', 'P', 'R', 'F1', 'found', 'grouped', 'Dice F1'],
      events.map((e) => [
        e.event,
        String(e.parallax.pairs.gold),
        f3(e.parallax.pairs.precision),
        f3(e.parallax.pairs.recall),
        f3(e.parallax.pairs.f1),
        rateText(e.parallax.extracted),
        rateText(e.parallax.grouped),
        f3(e.dice.pairs.f1),
      ]),
    );
    if (parallax.unlocated.length) console.log(`  gold contents not found in the ingested text:\n    ${parallax.unlocated.join('\n    ')}`);
    // The test part's individual errors are never listed: its figures must stay honest (issue 9).
    if (verbose && p === 'tuning') {
      for (const e of events) {
        console.log(`\n  ${e.event}`);
        if (e.parallax.missed.length) console.log(`    missed pairs:\n      ${e.parallax.missed.join('\n      ')}`);
        if (e.parallax.spurious.length) console.log(`    spurious pairs:\n      ${e.parallax.spurious.join('\n      ')}`);
      }
    }
  }
  return result;
}
