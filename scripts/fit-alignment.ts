/**
 * Fits the claim-alignment model on the TUNING part of the alignment gold (the corpus tuning
 * events and the made-up events of tests/fixtures/alignment-dev) and writes `data/alignment-model.json`:
 *   PARALLAX_CORPUS_DIR=… npx tsx --conditions=react-server scripts/fit-alignment.ts [--cv]
 * 1. every tuning event is analysed as one comparison; every cross-article pair of its claims
 *    that shares a token (the aligner's candidates; opposed speakers left out) gets its features
 *    and a label: both claims cover members of one gold cluster;
 * 2. logistic weights are fitted on those pairs (batch gradient descent, classes balanced, L2);
 * 3. the link and merge thresholds are chosen on a grid by the pairwise F1 of the resulting
 *    groups on the tuning gold (ties → the higher precision), and the `same` threshold by the
 *    share of gold pairs found whose same/similar label it gets right.
 * `--cv` also prints leave-one-event-out figures (fit on three tuning events, score the fourth;
 * F1 macro-averaged over the held-out events) for each L2 strength, and fits the final model
 * with the strength that does best there; `--without=f1,f2` leaves features out, and
 * `--variants=f1,f2;f3;` prints that figure for several such sets at once (how the features of
 * `PAIR_FEATURES` were chosen); `--quick` tries one strength only; `--macro` fits the thresholds on the
 * mean of the events' F1 instead of the pooled F1 (measured: .480 against .542, not used).
 * The test part is never read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseTuningForAlignment, type AlignmentEvent } from '../bench/alignment';
import { sumPrf, type Prf } from '../bench/metrics';
import { goldClustersOfClaims, scoreAlignment } from '../bench/score-alignment';
import { groupNodes } from '../lib/compare/align-claims';
import { PAIR_FEATURES, type AlignmentModel } from '../lib/compare/alignment-model';
import { buildClaimNodes, pairConflicting, pairFeatures, pairRelation, type ClaimNode, type PairScore } from '../lib/compare/claim-pairs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
/** `--lambda=x`: try that L2 strength only (`--quick`: 1e-2 only). */
const LAMBDA = process.argv.find((a) => a.startsWith('--lambda='))?.slice('--lambda='.length);
const LAMBDAS = LAMBDA ? [Number(LAMBDA)] : process.argv.includes('--quick') ? [1e-2] : [1e-3, 1e-2, 3e-2, 1e-1];
/** `--without=a,b`: features left out of the model (their weight stays 0), to compare feature sets under `--cv`. */
const WITHOUT = new Set((process.argv.find((a) => a.startsWith('--without='))?.slice('--without='.length) ?? '').split(',').filter(Boolean));
let USED = PAIR_FEATURES.map((f) => !WITHOUT.has(f));
/**
 * `--variants=a,b;c;`: only compare feature sets under leave-one-event-out (each a `--without` list, the
 * empty one = every feature), sharing one analysis of the events; nothing is written.
 */
const VARIANTS = process.argv.find((a) => a.startsWith('--variants='))?.slice('--variants='.length).split(';');
/** `--dry`: print the figures without writing the model. */
const DRY = process.argv.includes('--dry');

interface Pair {
  i: number;
  j: number;
  x: number[];
  y: 0 | 1;
  similarity: number;
  relation: PairScore['relation'];
  conflicting: boolean;
}

interface Prepared {
  e: AlignmentEvent;
  nodes: ClaimNode[];
  /** Every cross-article pair, keyed `i * n + j` (i < j). */
  pairs: Map<number, Pair>;
  candidates: [number, number][];
}

