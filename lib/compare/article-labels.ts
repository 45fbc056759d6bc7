import type { Lang } from '../i18n';
import type { Analysis } from '../schema/analysis';

/**
 * A short display label per article: the outlet's name in the interface language (English
 * name, or in 中文 mode the outlet's own name), numbered when an outlet has several articles in
 * the comparison (DW 1, DW 2).
 */
export function articleLabels(analysis: Pick<Analysis, 'articles'>, lang: Lang = 'en'): Map<string, string> {
  const labels = new Map<string, string>();
  for (const a of analysis.articles) {
    const same = analysis.articles.filter((x) => x.outlet.id === a.outlet.id);
    const name = lang === 'zh' ? a.outlet.name : a.outlet.english;
    labels.set(a.id, same.length > 1 ? `${name} ${same.indexOf(a) + 1}` : name);
  }
  return labels;
}
