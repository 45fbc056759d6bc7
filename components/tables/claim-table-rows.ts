import { claimRows, type ClaimRow } from '@/lib/compare/claim-rows';
import type { Analysis } from '@/lib/schema/analysis';

/** A claims-table row: the comparison's claim row plus display labels. */
export type ClaimTableRow = ClaimRow & {
  /** Short outlet label of the claim's own article (numbered when an outlet has several). */
  outletLabel: string;
  /** Labels of every article carrying the proposition, its own first. */
  outlets: string[];
  lang: string;
};

/** Rows for the claims table (plain data: safe to hand to a client component). */
export function claimTableRows(analysis: Analysis, labels: ReadonlyMap<string, string>): ClaimTableRow[] {
  const langOf = new Map(analysis.articles.map((a) => [a.id, a.language]));
  return claimRows(analysis).map((r) => ({
    ...r,
    outletLabel: labels.get(r.articleId) ?? r.outlet,
    outlets: [r.articleId, ...r.alsoIn].map((id) => labels.get(id) ?? id),
    lang: langOf.get(r.articleId) ?? 'zh',
  }));
}