function prepare(e: AlignmentEvent): Prepared {
  const nodes = buildClaimNodes(e.articles);
  const clusters = goldClustersOfClaims(e.gold, e);
  const pairs = new Map<number, Pair>();
  const candidates: [number, number][] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      if (a.articleIndex === b.articleIndex) continue;
      const relation = pairRelation(a, b);
      const f = pairFeatures(a, b);
      const ca = clusters.get(a.ref);
      const cb = clusters.get(b.ref);
      const y = ca && cb && [...ca].some((c) => cb.has(c)) ? 1 : 0;
      pairs.set(i * nodes.length + j, { i, j, x: PAIR_FEATURES.map((name) => f[name]), y, similarity: f.similarity, relation, conflicting: pairConflicting(a, b, f) });
      candidates.push([i, j]);
    }
  }
  return { e, nodes, pairs, candidates };
}

/** The training pairs: candidates (sharing a token), opposed speakers left out. */
const trainingPairs = (events: readonly Prepared[]): Pair[] =>
  events.flatMap((p) => [...p.pairs.values()].filter((s) => s.similarity > 0 && s.relation !== 'opposed'));

/** Logistic regression by batch gradient descent; positives and negatives weigh the same in total. */
function fitLogistic(data: readonly Pair[], lambda: number): { w: number[]; b: number } {
  const d = PAIR_FEATURES.length;
  const pos = data.filter((s) => s.y === 1).length;
  const weightOf = (s: Pair): number => (s.y === 1 ? data.length / (2 * pos) : data.length / (2 * (data.length - pos)));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let iter = 0; iter < 3000; iter++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (const s of data) {
      let z = b;
      for (let k = 0; k < d; k++) z += w[k]! * s.x[k]!;
      const err = (1 / (1 + Math.exp(-z)) - s.y) * weightOf(s);
      for (let k = 0; k < d; k++) if (USED[k]) gw[k]! += err * s.x[k]!;
      gb += err;
    }
    for (let k = 0; k < d; k++) w[k] = w[k]! - 0.5 * (gw[k]! / data.length + lambda * w[k]!);
    b -= (0.5 * gb) / data.length;
  }
  return { w, b };
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Pairwise figures of the groups a model makes on some events. */
function evaluate(events: readonly Prepared[], w: readonly number[], b: number, link: number, merge: number, same = 1): Prf {
  return sumPrf(
    events.map(({ e, nodes, pairs, candidates }) => {
      const pair = (i: number, j: number): PairScore => {
        const [x, y] = i < j ? [i, j] : [j, i];
        const s = pairs.get(x * nodes.length + y)!;
        let z = b;
        for (let k = 0; k < w.length; k++) z += w[k]! * s.x[k]!;
        const probability = s.similarity > 0 ? 1 / (1 + Math.exp(-z)) : 0;
        return { similarity: s.similarity, probability, relation: s.relation, allowed: s.relation !== 'opposed', conflicting: s.conflicting };
      };
      return scoreAlignment(e.gold, e, groupNodes(nodes, candidates, pair, { link, merge, same })).pairs;
    }),
  );
}

/** `--macro`: thresholds maximise the mean of the events' F1 (each event counts the same) instead of the pooled F1. */
const MACRO = process.argv.includes('--macro');

/** The link and merge thresholds with the best pairwise F1 on `events` (ties → the higher precision). */
function fitThresholds(events: readonly Prepared[], w: readonly number[], b: number): { link: number; merge: number; prf: Prf } {
  let best: { link: number; merge: number; prf: Prf; objective: number } | undefined;
  for (let link = 0.3; link <= 0.951; link += 0.025) {
    for (let merge = Math.max(0.1, link - 0.3); merge <= link + 1e-9; merge += 0.05) {
      const prf = evaluate(events, w, b, link, merge);
      const objective = MACRO ? events.reduce((sum, e) => sum + evaluate([e], w, b, link, merge).f1, 0) / events.length : prf.f1;
      if (!best || objective > best.objective + 1e-9 || (Math.abs(objective - best.objective) <= 1e-9 && prf.precision > best.prf.precision)) {
        best = { link: round(link), merge: round(merge), prf, objective };
      }
    }
  }
  return best!;
}

