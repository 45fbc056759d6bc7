import type { Analysis } from '@/lib/schema/analysis';

/** One row of the entities table: an entity with its mentions and labels per article. */
export interface EntityRow {
  id: string;
  name: string;
  type: string;
  english: string;
  total: number;
  /** Mention count per article id. */
  counts: Record<string, number>;
  /** Distinct labels (title+name phrase, else surface) per article id, most frequent first. */
  labels: Record<string, string[]>;
}

/** Flattens an analysis into entity-table rows, most mentioned first. */
export function entityRows(analysis: Analysis): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const article of analysis.articles) {
    for (const e of article.entities) {
      let row = rows.get(e.id);
      if (!row) {
        row = { id: e.id, name: e.name, type: e.type, english: e.english ?? '', total: 0, counts: {}, labels: {} };
        rows.set(e.id, row);
      }
      row.counts[article.id] = (row.counts[article.id] ?? 0) + e.mentions.length;
      row.total += e.mentions.length;
      const freq = new Map<string, number>();
      for (const m of e.mentions) freq.set(m.label ?? m.text, (freq.get(m.label ?? m.text) ?? 0) + 1);
      row.labels[article.id] = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l);
    }
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}
