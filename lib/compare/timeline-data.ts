import type { AnalyzedArticle } from '../schema/analysis';
import { claimTokens } from './claim-tokens';
import { parseDuration, parseTimeValue, type TimeRange } from './time-value';

/** One article's occurrence of a dated mention. */
export interface MarkSource {
  articleId: string;
  text: string;
  start: number;
  end: number;
  event?: string;
}

/** A placed time mark: one normalised value, merged across the articles that date the same event with it. */
export interface TimelineMark extends TimeRange {
  id: string;
  value: string;
  sources: MarkSource[];
  /** Distinct article ids of `sources`, in article order. */
  articles: string[];
}

/** A duration mention (`P…`): listed, never placed. */
export interface DurationItem extends MarkSource {
  value: string;
  ms: number | null;
}

export interface TimelineData {
  publications: { articleId: string; outletId: string; outlet: string; ms: number }[];
  marks: TimelineMark[];
  durations: DurationItem[];
  /** Values that could not be placed (e.g. a bare time of day), per article. */
  unplaced: (MarkSource & { value: string })[];
  /** Full extent of publications and marks, or null when nothing is dated. */
  extent: [number, number] | null;
  /** A sensible first view: the dense window around the publication times, padded. */
  initialDomain: [number, number] | null;
}

const DAY = 86_400_000;
/** How far before the first publication mentioned dates still belong to the story's "now". */
const LOOKBACK = 14 * DAY;
const LOOKAHEAD = 3 * DAY;

/** Whether two event clauses overlap in content (share a character bigram or entity), or one is missing. */
function eventsOverlap(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const ta = claimTokens(a, 0, []);
  const tb = claimTokens(b, 0, []);
  for (const t of ta.keys()) if (tb.has(t)) return true;
  return false;
}

/**
 * The timeline of a comparison: each article's publication time and every dated mention
 * placed at its normalised value (UTC; local days as UTC days), merged across articles when
 * they give the same value to overlapping events. Durations are listed separately.
 */
export function timelineData(articles: readonly AnalyzedArticle[]): TimelineData {
  const publications = articles.flatMap((a) => {
    const ms = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
    return Number.isNaN(ms) ? [] : [{ articleId: a.id, outletId: a.outlet.id, outlet: a.outlet.name, ms }];
  });
  const marks: TimelineMark[] = [];
  const durations: DurationItem[] = [];
  const unplaced: TimelineData['unplaced'] = [];
  for (const article of articles) {
    const times = [...article.times].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const t of times) {
      const source: MarkSource = { articleId: article.id, text: t.text, start: t.start, end: t.end, ...(t.event ? { event: t.event } : {}) };
      if (t.value.startsWith('P')) {
        durations.push({ ...source, value: t.value, ms: parseDuration(t.value) });
        continue;
      }
      const range = parseTimeValue(t.value);
      if (!range) {
        unplaced.push({ ...source, value: t.value });
        continue;
      }
      const same = marks.find((m) => m.value === t.value && m.sources.some((s) => eventsOverlap(s.event, t.event)));
      if (same) {
        same.sources.push(source);
        if (!same.articles.includes(article.id)) same.articles.push(article.id);
      } else marks.push({ id: '', value: t.value, ...range, sources: [source], articles: [article.id] });
    }
  }
  marks.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || a.value.localeCompare(b.value));
  marks.forEach((m, i) => (m.id = `t${i + 1}`));

  const points = [...publications.map((p) => [p.ms, p.ms] as const), ...marks.map((m) => [m.startMs, m.endMs] as const)];
  const extent: [number, number] | null = points.length
    ? [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))]
    : null;
  return { publications, marks, durations, unplaced, extent, initialDomain: initialDomain(publications.map((p) => p.ms), marks, extent) };
}

/**
 * The dense window: publication times plus the marks that fall from two weeks before the
 * first to three days after the last publication, padded by 10% (at least half a day).
 * Without publications, the full extent.
 */
function initialDomain(pubs: number[], marks: readonly TimelineMark[], extent: [number, number] | null): [number, number] | null {
  if (!extent) return null;
  if (pubs.length === 0) return extent;
  const first = Math.min(...pubs);
  const last = Math.max(...pubs);
  let lo = first;
  let hi = last;
  for (const m of marks) {
    if (m.startMs >= first - LOOKBACK && m.endMs <= last + LOOKAHEAD) {
      lo = Math.min(lo, m.startMs);
      hi = Math.max(hi, m.endMs);
    }
  }
  const pad = Math.max(DAY / 2, (hi - lo) * 0.1);
  return [lo - pad, hi + pad];
}