function fit(events: readonly Prepared[], lambda: number) {
  const { w, b } = fitLogistic(trainingPairs(events), lambda);
  return { w, b, ...fitThresholds(events, w, b) };
}

const prepared = analyseTuningForAlignment(root).map(prepare);

/** Leave-one-event-out pairwise F1 (macro over the held-out events) for each L2 strength; the best strength and figure. */
function crossValidate(label = ''): { lambda: number; f1: number } {
  let best = { lambda: LAMBDAS[0]!, f1: -1 };
  for (const l of LAMBDAS) {
    const folds = prepared.map((held, k) => {
      const model = fit(prepared.filter((_, m) => m !== k), l);
      return evaluate([held], model.w, model.b, model.link, model.merge);
    });
    // Each held-out event counts the same: Parallax is judged on events it has never seen, of every kind.
    const macro = folds.reduce((sum, f) => sum + f.f1, 0) / folds.length;
    const total = sumPrf(folds);
    console.log(`${label}λ=${l}: leave-one-event-out F1 ${macro.toFixed(3)} macro, ${total.f1.toFixed(3)} micro (${folds.map((f) => f.f1.toFixed(2)).join(' ')})`);
    if (macro > best.f1 + 1e-9) best = { lambda: l, f1: macro };
  }
  return best;
}

if (VARIANTS) {
  for (const v of VARIANTS) {
    const without = new Set(v.split(',').filter(Boolean));
    USED = PAIR_FEATURES.map((f) => !without.has(f));
    crossValidate(`without [${[...without].join(',')}] `);
  }
  process.exit(0);
}

let lambda = LAMBDAS[0]!;
let crossValidated = -1;
if (process.argv.includes('--cv')) ({ lambda, f1: crossValidated } = crossValidate());

const final = fit(prepared, lambda);

// `same` against `similar`: the lowest similarity cut that gets the most gold pairs found right.
const found = prepared.flatMap(({ e, nodes, pairs }) => {
  const clusters = goldClustersOfClaims(e.gold, e);
  return [...pairs.values()]
    .filter((s) => s.y === 1)
    .map((s) => {
      const ca = clusters.get(nodes[s.i]!.ref)!;
      const cb = clusters.get(nodes[s.j]!.ref)!;
      return { similarity: s.similarity, same: [...ca].some((c) => cb.has(c) && e.gold.clusters[c]!.relation === 'same') };
    });
});
let same = { t: 1, correct: -1 };
for (let t = 0.5; t <= 1.0001; t += 0.01) {
  const correct = found.filter((l) => (l.similarity >= t) === l.same).length;
  if (correct > same.correct) same = { t: round(t), correct };
}

const training = trainingPairs(prepared);
const model: AlignmentModel = {
  weights: Object.fromEntries(PAIR_FEATURES.map((f, k) => [f, round(final.w[k]!)])) as AlignmentModel['weights'],
  bias: round(final.b),
  link: final.link,
  merge: final.merge,
  same: same.t,
  fitted: {
    on: prepared.map((p) => p.e.event),
    command: `npx tsx --conditions=react-server scripts/fit-alignment.ts ${process.argv.slice(2).join(' ')} (L2 ${lambda})`.replace(/ +/g, ' '),
    pairs: training.length,
    positives: training.filter((s) => s.y === 1).length,
    tuningF1: round(final.prf.f1),
    ...(crossValidated >= 0 ? { crossValidatedF1: round(crossValidated) } : {}),
  },
};
if (!DRY) writeFileSync(join(root, 'data/alignment-model.json'), `${JSON.stringify(model, null, 2)}\n`);
console.log(JSON.stringify(model.weights));
console.log(`tuning P ${final.prf.precision.toFixed(3)} R ${final.prf.recall.toFixed(3)} F1 ${final.prf.f1.toFixed(3)}; same/similar right for ${same.correct}/${found.length} gold pairs`);
