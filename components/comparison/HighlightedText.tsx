'use client';

import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Paragraph } from '@/lib/schema/article';
import { type Layer, type Segment, segmentRange } from '@/lib/text/segments';
import { useRoving } from '../ui/useRoving';

interface Props {
  text: string;
  paragraphs: Paragraph[];
  layers: Layer[];
  /** Prefix for element ids, unique per article on the page. */
  idPrefix: string;
}

/** Fired on `window` when a column's highlight spans are in the DOM (the selection marks them then). */
export const HIGHLIGHTS_EVENT = 'parallax:highlights';

/** The highlights a reader can select: entities and claims. */
const HIGHLIGHT_STOPS = '[data-entity], [data-claim]';

const noSubscription = (): (() => void) => () => undefined;

/** False while the server renders and while the browser hydrates that HTML; true afterwards. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

function keys(s: Segment, kind: Layer['kind']): string | undefined {
  const ks = s.layers.filter((l) => l.kind === kind).map((l) => l.key);
  return ks.length > 0 ? [...new Set(ks)].join(' ') : undefined;
}

function HighlightSpan({ s, piece, idPrefix }: { s: Segment; piece: string; idPrefix: string }) {
  const classes = s.layers.map((l) => (l.type ? `hl-${l.kind} hl-${l.kind}-${l.type}` : `hl-${l.kind}`));
  const titled = s.layers.filter((l) => l.title).map((l) => l.title);
  const groups = [...new Set(s.layers.map((l) => l.group).filter((g): g is string => Boolean(g)))];
  const anchor = s.opening.find((l) => l.kind === 'claim');
  const attrs: Record<string, string | number> = { className: [...new Set(classes)].join(' '), 'data-start': s.start, 'data-end': s.end };
  if (anchor) attrs.id = `${idPrefix}-${anchor.key}`;
  const entity = keys(s, 'entity');
  if (entity) attrs['data-entity'] = entity;
  const claim = keys(s, 'claim');
  if (claim) attrs['data-claim'] = claim;
  const time = keys(s, 'time');
  if (time) attrs['data-time'] = time;
  if (groups.length > 0) attrs['data-group'] = groups.join(' ');
  if (titled.length > 0) attrs.title = titled.join('\n');
  // Entity and claim highlights select (a click, or Enter/Space once reached with the arrows).
  const selectable = entity !== undefined || claim !== undefined;
  return selectable ? (
    <span {...attrs} role="button" tabIndex={-1} aria-pressed={false}>
      {piece}
    </span>
  ) : (
    <span {...attrs}>{piece}</span>
  );
}

/**
 * The article's clean text, paragraph by paragraph, with every highlight rendered as flat
 * spans carrying `data-entity`, `data-claim` and `data-time` (space-separated keys), so a
 * selection can be styled and found in every column. A client leaf fed the text once and
 * the highlights as offsets: the server sends the plain paragraphs (readable at once, no
 * markup per highlight in the HTML) and the browser adds the spans right after hydration,
 * then fires `HIGHLIGHTS_EVENT`. Text is rendered as text: never as HTML.
 */
export function HighlightedText({ text, paragraphs, layers, idPrefix }: Props) {
  const hydrated = useHydrated();
  const rows = useMemo(
    () => (hydrated ? paragraphs.map((p) => ({ p, segments: segmentRange(p.start, p.end, layers) })) : paragraphs.map((p) => ({ p, segments: [] }))),
    [hydrated, paragraphs, layers],
  );
  useEffect(() => {
    if (hydrated) window.dispatchEvent(new Event(HIGHLIGHTS_EVENT));
  }, [hydrated, rows]);
  // One Tab stop per column: the arrows step through its highlights in reading order.
  const ref = useRef<HTMLDivElement>(null);
  useRoving(ref, { items: HIGHLIGHT_STOPS });
  return (
    <div className="article-text" ref={ref}>
      {rows.map(({ p, segments }) => {
        const Tag = p.kind === 'h' ? 'h4' : 'p';
        return (
          <Tag key={p.start} data-start={p.start}>
            {hydrated
              ? segments.map((s) => {
                  const piece = text.slice(s.start, s.end);
                  return s.layers.length === 0 ? piece : <HighlightSpan key={s.start} s={s} piece={piece} idPrefix={idPrefix} />;
                })
              : text.slice(p.start, p.end)}
          </Tag>
        );
      })}
    </div>
  );
}
