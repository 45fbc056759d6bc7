import { RANK, type Atom, type Fields, type Rank } from './atom';
import type { Duration, DurationUnit } from './duration';
import { clockMinutes, PARTS_OF_DAY } from './parts-of-day';
import { addDays, fmtDay, isoWeekday, type Ymd } from './calendar';
import { at, type Rule } from './rule';
import { spanAtom, type SpanMode } from './span-atom';
import { subPeriodOf } from './sub-period';

/** English rules: weekdays, month-day dates, relative days/weeks/months/years, clock times, durations. */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SRC =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY_SRC = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100,
};

const monthOf = (word: string): number => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().replace('.', '').slice(0, 3))) + 1;

function atom(m: RegExpExecArray, rule: string, rank: Rank, fields: Fields, relative: boolean, priority = 10): Atom {
  return { start: at(m), end: at(m) + m[0].length, rule, priority, rank, fields, relative };
}

function relWord(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  return w === 'last' || w === 'past' ? -1 : w === 'next' ? 1 : w === 'this' ? 0 : undefined;
}

function unitOf(word: string): DurationUnit {
  const w = word.toLowerCase();
  if (w.startsWith('year')) return 'Y';
  if (w.startsWith('decade')) return 'Y';
  if (w.startsWith('month')) return 'M';
  if (w.startsWith('week')) return 'W';
  if (w.startsWith('day')) return 'D';
  if (w.startsWith('hour')) return 'H';
  if (w.startsWith('minute')) return 'min';
  return 's';
}

/** The latest such weekday strictly before `pub` (dir -1) or the first strictly after it (dir 1). */
function nearestWeekday(pub: Ymd, weekday: number, dir: -1 | 1): Ymd {
  const diff = dir === -1 ? (isoWeekday(pub) - weekday + 7) % 7 || 7 : (weekday - isoWeekday(pub) + 7) % 7 || 7;
  return addDays(pub, dir * diff);
}

