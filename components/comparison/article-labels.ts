import type { Analysis } from '@/lib/schema/analysis';

/**
 * A short display label per article: the outlet's English name, numbered when an outlet
 * has several articles in the comparison (DW 1, DW 2).
 */
export function articleLabels(analysis: Pick<Analysis, 'articles'>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const a of analysis.articles) {
    const same = analysis.articles.filter((x) => x.outlet.id === a.outlet.id);
    labels.set(a.id, same.length > 1 ? `${a.outlet.english} ${same.indexOf(a) + 1}` : a.outlet.english);
  }
  return labels;
}
