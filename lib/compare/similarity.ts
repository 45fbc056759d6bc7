import type { TermCounts } from './claim-tokens';

/** A weighted term vector: token ids (ascending) with their weights, precomputed norm and total weight. */
export interface WeightedVector {
  ids: Int32Array;
  values: Float64Array;
  norm: number;
  total: number;
}

/** Smoothed inverse document frequency of every token over a collection of term counts. */
export function inverseDocumentFrequency(docs: readonly TermCounts[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of doc.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  return idf;
}

/**
 * TF-IDF weights (sub-linear tf) of one document, with tokens interned in `vocabulary`
 * (shared by all documents of a comparison) so that vectors compare by merging integer ids.
 */
export function weigh(doc: TermCounts, idf: ReadonlyMap<string, number>, vocabulary: Map<string, number>): WeightedVector {
  const entries: [number, number][] = [];
  let sq = 0;
  let total = 0;
  for (const [t, tf] of doc) {
    let id = vocabulary.get(t);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(t, id);
    }
    const w = (1 + Math.log(tf)) * (idf.get(t) ?? 1);
    entries.push([id, w]);
    sq += w * w;
    total += w;
  }
  entries.sort((a, b) => a[0] - b[0]);
  const ids = new Int32Array(entries.length);
  const values = new Float64Array(entries.length);
  for (let k = 0; k < entries.length; k++) {
    ids[k] = entries[k]![0];
    values[k] = entries[k]![1];
  }
  return { ids, values, norm: Math.sqrt(sq), total };
}

/** Σ wa·wb and Σ min(wa, wb) over the tokens two vectors share, by merging their sorted id arrays. */
function sharedSums(a: WeightedVector, b: WeightedVector): { dot: number; min: number } {
  let i = 0;
  let j = 0;
  let dot = 0;
  let min = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      const wa = a.values[i++]!;
      const wb = b.values[j++]!;
      dot += wa * wb;
      min += wa < wb ? wa : wb;
    } else if (x < y) i++;
    else j++;
  }
  return { dot, min };
}

/** Cosine similarity of two weighted vectors, in [0, 1]. */
export function cosine(a: WeightedVector, b: WeightedVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  return Math.min(1, sharedSums(a, b).dot / (a.norm * b.norm));
}

/**
 * Weighted containment of the lighter vector in the heavier one: Σ min(wa, wb) / min(Σwa, Σwb).
 * 1 when a short paraphrase is wholly contained in a longer account.
 */
export function containment(a: WeightedVector, b: WeightedVector): number {
  const denom = Math.min(a.total, b.total);
  if (denom === 0) return 0;
  return Math.min(1, sharedSums(a, b).min / denom);
}

/**
 * Content similarity used for claim alignment: the mean of cosine (symmetric) and
 * containment (a short account inside a longer one), damped for very light texts
 * so that a two-token claim cannot be "contained" everywhere.
 */
export function contentSimilarity(a: WeightedVector, b: WeightedVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const { dot, min } = sharedSums(a, b);
  if (dot === 0) return 0;
  const c = Math.min(1, dot / (a.norm * b.norm));
  const k = Math.min(1, min / Math.min(a.total, b.total));
  const damp = Math.min(1, Math.min(a.ids.length, b.ids.length) / 6);
  return Math.max(c, (c + k * damp) / 2);
}

/**
 * A token held by more claims than this is no evidence that two of them match (in a
 * comparison of ten long articles a token is held by a few hundred at most); blocking on it
 * would visit every pair of those claims, so a page repeating one paragraph thousands of
 * times cost seconds per pair list. Such tokens still count in the similarity of pairs
 * found through other tokens.
 */
export const MAX_POSTING = 1000;

/**
 * Candidate blocking: the pairs `[i, j]` (`i < j`) of `vectors` that share at least one
 * token held by at most `maxPosting` vectors and pass `keep`, found through an inverted index
 * (token id → vectors holding it). Below that bound, exactly the pairs whose
 * `contentSimilarity` can be above 0 (every weight is positive), in ascending `i` then
 * ascending `j`; pairs sharing nothing are never visited.
 */
export function pairsSharingTokens(
  vectors: readonly WeightedVector[],
  keep: (i: number, j: number) => boolean,
  maxPosting = MAX_POSTING,
): [number, number][] {
  const postings: number[][] = [];
  vectors.forEach((v, k) => {
    for (const id of v.ids) (postings[id] ??= []).push(k);
  });
  for (let id = 0; id < postings.length; id++) if ((postings[id]?.length ?? 0) > maxPosting) postings[id] = [];
  // Position of the current vector in each token's posting list (vectors are visited in order).
  const position = new Int32Array(postings.length);
  const seen = new Int32Array(vectors.length).fill(-1);
  const pairs: [number, number][] = [];
  const partners: number[] = [];
  vectors.forEach((v, i) => {
    partners.length = 0;
    for (const id of v.ids) {
      const list = postings[id]!;
      if (list.length === 0) continue;
      const at = position[id]!;
      position[id] = at + 1;
      for (let p = at + 1; p < list.length; p++) {
        const j = list[p]!;
        if (seen[j] === i) continue;
        seen[j] = i;
        if (keep(i, j)) partners.push(j);
      }
    }
    partners.sort((a, b) => a - b);
    for (const j of partners) pairs.push([i, j]);
  });
  return pairs;
}
