/** A highlight over `[start, end)` of an article's text. */
export interface Layer {
  kind: 'entity' | 'claim' | 'time' | 'speaker';
  start: number;
  end: number;
  /** Entity id, claim id or time index: what a selection refers to. */
  key: string;
  /** Entity type, or `direct`/`indirect` for claims. */
  type?: string;
  /** Claim group id, when the claim is aligned with claims of other outlets. */
  group?: string;
  /** Tooltip text. */
  title?: string;
}

/** A maximal run of text covered by the same set of layers. */
export interface Segment {
  start: number;
  end: number;
  layers: Layer[];
  /** Layers that begin exactly at this segment (where a view puts anchors). */
  opening: Layer[];
}

/**
 * Cuts `[from, to)` into segments at every layer boundary, so overlapping and nested
 * highlights (an entity inside a claim) render as flat, non-nested runs. Layers outside
 * the range are ignored; those crossing its edges are clipped.
 */
export function segmentRange(from: number, to: number, layers: readonly Layer[]): Segment[] {
  const inside = layers.filter((l) => l.end > from && l.start < to && l.end > l.start);
  const cuts = new Set<number>([from, to]);
  for (const l of inside) {
    cuts.add(Math.max(from, l.start));
    cuts.add(Math.min(to, l.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const active = inside.filter((l) => l.start < end && l.end > start);
    segments.push({ start, end, layers: active, opening: active.filter((l) => l.start === start) });
  }
  return segments;
}
