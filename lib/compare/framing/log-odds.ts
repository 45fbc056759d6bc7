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
  const total = priorTotal(priorCounts, vocab);
  const alpha = new Map<string, number>();
  for (const t of vocab) alpha.set(t, priorAlpha(priorCounts, t, alpha0, total));
  return alpha;
}

/** Σ (prior count + 0.5) over `vocab`, in its order (the normaliser of `dirichletPrior`). */
function priorTotal(priorCounts: Counts, vocab: Iterable<string>): number {
  let total = 0;
  for (const t of vocab) total += (priorCounts.get(t) ?? 0) + 0.5;
  return total;
}

/** α_w of one term (the formula of `dirichletPrior`). */
function priorAlpha(priorCounts: Counts, term: string, alpha0: number, total: number): number {
  return (alpha0 * ((priorCounts.get(term) ?? 0) + 0.5)) / total;
}

/** The terms of `first`, then those of each later map not in an earlier one: a union in first-seen order. */
function* union(...maps: Counts[]): Generator<string> {
  for (let i = 0; i < maps.length; i++) {
    next: for (const t of maps[i]!.keys()) {
      for (let k = 0; k < i; k++) if (maps[k]!.has(t)) continue next;
      yield t;
    }
  }
}

/**
 * Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
 * "Fightin' Words", eq. 16–22): for each term w of `focus`'s and `rest`'s vocabulary,
 * δ_w = log((y_iw+α_w)/(n_i+α₀−y_iw−α_w)) − log((y_jw+α_w)/(n_j+α₀−y_jw−α_w)),
 * σ²_w ≈ 1/(y_iw+α_w) + 1/(y_jw+α_w), z_w = δ_w/σ_w. Sorted by z (desc), then term.
 * `include` keeps only the terms a caller wants (filtering before the sort, which dominates).
 */
export function logOddsZ(focus: Counts, rest: Counts, alpha: ReadonlyMap<string, number>, include?: (term: string) => boolean): LogOdds[] {
  let a0 = 0;
  for (const v of alpha.values()) a0 += v;
  const terms = [...new Set([...focus.keys(), ...rest.keys()])].filter((t) => !include || include(t));
  return logOddsOf(focus, rest, terms, (t) => alpha.get(t), a0);
}

function logOddsOf(focus: Counts, rest: Counts, terms: Iterable<string>, alphaOf: (term: string) => number | undefined, a0: number): LogOdds[] {
  const ni = sum(focus);
  const nj = sum(rest);
  const out: LogOdds[] = [];
  for (const term of terms) {
    const a = alphaOf(term);
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

/**
 * `logOddsZ(focus, rest, dirichletPrior(prior, [...focus.keys(), ...rest.keys()], alpha0))`
 * for the terms of `focus` that `include` keeps, with the same arithmetic in the same order,
 * without building the vocabulary and the prior map (per article of a comparison, that was
 * most of the framing stage).
 */
export function focusLogOddsZ(focus: Counts, rest: Counts, prior: Counts, alpha0: number, include: (term: string) => boolean): LogOdds[] {
  const vocabulary = [...union(focus, rest, prior)];
  const total = priorTotal(prior, vocabulary);
  let a0 = 0;
  for (const t of vocabulary) a0 += priorAlpha(prior, t, alpha0, total);
  const terms = [...focus.keys()].filter(include);
  return logOddsOf(focus, rest, terms, (t) => priorAlpha(prior, t, alpha0, total), a0);
}
