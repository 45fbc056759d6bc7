import type { Analysis, ClaimGroup } from '../schema/analysis';
import { claimRef, claimRefArticle } from './claim-ref';

/** One row of the claims table: a claim with its cross-outlet group, or the outlet it is unique to. */
export interface ClaimRow {
  /** `<articleId>#<claimId>`. */
  ref: string;
  articleId: string;
  claimId: string;
  outletId: string;
  outlet: string;
  speaker: string;
  speakerEntityId?: string;
  cue: string;
  text: string;
  direct: boolean;
  start: number;
  end: number;
  groupId: string | null;
  relation: ClaimGroup['relation'] | null;
  /** Other articles whose claims are in the same group, in article order. */
  alsoIn: string[];
  /** `only in <outlet>` for ungrouped claims, else `<relation> in N articles`. */
  coverage: string;
}

/** One row per claim, in article then text order, each with its group (or `only in <outlet>`). */
export function claimRows(analysis: Pick<Analysis, 'articles' | 'claimGroups'>): ClaimRow[] {
  const groupOf = new Map<string, ClaimGroup>();
  for (const g of analysis.claimGroups) for (const ref of g.claims) groupOf.set(ref, g);
  const articleOrder = new Map(analysis.articles.map((a, i) => [a.id, i]));
  const rows: ClaimRow[] = [];
  for (const article of analysis.articles) {
    const claims = [...article.claims].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
    for (const claim of claims) {
      const ref = claimRef(article.id, claim.id);
      const group = groupOf.get(ref);
      const articles = group
        ? [...new Set(group.claims.map(claimRefArticle))].sort(
            (a, b) => (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0),
          )
        : [article.id];
      rows.push({
        ref,
        articleId: article.id,
        claimId: claim.id,
        outletId: article.outlet.id,
        outlet: article.outlet.name,
        speaker: claim.speaker.text,
        ...(claim.speaker.entityId ? { speakerEntityId: claim.speaker.entityId } : {}),
        cue: claim.cue,
        text: claim.text,
        direct: claim.direct,
        start: claim.start,
        end: claim.end,
        groupId: group?.id ?? null,
        relation: group?.relation ?? null,
        alsoIn: articles.filter((id) => id !== article.id),
        coverage: group ? `${group.relation} in ${articles.length} articles` : `only in ${article.outlet.name}`,
      });
    }
  }
  return rows;
}
