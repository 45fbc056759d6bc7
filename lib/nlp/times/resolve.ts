import type { Fields, ResolveContext, Resolved, SubPeriod } from './atom';
import {
  addDays, addMonths, daysInMonth, fmtDateTime, fmtDay, fmtMonth, fmtTime, fmtYear, isoWeekday, mondayOf, toDayNumber, type Ymd,
} from './calendar';

/**
 * Resolves merged calendar fields against the publication day (and the last resolved day for
 * 当天/次日). Conventions:
 * - a bare weekday is the most recent such day up to publication (same day counts), or the
 *   next one when the clause speaks of plans; 本/上/下周X take that ISO week (Monday first);
 * - a bare day (18日) is in the publication month, or the previous month when it would be
 *   more than 10 days in the future;
 * - a month without a year takes the publication year, or the previous year when that puts
 *   it more than 6 months in the future;
 * - 初/中/底 split a month 1–10/11–20/21–end and a year into Jan–Feb/Jun–Jul/Nov–Dec.
 */
export function resolveFields(f: Fields, ctx: ResolveContext): Resolved | null {
  const pub = ctx.pub;
  let year = f.year;
  if (year === undefined && f.yearRel !== undefined) {
    if (pub === null) return null;
    year = pub.y + f.yearRel;
  }
  if (year === undefined && f.yearAnaphor !== undefined) {
    const base = ctx.anchorYear ?? pub?.y;
    if (base === undefined) return null;
    year = base + f.yearAnaphor;
  }
  let month = f.month;
  if (month === undefined && f.monthRel !== undefined) {
    if (pub === null) return null;
    const shifted = addMonths({ y: pub.y, m: pub.m, d: 1 }, f.monthRel);
    year ??= shifted.y;
    month = shifted.m;
  }
  const day = resolveDay(f, ctx, year, month);
  if (day === 'unresolved') return null;
  if (day !== null) return withTime(day, f);
  if (f.week !== undefined) return resolveWeek(f, ctx);
  if (month !== undefined) {
    if (year === undefined) {
      if (pub === null) return null;
      year = month - pub.m > 6 ? pub.y - 1 : pub.y;
    }
    return subMonth(year, month, f.sub, ctx);
  }
  if (year !== undefined) return subYear(year, f.sub, ctx);
  if (f.clock !== undefined || f.part !== undefined) {
    const anchor = ctx.anchorDay ?? pub;
    if (anchor !== null) return withTime(anchor, f);
    return f.clock !== undefined ? { value: fmtTime(f.clock), kind: 'time' } : null;
  }
  return null;
}

/** The single day the fields point at; null when they do not name a day. */
function resolveDay(f: Fields, ctx: ResolveContext, year: number | undefined, month: number | undefined): Ymd | null | 'unresolved' {
  const pub = ctx.pub;
  if (f.day !== undefined) {
    if (month !== undefined) {
      if (year === undefined) {
        if (pub === null) return 'unresolved';
        year = month - pub.m > 6 ? pub.y - 1 : pub.y;
      }
      return f.day <= daysInMonth(year, month) ? { y: year, m: month, d: f.day } : 'unresolved';
    }
    if (pub === null) return 'unresolved';
    const inMonth = { y: pub.y, m: pub.m, d: f.day };
    if (f.day <= daysInMonth(pub.y, pub.m) && f.day - pub.d <= 10) return inMonth;
    const prev = addMonths({ y: pub.y, m: pub.m, d: 1 }, -1);
    return f.day <= daysInMonth(prev.y, prev.m) ? { ...prev, d: f.day } : 'unresolved';
  }
  if (f.dayRel !== undefined) return pub === null ? 'unresolved' : addDays(pub, f.dayRel);
  if (f.dayAnaphor !== undefined) {
    const base = ctx.anchorDay ?? pub;
    return base === null ? 'unresolved' : addDays(base, f.dayAnaphor);
  }
  if (f.weekday !== undefined) {
    if (pub === null) return 'unresolved';
    if (f.weekRel !== undefined) return addDays(mondayOf(pub), 7 * f.weekRel + f.weekday - 1);
    const back = (isoWeekday(pub) - f.weekday + 7) % 7;
    if (back === 0) return pub;
    return ctx.future ? addDays(pub, 7 - back) : addDays(pub, -back);
  }
  return null;
}

