import type { AnalyzedArticle } from '../../schema/analysis';
import { parseTimeValue } from '../time-value';

/** An earlier event an article brings in: the dated mention and the clause it dates. */
export interface ContextItem {
  articleId: string;
  value: string;
  text: string;
  event: string;
  start: number;
  end: number;
  /** Start of the mentioned time, epoch ms (for ordering). */
  at: number;
}

const DAY = 86_400_000;

/**
 * The earlier events each article brings in: its dated mentions that end before the earliest
 * publication of the comparison minus one day (so background, not the event being reported),
 * oldest first. Durations and undated articles are skipped.
 */
export function priorContext(articles: readonly AnalyzedArticle[]): Record<string, ContextItem[]> {
  const published = articles.map((a) => (a.publishedAt ? Date.parse(a.publishedAt) : NaN)).filter((t) => !Number.isNaN(t));
  const out: Record<string, ContextItem[]> = {};
  for (const a of articles) out[a.id] = [];
  if (published.length === 0) return out;
  const cutoff = Math.min(...published) - DAY;
  for (const a of articles) {
    const items: ContextItem[] = [];
    for (const t of a.times) {
      if (t.value.startsWith('P')) continue;
      const range = parseTimeValue(t.value);
      if (!range || range.openEnded || range.endMs > cutoff) continue;
      items.push({ articleId: a.id, value: t.value, text: t.text, event: t.event ?? t.text, start: t.start, end: t.end, at: range.startMs });
    }
    const seen = new Set<string>();
    out[a.id] = items
      .sort((x, y) => x.at - y.at || x.start - y.start)
      .filter((i) => (seen.has(`${i.value}|${i.event}`) ? false : (seen.add(`${i.value}|${i.event}`), true)));
  }
  return out;
}
