import type { Analysis } from '../../schema/analysis';
import type { ArticleOmissions } from '../../schema/framing';
import { claimSets } from '../overlap-sets';
import { claimRefArticle, isClaimRef } from '../claim-ref';

/**
 * What each article lacks and what only it carries: claim groups that other articles hold
 * and it does not; entities that at least half of the other articles mention (and at least
 * one) and it does not; its claims in no group; entities only it mentions. Sorted ids.
 */
export function omissions(analysis: Pick<Analysis, 'articles' | 'claimGroups'>): Record<string, ArticleOmissions> {
  const groupsOf = new Map<string, Set<string>>();
  for (const g of analysis.claimGroups) {
    for (const ref of g.claims) {
      const article = claimRefArticle(ref);
      let set = groupsOf.get(article);
      if (!set) groupsOf.set(article, (set = new Set()));
      set.add(g.id);
    }
  }
  const entitiesOf = new Map(analysis.articles.map((a) => [a.id, new Set(a.entities.map((e) => e.id))]));
  const sets = claimSets(analysis);
  const out: Record<string, ArticleOmissions> = {};
  for (const a of analysis.articles) {
    const own = groupsOf.get(a.id) ?? new Set<string>();
    const mine = entitiesOf.get(a.id)!;
    const others = analysis.articles.filter((x) => x.id !== a.id);
    const missingClaimGroups = analysis.claimGroups.filter((g) => !own.has(g.id)).map((g) => g.id);
    const carriers = new Map<string, number>();
    for (const o of others) for (const id of entitiesOf.get(o.id)!) carriers.set(id, (carriers.get(id) ?? 0) + 1);
    const need = Math.max(1, Math.ceil(others.length / 2));
    const missingEntities = [...carriers].filter(([id, n]) => n >= need && !mine.has(id)).map(([id]) => id);
    const onlyEntities = [...mine].filter((id) => !carriers.has(id));
    out[a.id] = {
      missingClaimGroups: missingClaimGroups.sort(),
      missingEntities: missingEntities.sort(),
      onlyClaims: (sets.onlyIn[a.id] ?? []).filter(isClaimRef).sort(),
      onlyEntities: onlyEntities.sort(),
    };
  }
  return out;
}
