import type { AnalyzedArticle } from '@/lib/schema/analysis';
import type { Layer } from '@/lib/text/segments';

/** Every highlight of one article: entity mentions, claim contents, claim speakers and dated mentions. */
export function articleLayers(article: AnalyzedArticle, groupOf: ReadonlyMap<string, string> = new Map()): Layer[] {
  const layers: Layer[] = [];
  for (const entity of article.entities) {
    const gloss = entity.english ? ` · ${entity.english}` : '';
    for (const m of entity.mentions) {
      layers.push({
        kind: 'entity',
        start: m.start,
        end: m.end,
        key: entity.id,
        type: entity.type,
        title: `${entity.type}: ${entity.name}${gloss}${m.role ? ` (${m.role})` : ''}`,
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
      group: groupOf.get(`${article.id}#${claim.id}`),
      title: `${claim.direct ? 'Quote' : 'Claim'} by ${claim.speaker.text} (${claim.cue})`,
    });
    if (claim.speaker.start !== undefined && claim.speaker.end !== undefined) {
      layers.push({ kind: 'speaker', start: claim.speaker.start, end: claim.speaker.end, key: claim.id });
    }
  }
  article.times.forEach((t, i) => {
    layers.push({ kind: 'time', start: t.start, end: t.end, key: `t${i + 1}`, title: `Time: ${t.value}` });
  });
  return layers;
}
