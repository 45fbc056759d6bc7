import { RANK } from './atom';
import { addDays, fmtDay, isoWeekday, type Ymd } from './calendar';
import { at, type Rule } from './rule';

/** Fixed-date days known by name (六四 = 4 June); the year follows the year-less date rules. */
const FIXED: Readonly<Record<string, [number, number]>> = {
  六四: [6, 4], 元旦: [1, 1], 情人节: [2, 14], 情人節: [2, 14], 劳动节: [5, 1], 勞動節: [5, 1], 儿童节: [6, 1], 兒童節: [6, 1],
  国庆节: [10, 1], 國慶節: [10, 1], 双十节: [10, 10], 雙十節: [10, 10], 圣诞节: [12, 25], 聖誕節: [12, 25], 平安夜: [12, 24],
  九一一: [9, 11],
};

/** Days defined as the n-th weekday of a month: 父亲节 = third Sunday of June. */
const FLOATING: Readonly<Record<string, [month: number, n: number, weekday: number]>> = {
  父亲节: [6, 3, 7], 父親節: [6, 3, 7], 母亲节: [5, 2, 7], 母親節: [5, 2, 7], 感恩节: [11, 4, 4], 感恩節: [11, 4, 4],
};

function nthWeekday(y: number, month: number, n: number, weekday: number): Ymd {
  const first: Ymd = { y, m: month, d: 1 };
  return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
}

/** Named days: fixed ones merge with a preceding year (今年六四); floating ones resolve on their own. */
export const namedDayRules: readonly Rule[] = [
  {
    name: 'zh-named-day',
    re: new RegExp(`(${Object.keys(FIXED).join('|')})(?![0-9０-９一二三四五六七八九十])`, 'g'),
    build: (m) => {
      const [month, day] = FIXED[m[1] ?? ''] ?? [0, 0];
      return { start: at(m), end: at(m) + m[0].length, rule: 'zh-named-day', priority: 10, rank: RANK.day, fields: { month, day }, relative: true };
    },
  },
  {
    name: 'zh-floating-day',
    re: new RegExp(`(${Object.keys(FLOATING).join('|')})`, 'g'),
    build: (m) => {
      const [month, n, weekday] = FLOATING[m[1] ?? ''] ?? [1, 1, 1];
      return {
        start: at(m), end: at(m) + m[0].length, rule: 'zh-floating-day', priority: 10, relative: true,
        standalone: (ctx) => {
          if (ctx.pub === null) return null;
          const y = month - ctx.pub.m > 6 ? ctx.pub.y - 1 : ctx.pub.y;
          const day = nthWeekday(y, month, n, weekday);
          return { value: fmtDay(day), kind: 'date', day };
        },
      };
    },
  },
];
