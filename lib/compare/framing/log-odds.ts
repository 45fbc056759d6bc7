/** Term counts: term → occurrences. */
export type Counts = ReadonlyMap<string, number>;

/** A term's log-odds ratio with its variance and z-score. */
export interface LogOdds {
  term: string;
  delta: number;
  variance: number;
  z: number;
}

const sum = (c: Counts): number => {
  let s = 0;
  for (const v of c.values()) s += v;
  return s;
}

/**
 * The Dirichlet prior α_w over a vocabulary: `alpha0` spread in proportion to the prior
 * counts, each smoothed by +0.5 so that no term has a zero prior.
 */
export function dirichletPrior(priorCounts: Counts, vocabulary: Iterable<string>, alpha0: number): Map<string, number> {
  const vocab = new Set(vocabulary);
  for (const t of priorCounts.keys()) vocab.add(t);
  let total = 0;
  for (const t of vocab) total += (priorCounts.get(t) ?? 0) + 0.5;
  const alpha = new Map<string, number>();
  for (const t of vocab) alpha.set(t, (alpha0 * ((priorCounts.get(t) ?? 0) + 0.5)) / total);
  return alpha;
}

/**
 * Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
 * "Fightin' Words", eq. 16–22): for each term w of `focus`'s and `rest`'s vocabulary,
 * δ_w = log((y_iw+α_w)/(n_i+α₀−y_iw−α_w)) − log((y_jw+α_w)/(n_j+α₀−y_jw−α_w)),
 * σ²_w ≈ 1/(y_iw+α_w) + 1/(y_jw+α_w), z_w = δ_w/σ_w. Sorted by z (desc), then term.
 * `include` keeps only the terms a caller wants (filtering before the sort, which dominates).
 */
export function logOddsZ(focus: Counts, rest: Counts, alpha: ReadonlyMap<string, number>, include?: (term: string) => boolean): LogOdds[] {
  const ni = sum(focus);
  const nj = sum(rest);
  let a0 = 0;
  for (const v of alpha.values()) a0 += v;
  const terms = new Set([...focus.keys(), ...rest.keys()]);
  const out: LogOdds[] = [];
  for (const term of terms) {
    if (include && !include(term)) continue;
    const a = alpha.get(term);
    if (a === undefined || a <= 0) continue;
    const yi = focus.get(term) ?? 0;
    const yj = rest.get(term) ?? 0;
    const delta = Math.log((yi + a) / (ni + a0 - yi - a)) - Math.log((yj + a) / (nj + a0 - yj - a));
    const variance = 1 / (yi + a) + 1 / (yj + a);
    out.push({ term, delta, variance, z: delta / Math.sqrt(variance) });
  }
  // Ties by code point (deterministic, and far cheaper than localeCompare on thousands of terms).
  return out.sort((x, y) => y.z - x.z || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
}
