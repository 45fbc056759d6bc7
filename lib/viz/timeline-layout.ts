import { scaleUtc } from 'd3';

/** A mark to lay out: a `[startMs, endMs)` range shown in the lane of each article that reports it. */
export interface TimelineLayoutMark {
  id: string;
  startMs: number;
  endMs: number;
  articles: readonly string[];
}

export interface TimelineLayoutInput {
  /** Visible domain `[fromMs, toMs]` (the current zoom). */
  domain: readonly [number, number];
  /** Plot width in pixels. */
  width: number;
  /** Lane keys (article ids), top to bottom. */
  lanes: readonly string[];
  marks: readonly TimelineLayoutMark[];
  publications?: readonly { articleId: string; ms: number }[];
  /** Height of one row inside a lane (default 14). */
  rowHeight?: number;
  /** Vertical gap between lanes (default 8). */
  laneGap?: number;
  /** Narrowest drawn mark, so points stay visible (default 4). */
  minMarkWidth?: number;
  /** Horizontal gap between marks sharing a row (default 2). */
  markGap?: number;
  /** Pixels per tick label (default 90): fewer ticks on narrow plots. */
  tickSpacing?: number;
}

export interface PlacedMark {
  id: string;
  lane: string;
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The range extends beyond the visible domain on the left/right. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  ticks: { ms: number; x: number; label: string }[];
  lanes: { key: string; y: number; height: number; rows: number }[];
  marks: PlacedMark[];
  publications: { articleId: string; x: number; y: number; height: number }[];
}

/**
 * Lays out a multi-lane timeline: a UTC time scale for the domain and width, one lane per
 * article, each visible mark in the lanes of its articles, intervals stacked into
 * non-overlapping rows (greedy, by start then length), ticks chosen for the zoom level.
 * Pure: returns coordinates for SVG.
 */
export function timelineLayout(input: TimelineLayoutInput): TimelineLayout {
  const { domain, width, lanes } = input;
  const rowHeight = input.rowHeight ?? 14;
  const laneGap = input.laneGap ?? 8;
  const minWidth = input.minMarkWidth ?? 4;
  const gap = input.markGap ?? 2;
  const scale = scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range([0, width]);
  const x = (ms: number): number => scale(new Date(ms));

  const visible = input.marks
    .filter((m) => m.endMs >= domain[0] && m.startMs <= domain[1])
    .map((m) => {
      const x0 = Math.max(0, x(m.startMs));
      const x1 = Math.min(width, x(m.endMs));
      const w = Math.max(minWidth, x1 - x0);
      return { mark: m, x: Math.min(x0, width - w), width: w, clippedStart: m.startMs < domain[0], clippedEnd: m.endMs > domain[1] };
    })
    .sort((a, b) => a.x - b.x || b.width - a.width || a.mark.id.localeCompare(b.mark.id));

  const placed: PlacedMark[] = [];
  const laneBoxes: TimelineLayout['lanes'] = [];
  const publications: TimelineLayout['publications'] = [];
  let y = 0;
  for (const lane of lanes) {
    const rowEnds: number[] = [];
    const inLane: Omit<PlacedMark, 'y'>[] = [];
    for (const v of visible) {
      if (!v.mark.articles.includes(lane)) continue;
      let row = rowEnds.findIndex((end) => end + gap <= v.x);
      if (row < 0) row = rowEnds.push(0) - 1;
      rowEnds[row] = v.x + v.width;
      inLane.push({ id: v.mark.id, lane, row, x: v.x, width: v.width, height: rowHeight - 2, clippedStart: v.clippedStart, clippedEnd: v.clippedEnd });
    }
    const rows = Math.max(1, rowEnds.length);
    for (const m of inLane) placed.push({ ...m, y: y + m.row * rowHeight + 1 });
    for (const p of input.publications ?? []) {
      if (p.articleId === lane && p.ms >= domain[0] && p.ms <= domain[1]) publications.push({ articleId: lane, x: x(p.ms), y, height: rows * rowHeight });
    }
    laneBoxes.push({ key: lane, y, height: rows * rowHeight, rows });
    y += rows * rowHeight + laneGap;
  }

  const count = Math.max(2, Math.floor(width / (input.tickSpacing ?? 90)));
  const format = scale.tickFormat(count);
  const ticks = scale.ticks(count).map((d) => ({ ms: d.getTime(), x: scale(d), label: format(d) }));
  return { width, height: Math.max(0, y - laneGap), ticks, lanes: laneBoxes, marks: placed, publications };
}
