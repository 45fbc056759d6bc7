/**
 * Fits the claim-alignment model on the TUNING part of the alignment gold and writes
 * `data/alignment-model.json`:
 *   PARALLAX_CORPUS_DIR=… npx tsx --conditions=react-server scripts/fit-alignment.ts
 * 1. every tuning event is analysed as one comparison; every cross-article pair of its claims
 *    that shares a token (the aligner's candidates; opposed speakers left out) gets its features
 *    and a label: both claims cover members of one gold cluster;
 * 2. logistic weights are fitted on those pairs (batch gradient descent, classes balanced, small
 *    L2 penalty);
 * 3. the link and merge thresholds are chosen on a grid by the pairwise F1 of the resulting
 *    groups on the tuning gold (ties → the higher precision), and the `same` threshold by the
 *    accuracy of same/similar on the gold pairs found.
 * The test part is never read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseCorpusForAlignment, type AlignmentEvent } from '../bench/alignment';
import { goldClustersOfClaims, scoreAlignment, sumAlignment } from '../bench/score-alignment';
import { groupNodes } from '../lib/compare/align-claims';
import { PAIR_FEATURES, type AlignmentModel } from '../lib/compare/alignment-model';
import { buildClaimNodes, pairFeatures, pairRelation, scorePair, type ClaimNode, type PairScore } from '../lib/compare/claim-pairs';
import { contentSimilarity } from '../lib/compare/similarity';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

interface Sample {
  event: number;
  i: number;
  j: number;
  x: number[];
  y: 0 | 1;
  similarity: number;
  relation: PairScore['relation'];
}

const events = analyseCorpusForAlignment(root).filter((e) => e.part === 'tuning');
const prepared = events.map((e) => ({ e, nodes: buildClaimNodes(e.articles) }));
const samples: Sample[] = [];
prepared.forEach(({ e, nodes }, k) => samples.push(...pairsOf(k, e, nodes)));

function pairsOf(event: number, e: AlignmentEvent, nodes: readonly ClaimNode[]): Sample[] {
  const clusters = goldClustersOfClaims(e.gold, e);
  const out: Sample[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      if (a.articleIndex === b.articleIndex || contentSimilarity(a.vector, b.vector) === 0) continue;
      const relation = pairRelation(a, b);
      const f = pairFeatures(a, b, relation);
      const ca = clusters.get(a.ref);
      const cb = clusters.get(b.ref);
      const y = ca && cb && [...ca].some((c) => cb.has(c)) ? 1 : 0;
      out.push({ event, i, j, x: PAIR_FEATURES.map((name) => f[name]), y, similarity: f.similarity, relation });
    }
  }
  return out;
}

/** Logistic regression by batch gradient descent; positives and negatives weigh the same in total. */
function fitLogistic(data: readonly Sample[]): { w: number[]; b: number } {
  const d = PAIR_FEATURES.length;
  const pos = data.filter((s) => s.y === 1).length;
  const neg = data.length - pos;
  const weightOf = (s: Sample): number => (s.y === 1 ? data.length / (2 * pos) : data.length / (2 * neg));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const lambda = 1e-3;
  const rate = 0.5;
  for (let iter = 0; iter < 4000; iter++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (const s of data) {
      let z = b;
      for (let k = 0; k < d; k++) z += w[k]! * s.x[k]!;
      const err = (1 / (1 + Math.exp(-z)) - s.y) * weightOf(s);
      for (let k = 0; k < d; k++) gw[k]! += err * s.x[k]!;
      gb += err;
    }
    for (let k = 0; k < d; k++) w[k] = w[k]! - rate * (gw[k]! / data.length + lambda * w[k]!);
    b -= (rate * gb) / data.length;
  }
  return { w, b };
}

const usable = samples.filter((s) => s.relation !== 'opposed');
const { w, b } = fitLogistic(usable);
const weights = Object.fromEntries(PAIR_FEATURES.map((f, k) => [f, round(w[k]!)])) as AlignmentModel['weights'];
const bias = round(b);

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** The tuning figures of one set of thresholds. */
function evaluate(link: number, merge: number, same: number) {
  const model: AlignmentModel = { weights, bias, link, merge, same, fitted: { on: [], command: '', pairs: 0, positives: 0, tuningF1: 0 } };
  return sumAlignment(
    prepared.map(({ e, nodes }) => {
      const candidates: [number, number][] = [];
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) if (nodes[i]!.articleIndex !== nodes[j]!.articleIndex) candidates.push([i, j]);
      }
      const cache = new Map<string, PairScore>();
      const pair = (i: number, j: number): PairScore => {
        const key = i < j ? `${i},${j}` : `${j},${i}`;
        let s = cache.get(key);
        if (!s) {
          const [x, y] = i < j ? [i, j] : [j, i];
          s = scorePair(nodes[x]!, nodes[y]!, model);
          cache.set(key, s);
        }
        return s;
      };
      return scoreAlignment(e.gold, e, groupNodes(nodes, candidates, pair, model));
    }),
  );
}

let best = { link: 0.5, merge: 0.5, f1: -1, precision: 0 };
for (let link = 0.3; link <= 0.96; link += 0.025) {
  for (let merge = 0.1; merge <= link + 1e-9; merge += 0.05) {
    const s = evaluate(link, merge, 0.85).pairs;
    if (s.f1 > best.f1 + 1e-9 || (Math.abs(s.f1 - best.f1) <= 1e-9 && s.precision > best.precision)) {
      best = { link: round(link), merge: round(merge), f1: s.f1, precision: s.precision };
    }
  }
}

// `same` against `similar`: the similarity cut that best separates the gold's `same` pairs from its other agreeing pairs.
const labelled = prepared.flatMap(({ e, nodes }, k) => {
  const clusters = goldClustersOfClaims(e.gold, e);
  return samples
    .filter((s) => s.event === k && s.y === 1)
    .map((s) => {
      const ca = clusters.get(nodes[s.i]!.ref)!;
      const cb = clusters.get(nodes[s.j]!.ref)!;
      const shared = [...ca].filter((c) => cb.has(c));
      return { similarity: s.similarity, same: shared.some((c) => e.gold.clusters[c]!.relation === 'same') };
    });
});
// The lowest cut with the most pairs right (with no `same` pair found, just above the most similar `similar` pair).
let same = { t: 1, correct: -1 };
for (let t = 0.5; t <= 1.0001; t += 0.01) {
  const correct = labelled.filter((l) => (l.similarity >= t) === l.same).length;
  if (correct > same.correct) same = { t: round(t), correct };
}

const result = evaluate(best.link, best.merge, same.t);
const model: AlignmentModel = {
  weights,
  bias,
  link: best.link,
  merge: best.merge,
  same: same.t,
  fitted: {
    on: events.map((e) => e.event),
    command: 'npx tsx --conditions=react-server scripts/fit-alignment.ts',
    pairs: usable.length,
    positives: usable.filter((s) => s.y === 1).length,
    tuningF1: round(result.pairs.f1),
  },
};
writeFileSync(join(root, 'data/alignment-model.json'), `${JSON.stringify(model, null, 2)}\n`);
console.log(JSON.stringify(model, null, 2));
console.log(`tuning P ${result.pairs.precision.toFixed(3)} R ${result.pairs.recall.toFixed(3)} F1 ${result.pairs.f1.toFixed(3)}; same/similar correct ${same.correct}/${labelled.length}`);
