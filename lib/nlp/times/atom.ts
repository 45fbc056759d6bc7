import type { Ymd } from './calendar';

/** The `kind` values of a TimeMention. */
export type TimeKind = 'date' | 'month' | 'year' | 'datetime' | 'interval' | 'duration' | 'time';

/** Modifier on the finest calendar unit of an expression. */
export type SubPeriod =
  | 'early' // 初, 上旬, early
  | 'mid' // 中, 中旬, mid-
  | 'late' // 底, 末, 下旬, late
  | 'firstHalf' // 上半年
  | 'secondHalf' // 下半年
  | 'earlier' // 稍早, 早些时候
  | 'later' // 晚些时候
  | 'since'; // 以来 (kept off the span): the unit itself

/**
 * What a calendar expression fixes: absolute or relative year/month/day, weekday, week,
 * part of day and clock time. Atoms of one expression (`2023年` `6月` `18日` `下午` `3时`)
 * are merged field by field before resolution.
 */
export interface Fields {
  year?: number;
  /** Years after the publication year: 去年 = -1. */
  yearRel?: number;
  /** Year of the last resolved expression (+n): 同年 = 0, 次年 = 1. */
  yearAnaphor?: number;
  month?: number;
  monthRel?: number;
  day?: number;
  /** Days after the publication day: 昨天 = -1. */
  dayRel?: number;
  /** Days after the last resolved day: 当天 = 0, 次日 = 1. */
  dayAnaphor?: number;
  /** ISO weekday 1–7. */
  weekday?: number;
  /** Weeks after the publication week: 上周 = -1, 本周 = 0. */
  weekRel?: number;
  /** The whole week (本周) or its weekend (本周末). */
  week?: 'week' | 'weekend';
  /** Part of the day as minutes since midnight `[start, end]`. */
  part?: readonly [number, number];
  /** Clock time in minutes since midnight (already shifted to 24 h when the part says so). */
  clock?: number;
  sub?: SubPeriod;
}

/** The resolved value of an expression. */
export interface Resolved {
  value: string;
  kind: TimeKind;
  /** The single day this expression points at, the anchor of later 当天/次日. */
  day?: Ymd;
  /** The year it points at, the anchor of later 同年. */
  year?: number;
  /** The clock time it points at (minutes since midnight), the anchor of later 事发后N小时. */
  clock?: number;
}

/** What a resolver knows besides the expression itself. */
export interface ResolveContext {
  /** Publication day in the outlet's zone, or null when unknown. */
  pub: Ymd | null;
  /** Last day a preceding expression pointed at. */
  anchorDay: Ymd | null;
  /** Clock time (minutes since midnight) of the last expression that gave one on `anchorDay`. */
  anchorClock?: number | null;
  anchorYear: number | null;
  /** True when the clause talks about plans (将, 预计, will…). */
  future: boolean;
  /** True when the clause is in the past tense (了, 已, 曾, 过…) and not about plans. */
  past: boolean;
}

/** Granularity of an atom, coarse to fine; atoms merge only in increasing rank order. */
export const RANK = { year: 1, month: 2, week: 3, day: 4, part: 5, clock: 6 } as const;
export type Rank = (typeof RANK)[keyof typeof RANK];

/**
 * One matched piece of a time expression. Calendar atoms carry `fields` and merge with their
 * neighbours; standalone atoms (durations, 五年来, decades) resolve on their own.
 */
export interface Atom {
  start: number;
  end: number;
  /** Rule name, for messages and tie-breaking. */
  rule: string;
  /** Higher wins when two candidates cover the same span. */
  priority: number;
  fields?: Fields;
  rank?: Rank;
  standalone?: (ctx: ResolveContext) => Resolved | null;
  /** Needs the publication date (or an anchor) to resolve. */
  relative: boolean;
}