/** A day refined by a part of the day (interval) or a clock time (datetime). */
function withTime(day: Ymd, f: Fields): Resolved {
  if (f.clock !== undefined) return { value: fmtDateTime(day, f.clock), kind: 'datetime', day };
  if (f.part !== undefined) {
    return { value: `${fmtDateTime(day, f.part[0])}/${fmtDateTime(day, f.part[1])}`, kind: 'interval', day };
  }
  return { value: fmtDay(day), kind: 'date', day };
}

const interval = (a: Ymd, b: Ymd): string => `${fmtDay(a)}/${fmtDay(b)}`;

function resolveWeek(f: Fields, ctx: ResolveContext): Resolved | null {
  const pub = ctx.pub;
  if (pub === null) return null;
  let monday: Ymd;
  if (f.weekRel !== undefined) monday = addDays(mondayOf(pub), 7 * f.weekRel);
  else {
    // A bare 周末: the weekend of this week when publication is on it or the clause speaks of plans, else the last one.
    const wd = isoWeekday(pub);
    monday = wd >= 6 || ctx.future ? mondayOf(pub) : addDays(mondayOf(pub), -7);
  }
  if (f.week === 'weekend') return { value: interval(addDays(monday, 5), addDays(monday, 6)), kind: 'interval' };
  const sunday = addDays(monday, 6);
  if (f.sub === 'earlier' || f.sub === 'since') return { value: interval(monday, minDay(pub, sunday)), kind: 'interval' };
  if (f.sub === 'later') return { value: interval(maxDay(pub, monday), sunday), kind: 'interval' };
  if (f.sub === 'early') return { value: interval(monday, addDays(monday, 2)), kind: 'interval' };
  return { value: interval(monday, sunday), kind: 'interval' };
}

const minDay = (a: Ymd, b: Ymd): Ymd => (toDayNumber(a) <= toDayNumber(b) ? a : b);
const maxDay = (a: Ymd, b: Ymd): Ymd => (toDayNumber(a) >= toDayNumber(b) ? a : b);

/** Spans from the unit's start to publication (稍早, 以来) or from publication to its end (晚些时候). */
function towardPub(first: Ymd, last: Ymd, sub: SubPeriod, pub: Ymd | null): string | null {
  if (pub === null) return null;
  if (sub === 'later') return interval(maxDay(pub, first), last);
  return interval(first, sub === 'since' ? pub : minDay(pub, last));
}

function subMonth(y: number, m: number, sub: SubPeriod | undefined, ctx: ResolveContext): Resolved | null {
  const last = daysInMonth(y, m);
  const day = (d: number): Ymd => ({ y, m, d });
  switch (sub) {
    case undefined:
      return { value: fmtMonth(y, m), kind: 'month', year: y };
    case 'early':
      return { value: interval(day(1), day(10)), kind: 'interval', year: y };
    case 'mid':
      return { value: interval(day(11), day(20)), kind: 'interval', year: y };
    case 'late':
      return { value: interval(day(21), day(last)), kind: 'interval', year: y };
    case 'firstHalf':
      return { value: interval(day(1), day(15)), kind: 'interval', year: y };
    case 'secondHalf':
      return { value: interval(day(16), day(last)), kind: 'interval', year: y };
    default: {
      const value = towardPub(day(1), day(last), sub, ctx.pub);
      return value === null ? null : { value, kind: 'interval', year: y };
    }
  }
}

function subYear(y: number, sub: SubPeriod | undefined, ctx: ResolveContext): Resolved | null {
  const d = (m: number, dd: number): Ymd => ({ y, m, d: dd === 0 ? daysInMonth(y, m) : dd });
  const span = (a: Ymd, b: Ymd): Resolved => ({ value: interval(a, b), kind: 'interval', year: y });
  switch (sub) {
    case undefined:
      return { value: fmtYear(y), kind: 'year', year: y };
    case 'early':
      return span(d(1, 1), d(2, 0));
    case 'mid':
      return span(d(6, 1), d(7, 0));
    case 'late':
      return span(d(11, 1), d(12, 0));
    case 'firstHalf':
      return span(d(1, 1), d(6, 0));
    case 'secondHalf':
      return span(d(7, 1), d(12, 0));
    default: {
      const value = towardPub(d(1, 1), d(12, 0), sub, ctx.pub);
      return value === null ? null : { value, kind: 'interval', year: y };
    }
  }
}
