import type { TermCounts } from './claim-tokens';

/** A weighted term vector with its precomputed norm and total weight. */
export interface WeightedVector {
  weights: Map<string, number>;
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

/** TF-IDF weights (sub-linear tf) of one document. */
export function weigh(doc: TermCounts, idf: ReadonlyMap<string, number>): WeightedVector {
  const weights = new Map<string, number>();
  let sq = 0;
  let total = 0;
  for (const [t, tf] of doc) {
    const w = (1 + Math.log(tf)) * (idf.get(t) ?? 1);
    weights.set(t, w);
    sq += w * w;
    total += w;
  }
  return { weights, norm: Math.sqrt(sq), total };
}

/** Cosine similarity of two weighted vectors, in [0, 1]. */
export function cosine(a: WeightedVector, b: WeightedVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) dot += w * (large.weights.get(t) ?? 0);
  return Math.min(1, dot / (a.norm * b.norm));
}

/**
 * Weighted containment of the lighter vector in the heavier one: Σ min(wa, wb) / min(Σwa, Σwb).
 * 1 when a short paraphrase is wholly contained in a longer account.
 */
export function containment(a: WeightedVector, b: WeightedVector): number {
  const denom = Math.min(a.total, b.total);
  if (denom === 0) return 0;
  let shared = 0;
  for (const [t, w] of a.weights) {
    const v = b.weights.get(t);
    if (v !== undefined) shared += Math.min(w, v);
  }
  return Math.min(1, shared / denom);
}

/**
 * Content similarity used for claim alignment: the mean of cosine (symmetric) and
 * containment (a short account inside a longer one), damped for very light texts
 * so that a two-token claim cannot be "contained" everywhere.
 */
export function contentSimilarity(a: WeightedVector, b: WeightedVector): number {
  const c = cosine(a, b);
  const k = containment(a, b);
  const lighter = Math.min(a.weights.size, b.weights.size);
  const damp = Math.min(1, lighter / 6);
  return Math.max(c, (c + k * damp) / 2);
}
