import type { AnalyzedArticle, ComparisonEntity, EntityType } from '../schema/analysis';

/** How one article refers to one entity: mention count and the labels it uses, most frequent first. */
export interface EntityUsage {
  count: number;
  labels: { label: string; count: number }[];
}

/** One entity across the articles of a comparison. */
export interface EntityOverlapRow {
  id: string;
  name: string;
  type: EntityType;
  english?: string;
  /** Mention count and labels per article id (only articles that mention it). */
  articles: Record<string, EntityUsage>;
  /** Total mentions over all articles. */
  total: number;
  /** Number of articles that mention it. */
  spread: number;
}

/**
 * THE count of entity mentions per article: every view (the entities table, the framing lens,
 * the share card) and the analysis itself (`Analysis.entities`) take their counts from here.
 *
 * Which entities each outlet's article mentions, how often, and under which labels (the
 * mention's `label`, the whole title+name phrase, else its `text`). Sorted by spread, then
 * total mentions, then id; or, with `order: 'mentions'`, by total mentions, then id.
 */
export function entityOverlap(articles: readonly AnalyzedArticle[], order: 'spread' | 'mentions' = 'spread'): EntityOverlapRow[] {
  const rows = new Map<string, EntityOverlapRow>();
  for (const article of articles) {
    for (const entity of article.entities) {
      let row = rows.get(entity.id);
      if (!row) {
        row = { id: entity.id, name: entity.name, type: entity.type, ...(entity.english ? { english: entity.english } : {}), articles: {}, total: 0, spread: 0 };
        rows.set(entity.id, row);
      }
      const usage = (row.articles[article.id] ??= { count: 0, labels: [] });
      for (const m of entity.mentions) {
        usage.count++;
        row.total++;
        const label = m.label ?? m.text;
        const slot = usage.labels.find((l) => l.label === label);
        if (slot) slot.count++;
        else usage.labels.push({ label, count: 1 });
      }
    }
  }
  for (const row of rows.values()) {
    row.spread = Object.values(row.articles).filter((u) => u.count > 0).length;
    for (const usage of Object.values(row.articles)) usage.labels.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }
  const byMentions = (a: EntityOverlapRow, b: EntityOverlapRow) => b.total - a.total || a.id.localeCompare(b.id);
  return [...rows.values()].sort(order === 'mentions' ? byMentions : (a, b) => b.spread - a.spread || byMentions(a, b));
}

/** The comparison-level entity list of an analysis: mention count per article, most mentioned first. */
export function comparisonEntities(articles: readonly AnalyzedArticle[]): ComparisonEntity[] {
  return entityOverlap(articles, 'mentions').map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type,
    english: row.english,
    articles: Object.fromEntries(Object.entries(row.articles).map(([id, usage]) => [id, usage.count])),
  }));
}

/** Total mentions of a comparison entity over all articles. */
export function mentionTotal(entity: Pick<ComparisonEntity, 'articles'>): number {
  return Object.values(entity.articles).reduce((a, b) => a + b, 0);
}

/** How many articles mention a comparison entity. */
export function mentionSpread(entity: Pick<ComparisonEntity, 'articles'>): number {
  return Object.values(entity.articles).filter((n) => n > 0).length;
}
