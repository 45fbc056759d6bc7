import type { AnalyzedArticle, ClaimGroup } from '../schema/analysis';

/** Groups claims of different outlets that report the same proposition (placeholder until the comparison stage lands). */
export function alignClaims(_articles: readonly AnalyzedArticle[]): ClaimGroup[] {
  return [];
}
