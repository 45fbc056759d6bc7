import type { DistinctiveTerms } from '../../schema/framing';
import { type Counts, focusLogOddsZ } from './log-odds';
import { addCounts } from './article-terms';

/** Default Dirichlet concentration α₀ (total prior pseudo-count). */
export const DEFAULT_ALPHA0 = 500;
/** Terms kept per article. */
export const TERMS_PER_ARTICLE = 12;

/**
 * The distinctive terms of each article against the others of the comparison (log-odds with
 * an informative Dirichlet prior). The prior counts are an input: `comparison` uses the other
 * articles' counts, `samples` the caller's counts over all sample articles. Keeps the terms
 * with z > 0 that occur at least twice, highest z first.
 */
export function distinctiveTerms(
  counts: ReadonlyMap<string, Counts>,
  prior: { kind: 'comparison' } | { kind: 'samples'; counts: Counts },
  alpha0: number = DEFAULT_ALPHA0,
  keep: number = TERMS_PER_ARTICLE,
): DistinctiveTerms {
  const articles: DistinctiveTerms['articles'] = {};
  const total = addCounts(counts.values());
  for (const [id, focus] of counts) {
    // The other articles' counts: the total minus this one's.
    const rest = new Map<string, number>();
    for (const [t, c] of total) {
      const n = c - (focus.get(t) ?? 0);
      if (n > 0) rest.set(t, n);
    }
    const priorCounts = prior.kind === 'comparison' ? rest : prior.counts;
    articles[id] = focusLogOddsZ(focus, rest, priorCounts, alpha0, (term) => (focus.get(term) ?? 0) >= 2)
      .filter((r) => r.z > 0)
      .slice(0, keep)
      .map((r) => ({ term: r.term, z: Math.round(r.z * 1000) / 1000, count: focus.get(r.term) ?? 0 }));
  }
  return { prior: prior.kind, alpha0, articles };
}
