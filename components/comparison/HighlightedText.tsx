import type { Paragraph } from '@/lib/schema/article';
import { type Layer, segmentRange } from '@/lib/text/segments';

interface Props {
  text: string;
  paragraphs: Paragraph[];
  layers: Layer[];
  /** Prefix for element ids, unique per article on the page. */
  idPrefix: string;
}

/**
 * The article's clean text, paragraph by paragraph, with every highlight rendered as
 * flat spans carrying `data-entity`, `data-claim` and `data-time` (space-separated keys),
 * so a selection can be styled and found in every column. Text is rendered as text:
 * never as HTML.
 */
export function HighlightedText({ text, paragraphs, layers, idPrefix }: Props) {
  return (
    <div className="article-text">
      {paragraphs.map((p) => {
        const Tag = p.kind === 'h' ? 'h4' : 'p';
        return (
          <Tag key={p.start} data-start={p.start}>
            {segmentRange(p.start, p.end, layers).map((s) => {
              const piece = text.slice(s.start, s.end);
              if (s.layers.length === 0) return piece;
              const keys = (kind: Layer['kind']): string | undefined => {
                const ks = s.layers.filter((l) => l.kind === kind).map((l) => l.key);
                return ks.length > 0 ? [...new Set(ks)].join(' ') : undefined;
              };
              const classes = s.layers.map((l) => (l.type ? `hl-${l.kind} hl-${l.kind}-${l.type}` : `hl-${l.kind}`));
              const titled = s.layers.filter((l) => l.title).map((l) => l.title);
              const groups = [...new Set(s.layers.map((l) => l.group).filter((g): g is string => Boolean(g)))];
              const anchor = s.opening.find((l) => l.kind === 'claim');
              // Only defined attributes: undefined props would still be serialised into the RSC payload.
              const attrs: Record<string, string | number> = { className: [...new Set(classes)].join(' '), 'data-start': s.start, 'data-end': s.end };
              if (anchor) attrs.id = `${idPrefix}-${anchor.key}`;
              const entity = keys('entity');
              if (entity) attrs['data-entity'] = entity;
              const claim = keys('claim');
              if (claim) attrs['data-claim'] = claim;
              const time = keys('time');
              if (time) attrs['data-time'] = time;
              if (groups.length > 0) attrs['data-group'] = groups.join(' ');
              if (titled.length > 0) attrs.title = titled.join('\n');
              return (
                <span key={s.start} {...attrs}>
                  {piece}
                </span>
              );
            })}
          </Tag>
        );
      })}
    </div>
  );
}
