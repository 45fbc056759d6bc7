import type { ArticleEntity } from '../../schema/analysis';
import { entityId, mergeById } from './group';

/**
 * Gives one id to each referent across the articles of a comparison: a surname-only
 * transliteration (米勒) joins the one full name ending with it (马修·米勒), and
 * entities of one type with the same English gloss share the id of the best-attested one.
 */
export function linkEntities(perArticle: readonly ArticleEntity[][]): ArticleEntity[][] {
  const all = perArticle.flat();
  const remap = new Map<string, ArticleEntity>();
  const fullByLast = new Map<string, Set<string>>();
  const byId = new Map<string, ArticleEntity>();
  for (const e of all) byId.set(e.id, byId.get(e.id) ?? e);
  for (const e of byId.values()) {
    if (e.type !== 'PERSON' || !e.name.includes('·')) continue;
    const last = e.name.split('·').pop() ?? '';
    if (!fullByLast.has(last)) fullByLast.set(last, new Set());
    fullByLast.get(last)!.add(e.id);
  }
  for (const e of byId.values()) {
    if (e.type !== 'PERSON' || e.name.includes('·')) continue;
    const fulls = [...(fullByLast.get(e.name) ?? [])];
    const target = fulls.length === 1 ? byId.get(fulls[0]!) : undefined;
    if (target && (!e.english || !target.english || e.english === target.english)) remap.set(e.id, target);
  }
  // Same type and English gloss: pick the id seen in most articles, then the smallest.
  const articlesOf = new Map<string, number>();
  for (const list of perArticle) for (const id of new Set(list.map((e) => e.id))) articlesOf.set(id, (articlesOf.get(id) ?? 0) + 1);
  const byGloss = new Map<string, ArticleEntity[]>();
  for (const e of byId.values()) {
    const target = remap.get(e.id) ?? e;
    if (!target.english) continue;
    const key = `${target.type}|${target.english.toLowerCase()}`;
    byGloss.set(key, [...(byGloss.get(key) ?? []), target]);
  }
  for (const group of byGloss.values()) {
    const ids = [...new Set(group.map((e) => e.id))];
    if (ids.length < 2) continue;
    const cjk = (id: string): number => (/[\u4e00-\u9fff]/.test(id) ? 1 : 0);
    ids.sort((a, b) => cjk(b) - cjk(a) || (articlesOf.get(b) ?? 0) - (articlesOf.get(a) ?? 0) || a.localeCompare(b));
    const best = group.find((e) => e.id === ids[0])!;
    for (const e of byId.values()) if (ids.includes((remap.get(e.id) ?? e).id) && e.id !== best.id) remap.set(e.id, best);
  }
  return perArticle.map((list) =>
    mergeById(
      list.map((e) => {
        const to = remap.get(e.id);
        if (!to) return e;
        const english = to.english ?? e.english;
        return { ...e, id: entityId(to.type, to.name), name: to.name, type: to.type, ...(english ? { english } : {}) };
      }),
    ),
  );
}
