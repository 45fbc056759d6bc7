import type { AnalyzedArticle, EntityType } from '../schema/analysis';

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
 * Which entities each outlet's article mentions, how often, and under which labels (the
 * mention's `label`, the whole title+name phrase, else its `text`). Sorted by spread, then
 * total mentions, then id.
 */
export function entityOverlap(articles: readonly AnalyzedArticle[]): EntityOverlapRow[] {
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
  return [...rows.values()].sort((a, b) => b.spread - a.spread || b.total - a.total || a.id.localeCompare(b.id));
}
