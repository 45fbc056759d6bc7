import { at, type Rule } from './rule';

const RANGE = '(?:至|到|—|－|-|～|~)';
const YEAR_REL: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1 };
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Ranges of days, months and years written with 至/到/-: `6月18日至20日` = `2024-06-18/2024-06-20`, `今年1至4月` = `2024-01/2024-04`, `2023年1月至4月`,
 * `2015至2017年` = `2015/2017` (ISO 8601 intervals; the first bound borrows the unit and year of
 * the second). A month range needs its year: without one (`6至8月的雨季`) it is as often a season
 * that recurs, a set the guide does not annotate.
 */
export const zhRangeRules: readonly Rule[] = [
  {
    name: 'zh-month-range',
    re: new RegExp(`(?:(今年|去年|前年|明年)|(?<![0-9０-９])((?:19|20)[0-9]{2})年)(?<![0-9０-９])([0-9]{1,2})月?${RANGE}([0-9]{1,2})月(?:份)?`, 'g'),
    needs: ['至', '到', '—', '－', '-', '～', '~'],
    build: (m) => {
      const [, rel, year, first, last] = m;
      const a = Number(first);
      const b = Number(last);
      if (!(a >= 1 && a < b && b <= 12)) return null;
      return {
        start: at(m), end: at(m) + m[0].length, rule: 'zh-month-range', priority: 20, relative: rel !== undefined,
        standalone: (ctx) => {
          const y = year !== undefined ? Number(year) : ctx.pub === null ? null : ctx.pub.y + (YEAR_REL[rel ?? ''] ?? 0);
          if (y === null) return null;
          return { value: `${y}-${pad(a)}/${y}-${pad(b)}`, kind: 'interval', year: y };
        },
      };
    },
  },
  {
    name: 'zh-year-range',
    re: new RegExp(`(?<![0-9０-９])((?:19|20)[0-9]{2})年?${RANGE}((?:19|20)[0-9]{2})年`, 'g'),
    needs: ['至', '到', '—', '－', '-', '～', '~'],
    build: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (!(a < b)) return null;
      return { start: at(m), end: at(m) + m[0].length, rule: 'zh-year-range', priority: 20, relative: false, standalone: () => ({ value: `${a}/${b}`, kind: 'interval', year: b }) };
    },
  },
  {
    name: 'zh-day-range',
    re: new RegExp(`(?:(今年|去年|前年|明年)|(?<![0-9０-９])((?:19|20)[0-9]{2})年)?(?<![0-9０-９])([0-9]{1,2})月([0-9]{1,2})[日号號]?${RANGE}([0-9]{1,2})[日号號]`, 'g'),
    needs: ['至', '到', '—', '－', '-', '～', '~'],
    build: (m) => {
      const [, rel, year, month, first, last] = m;
      const mo = Number(month);
      const a = Number(first);
      const b = Number(last);
      if (!(mo >= 1 && mo <= 12 && a >= 1 && a < b && b <= 31)) return null;
      return {
        start: at(m), end: at(m) + m[0].length, rule: 'zh-day-range', priority: 20, relative: year === undefined,
        standalone: (ctx) => {
          // Without a year, the month's year as for a year-less date: a month more than six months ahead is last year's.
          const y =
            year !== undefined ? Number(year) : ctx.pub === null ? null : rel !== undefined ? ctx.pub.y + (YEAR_REL[rel] ?? 0) : mo - ctx.pub.m > 6 ? ctx.pub.y - 1 : ctx.pub.y;
          if (y === null) return null;
          return { value: `${y}-${pad(mo)}-${pad(a)}/${y}-${pad(mo)}-${pad(b)}`, kind: 'interval', year: y };
        },
      };
    },
  },
];
