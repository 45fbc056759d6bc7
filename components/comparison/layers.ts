import type { Layer } from '@/lib/text/segments';
import type { ArticleView } from './article-view';

/** Every highlight of one article: entity mentions, claim contents, claim speakers and dated mentions. */
export function articleLayers(article: ArticleView): Layer[] {
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
        title: `${entity.type}: ${entity.name}${gloss}${role ? ` (${role})` : ''}`,
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
      title: `${claim.direct ? 'Quote' : 'Claim'} by ${claim.speaker} (${claim.cue})`,
    });
    if (claim.speakerSpan) layers.push({ kind: 'speaker', start: claim.speakerSpan[0], end: claim.speakerSpan[1], key: claim.id });
  }
  article.times.forEach(([start, end, value], i) => {
    layers.push({ kind: 'time', start, end, key: `t${i + 1}`, title: `Time: ${value}` });
  });
  return layers;
}