/** The n-th (1-based; -1 = last) `weekday` of a month. */
function nthWeekday(y: number, m: number, n: number, weekday: number): Ymd {
  if (n > 0) {
    const first: Ymd = { y, m, d: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays({ y: m === 12 ? y + 1 : y, m: m === 12 ? 1 : m + 1, d: 1 }, -1);
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** English named days: fixed dates and days defined by a weekday rule, in the publication year. */
const NAMED_DAYS: Readonly<Record<string, (y: number) => Ymd>> = {
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  'veterans day': (y) => ({ y, m: 11, d: 11 }),
  'armistice day': (y) => ({ y, m: 11, d: 11 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'boxing day': (y) => ({ y, m: 12, d: 26 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  'memorial day': (y) => nthWeekday(y, 5, -1, 1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  // US federal elections: the Tuesday after the first Monday of November.
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  'election night': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
};

/**
 * Numeric dates (`07/12/2024`, `7.12.24`) in the outlet's convention: month first for US
 * outlets, day first elsewhere; a part above 12 settles it whatever the convention. ISO
 * `2024-07-12` is read as written.
 */
export function enNumericDateRule(monthFirst: boolean): Rule {
  return {
    name: 'en-numeric-date',
    re: /\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})([/.])(\d{1,2})\5(\d{4}|\d{2}))\b(?![/.]\d)/g,
    build: (m) => {
      if (m[1]) return atom(m, 'en-numeric-date', RANK.day, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, false, 25);
      const a = Number(m[4]);
      const b = Number(m[6]);
      const y = m[7]!.length === 2 ? 2000 + Number(m[7]) : Number(m[7]);
      let [month, day] = monthFirst ? [a, b] : [b, a];
      if (month > 12 && day <= 12) [month, day] = [day, month];
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      return atom(m, 'en-numeric-date', RANK.day, { year: y, month, day }, false, 25);
    },
  };
}

export const enRules: readonly Rule[] = [
  {
    name: 'en-named-day',
    re: new RegExp(`\\b(${Object.keys(NAMED_DAYS).map((k) => k.replace(/'/g, "['’]")).join('|')})\\b`, 'gi'),
    build: (m) => {
      const key = (m[1] ?? '').toLowerCase().replace('’', "'");
      const of = NAMED_DAYS[key];
      if (!of) return null;
      // Lower-case `christmas`/`halloween` alone is fine; `election day` needs both words (it is).
      return {
        start: at(m), end: at(m) + m[0].length, rule: 'en-named-day', priority: 12, relative: true,
        standalone: (ctx) => {
          const y = ctx.anchorYear ?? ctx.pub?.y;
          if (y === undefined || y === null) return null;
          const day = of(ctx.pub && ctx.anchorYear === null ? ctx.pub.y : y);
          return { value: fmtDay(day), kind: 'date', day };
        },
      };
    },
  },
  {
    name: 'en-year-range',
    // from 2009 to 2012 | between 2009 and 2012 | 2009-2012 | 2009–12
    re: /\b(?:(?:from|between)\s+)?(1[89]\d\d|20\d\d)\s*(?:to|and|-|–|—|until|through)\s*(1[89]\d\d|20\d\d|\d\d)\b(?!\s*(?:people|percent|%))/g,
    build: (m) => {
      const a = Number(m[1]);
      const b = m[2]!.length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (b <= a || b - a > 200) return null;
      const before = m.input.slice(Math.max(0, at(m) - 12), at(m));
      if (!/^(?:from|between)/i.test(m[0]) && !/(?:in|from|between|during|of|the)\s$/i.test(before) && !/[-–—]/.test(m[0])) return null;
      return { start: at(m), end: at(m) + m[0].length, rule: 'en-year-range', priority: 22, relative: false, standalone: () => ({ value: `${a}/${b}`, kind: 'interval' }) };
    },
  },
  {
    name: 'en-date',
    // (Sunday,) June 18(, 2023) | 18 June 2023
    re: new RegExp(
      `\\b(?:${WEEKDAY_SRC},?\\s+)?(?:${MONTH_SRC}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_SRC})(?:,?\\s+(\\d{4})\\b)?`,
      'g',
    ),
    build: (m) => {
      const month = monthOf(m[2] ?? m[5] ?? '');
      const day = Number(m[3] ?? m[4]);
      if (month < 1 || day < 1 || day > 31) return null;
      const year = m[6] ? Number(m[6]) : undefined;
      return atom(m, 'en-date', RANK.day, { year, month, day }, year === undefined, 20);
    },
  },
  {
    name: 'en-month',
    re: new RegExp(`(?<=\\b(?:in|since|by|from|until|through|during|early|late|mid|of|last|next|this)[\\s-])${MONTH_SRC}(?:,?\\s+(\\d{4})\\b)?|\\b${MONTH_SRC}\\s+(\\d{4})\\b`, 'g'),
    build: (m) => {
      const word = m[1] ?? m[3] ?? '';
      if (/^May$/.test(word) && !m[2] && !m[4]) {
        const before = m.input.slice(Math.max(0, at(m) - 6), at(m));
        if (!/\b(in|since|of)\s$/.test(before)) return null;
      }
      const yearText = m[2] ?? m[4];
      const year = yearText ? Number(yearText) : undefined;
      const before = m.input.slice(Math.max(0, at(m) - 6), at(m)).toLowerCase();
      const sub = /early\s$/.test(before) ? 'early' : /mid-$/.test(before) ? 'mid' : /late\s$/.test(before) ? 'late' : undefined;
      return atom(m, 'en-month', RANK.month, { year, month: monthOf(word), sub: subPeriodOf(sub) }, year === undefined, 15);
    },
  },
  {
    name: 'en-year',
    re: /(?<=\b(?:in|since|by|from|until|through|during|before|after|of|year|early|late|mid)[\s-])(1[89]\d\d|20\d\d)\b(?!\s*(?:people|percent|%))/g,
    build: (m) => atom(m, 'en-year', RANK.year, { year: Number(m[1]) }, false, 12),
  },
  {
    // A year modifying a noun after a determiner: `the 2012 champion`, `its 2018 season`, `the 1997 election`.
    name: 'en-year-modifier',
    re: /(?<=\b(?:[Tt]he|its|his|her|their|this|that)\s)(19[5-9]\d|20[0-4]\d)(?=\s+[A-Za-z])(?!\s+(?:people|percent|of|to|and|or|per)\b)/g,
    build: (m) => atom(m, 'en-year', RANK.year, { year: Number(m[1]) }, false, 12),
  },
  {
    name: 'en-decade',
    re: /\b(1[89]\d0|20\d0)s\b/g,
    build: (m) => ({
      start: at(m), end: at(m) + m[0].length, rule: 'en-decade', priority: 12, relative: false,
      standalone: () => ({ value: (m[1] ?? '').slice(0, 3), kind: 'year' }), // ISO 8601 decade
    }),
  },
  {
    name: 'en-weekday',
    re: new RegExp(`\\b(?:(last|next|this)\\s+)?${WEEKDAY_SRC}(?:\\s+(morning|afternoon|evening|night))?\\b`, 'g'),
    build: (m) => {
      const weekday = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase()) + 1;
      const rel = relWord(m[1]);
      const part = m[3] ? PARTS_OF_DAY[m[3].toLowerCase()] : undefined;
      // `last Tuesday` is the latest Tuesday before publication and `next Tuesday` the first one
      // after it, so that they agree with another outlet's bare `Tuesday` for the same day.
      if (rel === -1 || rel === 1) {
        return {
          start: at(m), end: at(m) + m[0].length, rule: 'en-weekday', priority: 10, relative: true,
          standalone: (ctx) => {
            if (ctx.pub === null) return null;
            const day = nearestWeekday(ctx.pub, weekday, rel);
            return { value: fmtDay(day), kind: 'date', day };
          },
        };
      }
      return atom(m, 'en-weekday', RANK.day, { weekday, weekRel: rel, part }, true);
    },
  },
  {
    name: 'en-day-rel',
    re: /\b(today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b/gi,
    build: (m) => {
      const w = (m[1] ?? '').toLowerCase();
      const dayRel = w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
      const partWord = w === 'tonight' || w === 'last night' ? 'night' : w.startsWith('this ') ? w.slice(5) : undefined;
      return atom(m, 'en-day-rel', RANK.day, { dayRel, part: partWord ? PARTS_OF_DAY[partWord] : undefined }, true);
    },
  },
  {
    name: 'en-period-rel',
    re: /\b(?:(earlier|later)\s+)?(last|next|this|past)\s+(week(?:end)?|month|year)\b/gi,
    build: (m) => {
      const rel = relWord(m[2]) ?? 0;
      const unit = (m[3] ?? '').toLowerCase();
      const sub = subPeriodOf(m[1]?.toLowerCase());
      if (unit === 'year') return atom(m, 'en-year-rel', RANK.year, { yearRel: rel, sub }, true);
      if (unit === 'month') return atom(m, 'en-month-rel', RANK.month, { monthRel: rel, sub }, true);
      return atom(m, 'en-week', RANK.week, { week: unit === 'weekend' ? 'weekend' : 'week', weekRel: rel, sub }, true);
    },
  },
  {
    name: 'en-clock',
    re: /\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|\b(noon|midnight)\b/gi,
    build: (m) => {
      if (m[4]) return atom(m, 'en-clock', RANK.clock, { clock: m[4].toLowerCase() === 'noon' ? 720 : 0 }, true);
      const hour = Number(m[1]);
      if (hour < 1 || hour > 12) return null;
      const pm = (m[3] ?? '').toLowerCase().startsWith('p');
      const clock = clockMinutes(hour % 12, Number(m[2] ?? 0), undefined);
      return clock === null ? null : atom(m, 'en-clock', RANK.clock, { clock: clock + (pm ? 720 : 0) }, true, 15);
    },
  },
  {
    name: 'en-duration',
    re: /\b(?:(?<=\bthe\s)(past|last|next|coming)\s+)?(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|a few|several|few)(\s+and\s+a\s+half)?(?:\s+|-)(years?|decades?|months?|weeks?|days?|hours?|minutes?)(\s+and\s+a\s+half)?(\s+ago|\s+later)?\b/gi,
    build: (m) => {
      const [, pre, qty = '', halfA, unitWord = '', halfB, post] = m;
      const q = qty.toLowerCase();
      // "a day" alone is too vague to be a mention; "a day ago", "the past year", "more than an hour" are kept.
      const measured = /\b(?:more than|less than|over|under|about|around|nearly|almost|at least|within|for|after|lasted|took)\s$/i.test(m.input.slice(Math.max(0, at(m) - 12), at(m)));
      if ((q === 'a' || q === 'an') && !post && !pre && !halfA && !halfB && !measured) return null;
      // Adjectival `90-minute`, `four-day` take the singular unit; ages (`42-year-old`) are no durations.
      if (m[0].includes('-') && /s$/i.test(unitWord)) return null;
      if (/^[-\s]old\b/.test(m.input.slice(at(m) + m[0].length))) return null;
      const vague = /few|several/.test(q);
      let amount = vague ? null : /^\d/.test(q) ? Number(q) : (COUNT_WORDS[q] ?? null);
      if (!vague && amount === null) return null;
      if (amount !== null && (halfA || halfB)) amount += 0.5;
      const decade = /^decade/i.test(unitWord);
      if (decade && amount !== null) amount *= 10;
      const d: Duration = { amount, unit: unitOf(unitWord), tens: decade && amount === null };
      const p = post?.trim().toLowerCase();
      const mode: SpanMode = p === 'ago' ? 'ago' : p === 'later' ? 'later' : pre ? (/past|last/i.test(pre) ? 'past' : 'future') : 'length';
      return spanAtom(at(m), at(m) + m[0].length, 'en-duration', d, mode);
    },
  },
];
