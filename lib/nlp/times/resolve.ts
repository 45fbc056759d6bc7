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
 * - a part of the day (下午) gives the plain day; a clock time gives `YYYY-MM-DDTHH:MM`;
 * - fuzzy parts of a unit (初/中/底, 稍早, 晚些时候) give the enclosing unit (`2023-02`, `2023`,
 *   the week's interval); 上半年/下半年 and 上半月/下半月 are the exact halves;
 * - X以来 takes the value of X (`2018年以来` → `2018`);
 * - 本/这个 + weekday is that day of the publication's ISO week, or the most recent such day
 *   when that would be after publication and the clause is in the past tense (了, 已, 曾…).
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
      year = nearestYear(month, pub);
    }
    return subMonth(year, month, f.sub);
  }
  if (year !== undefined) return subYear(year, f.sub);
  if (f.clock !== undefined || f.part !== undefined) {
    const anchor = ctx.anchorDay ?? pub;
    if (anchor !== null) return withTime(anchor, f);
    return f.clock !== undefined ? { value: fmtTime(f.clock), kind: 'time' } : null;
  }
  return null;
}

/**
 * The year of a month (or month and day) written without one: the occurrence nearest the
 * publication, within six months either way (`Jan. 20` in a November 2016 story is 2017-01-20,
 * `December` in a March story is last December), for every language and outlet alike.
 */
function nearestYear(month: number, pub: Ymd): number {
  if (month - pub.m > 6) return pub.y - 1;
  if (pub.m - month > 6) return pub.y + 1;
  return pub.y;
}

/** The single day the fields point at; null when they do not name a day. */
function resolveDay(f: Fields, ctx: ResolveContext, year: number | undefined, month: number | undefined): Ymd | null | 'unresolved' {
  const pub = ctx.pub;
  if (f.day !== undefined) {
    if (month !== undefined) {
      if (year === undefined) {
        if (pub === null) return 'unresolved';
        year = nearestYear(month, pub);
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
    const back = (isoWeekday(pub) - f.weekday + 7) % 7;
    if (f.weekRel !== undefined) {
      const inWeek = addDays(mondayOf(pub), 7 * f.weekRel + f.weekday - 1);
      // 这周日 in a past-tense clause cannot be after publication: the most recent such day.
      return f.weekRel === 0 && ctx.past && toDayNumber(inWeek) > toDayNumber(pub) ? addDays(pub, -back) : inWeek;
    }
    if (back === 0) return pub;
    return ctx.future ? addDays(pub, 7 - back) : addDays(pub, -back);
  }
  return null;
}

/** A day, or a local wall time when a clock time is given; a part of the day alone keeps the plain day. */
function withTime(day: Ymd, f: Fields): Resolved {
  if (f.clock !== undefined) return { value: fmtDateTime(day, f.clock), kind: 'datetime', day };
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
  // 本周初, 本周稍早, 本周以来: the enclosing week.
  return { value: interval(monday, addDays(monday, 6)), kind: 'interval' };
}

/** A month: the halves are intervals; every other part (初, 中旬, 底, 稍早, 以来) is the month itself. */
function subMonth(y: number, m: number, sub: SubPeriod | undefined): Resolved {
  const day = (d: number): Ymd => ({ y, m, d });
  if (sub === 'firstHalf') return { value: interval(day(1), day(15)), kind: 'interval', year: y };
  if (sub === 'secondHalf') return { value: interval(day(16), day(daysInMonth(y, m))), kind: 'interval', year: y };
  return { value: fmtMonth(y, m), kind: 'month', year: y };
}

/** A year: the halves are intervals; every other part (年初, 年底, 晚些时候, 以来) is the year itself. */
function subYear(y: number, sub: SubPeriod | undefined): Resolved {
  const d = (m: number, dd: number): Ymd => ({ y, m, d: dd === 0 ? daysInMonth(y, m) : dd });
  if (sub === 'firstHalf') return { value: interval(d(1, 1), d(6, 0)), kind: 'interval', year: y };
  if (sub === 'secondHalf') return { value: interval(d(7, 1), d(12, 0)), kind: 'interval', year: y };
  return { value: fmtYear(y), kind: 'year', year: y };
}
