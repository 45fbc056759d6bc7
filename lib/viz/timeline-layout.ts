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
  /** Language of the tick labels (default English). */
  lang?: 'en' | 'zh';
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
  /** Ticks in UTC; the first tick and every change of year (month, day) name the year (month, day). */
  ticks: { ms: number; x: number; label: string }[];
  /** Per lane: marks wholly before and after the visible domain, and the nearest of each (to pan to). */
  lanes: { key: string; y: number; height: number; rows: number; before: number; after: number; nearestBefore: number | null; nearestAfter: number | null }[];
  marks: PlacedMark[];
  publications: { articleId: string; x: number; y: number; height: number }[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/**
 * The label of a UTC tick `ms` on an axis whose ticks are `step` apart: the unit of the step,
 * with the larger units (year, month, day) written out on the first tick (`prev` null) and
 * wherever they change, so a zoomed axis always says which month and year it shows.
 * Computed from UTC fields only: the same in every time zone.
 */
export function utcTickLabel(ms: number, prev: number | null, step: number, lang: 'en' | 'zh'): string {
  const d = new Date(ms);
  const p = prev === null ? null : new Date(prev);
  const [y, mo, day, h, mi] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
  const newYear = !p || p.getUTCFullYear() !== y;
  const newMonth = newYear || p.getUTCMonth() !== mo;
  const newDay = newMonth || p.getUTCDate() !== day;
  const hm = `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
  if (lang === 'zh') {
    if (step >= 300 * DAY_MS) return `${y}年`;
    if (step >= 28 * DAY_MS) return newYear ? `${y}年${mo + 1}月` : `${mo + 1}月`;
    if (step >= DAY_MS) return newYear ? `${y}年${mo + 1}月${day}日` : newMonth ? `${mo + 1}月${day}日` : `${day}日`;
    return newYear ? `${y}年${mo + 1}月${day}日 ${hm}` : newDay ? `${mo + 1}月${day}日 ${hm}` : hm;
  }
  if (step >= 300 * DAY_MS) return String(y);
  if (step >= 28 * DAY_MS) return newYear ? `${MONTHS[mo]} ${y}` : MONTHS[mo]!;
  if (step >= DAY_MS) return newYear ? `${day} ${MONTHS[mo]} ${y}` : newMonth ? `${day} ${MONTHS[mo]}` : String(day);
  return newYear ? `${day} ${MONTHS[mo]} ${y} ${hm}` : newDay ? `${day} ${MONTHS[mo]} ${hm}` : hm;
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
    const mine = input.marks.filter((m) => m.articles.includes(lane));
    const before = mine.filter((m) => m.endMs < domain[0]);
    const after = mine.filter((m) => m.startMs > domain[1]);
    for (const p of input.publications ?? []) {
      if (p.articleId === lane && p.ms >= domain[0] && p.ms <= domain[1]) publications.push({ articleId: lane, x: x(p.ms), y, height: rows * rowHeight });
    }
    laneBoxes.push({
      key: lane,
      y,
      height: rows * rowHeight,
      rows,
      before: before.length,
      after: after.length,
      nearestBefore: before.length > 0 ? Math.max(...before.map((m) => m.endMs)) : null,
      nearestAfter: after.length > 0 ? Math.min(...after.map((m) => m.startMs)) : null,
    });
    y += rows * rowHeight + laneGap;
  }

  const count = Math.max(2, Math.floor(width / (input.tickSpacing ?? 90)));
  const at = scale.ticks(count).map((d) => d.getTime());
  const step = at.length > 1 ? at[1]! - at[0]! : domain[1] - domain[0];
  const ticks = at.map((ms, i) => ({ ms, x: x(ms), label: utcTickLabel(ms, i > 0 ? at[i - 1]! : null, step, input.lang ?? 'en') }));
  return { width, height: Math.max(0, y - laneGap), ticks, lanes: laneBoxes, marks: placed, publications };
}
