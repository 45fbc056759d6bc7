import { entityTypeName, fill, messages, type Messages } from '@/lib/i18n';
import type { Layer } from '@/lib/text/segments';
import { timeValueWords } from '@/lib/viz/time-words';
import type { ArticleView } from './article-view';

/**
 * Every highlight of one article: entity mentions, claim contents, claim speakers and dated
 * mentions, each with a tooltip in the interface language.
 */
export function articleLayers(article: ArticleView, t: Messages = messages('en')): Layer[] {
  const sep = t.code === 'zh' ? '：' : ': ';
  const layers: Layer[] = [];
  for (const entity of article.entities) {
    const gloss = entity.english && entity.english !== entity.name ? ` · ${entity.english}` : '';
    for (const [start, end, role] of entity.mentions) {
      layers.push({
        kind: 'entity',
        start,
        end,
        key: entity.id,
        type: entity.type,
        title: `${entityTypeName(entity.type, t)}${sep}${entity.name}${gloss}${role ? ` (${role})` : ''}`,
      });
    }
  }
  for (const claim of article.claims) {
    layers.push({
      kind: 'claim',
      start: claim.start,
      end: claim.end,
      key: claim.id,
      type: claim.direct ? 'direct' : 'indirect',
      group: claim.group,
      title: fill(claim.direct ? t.quoteBy : t.claimBy, { s: claim.speaker, c: claim.cue }),
    });
    if (claim.speakerSpan) layers.push({ kind: 'speaker', start: claim.speakerSpan[0], end: claim.speakerSpan[1], key: claim.id });
  }
  article.times.forEach(([start, end, value], i) => {
    layers.push({ kind: 'time', start, end, key: `t${i + 1}`, title: `${t.timeMention}${sep}${timeValueWords(value, t.code === 'zh' ? 'zh' : 'en')}` });
  });
  return layers;
}
