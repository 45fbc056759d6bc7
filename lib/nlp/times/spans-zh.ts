import type { Atom, Resolved } from './atom';
import { fmtYear } from './calendar';
import type { Duration, DurationUnit } from './duration';
import { parseNumber, ZH_NUM_CHAR } from './numerals';
import { at, type Rule } from './rule';
import { spanAtom, type SpanMode } from './span-atom';

/** Chinese standalone expressions: durations (五个半小时, 五年来 → `P5Y`), points (十年前), decades, centuries, 近日. */

const ZN = ZH_NUM_CHAR;
const QTY = `[0-9０-９]+(?:\\.[0-9]+)?|数十|數十|几十|幾十|十几|十幾|好几|好幾|数百|數百|几百|幾百|上百|${ZN}+|数|數|几|幾|半|多`;
const UNIT =
  '年(?![代级級度轻輕纪紀龄齡薪会會报報鉴鑑金货貨夜节節初底末中])|个月|個月|月|' +
  '个星期|個星期|星期(?![一二三四五六日天])|个礼拜|個禮拜|礼拜(?![一二三四五六日天])|禮拜(?![一二三四五六日天])|' +
  '周(?![年刊边邊围圍一二三四五六日末])|週(?![年刊邊圍一二三四五六日末])|天|日|' +
  '个小时|個小時|小时|小時|个钟头|個鐘頭|钟头|鐘頭|分钟|分鐘|秒钟|秒鐘|个世纪|個世紀|世纪|世紀';
const PRE = '近|过去|過去|最近|未来|未來|今后|今後|此后|此後|接下来|接下來|往后|往後';
const POST =
  '以来|以來|来|來|以前|之前|前(?![往进進线線夕景途任身者面所提锋鋒卫衛列后後])|以后|以後|之后|之後|后(?![果者方续續援勤备備台院宫宮悔代辈輩面门門劲勁卫衛])|後(?![果者方續援勤備台院宮悔代輩面門勁衛])|内|內|之内|之內';

function unitOf(word: string): DurationUnit | null {
  if (/年|世纪|世紀/.test(word)) return 'Y';
  if (/月/.test(word)) return 'M';
  if (/周|週|星期|礼拜|禮拜/.test(word)) return 'W';
  if (/[天日]/.test(word)) return 'D';
  if (/小时|小時|钟头|鐘頭/.test(word)) return 'H';
  if (/分/.test(word)) return 'min';
  if (/秒/.test(word)) return 's';
  return null;
}

/**
 * How a Chinese duration is used. N units + 来 (`五年来`, `近五年来`, `多年来`) is a length, like
 * `两天`; 近/过去 without 来 (`过去一年`) is the span ending at publication.
 */
function modeOf(pre: string | undefined, post: string | undefined): SpanMode {
  if (post && /来|來/.test(post)) return 'length';
  if (pre && /近|过去|過去|最近/.test(pre)) return 'past';
  if (pre) return 'future';
  if (!post) return 'length';
  if (/前/.test(post)) return 'ago';
  if (/[后後]/.test(post)) return 'later';
  return 'length';
}

const durationRule: Rule = {
  name: 'zh-duration',
  re: new RegExp(`(${PRE})?(?<![0-9０-９${ZN.slice(1, -1)}第])(${QTY})(个|個)?(多|余|餘|半)?(${UNIT})(半)?(多|余|餘)?(${POST})?`, 'g'),
  build: (m) => {
    const [, pre, qty = '', classifier, mid, unitWord = '', halfAfter, , post] = m;
    const unit = unitOf(unitWord);
    if (unit === null) return null;
    const vague = /^(数十|數十|几十|幾十|十几|十幾|好几|好幾|数百|數百|几百|幾百|上百|数|數|几|幾|多)$/.test(qty);
    let amount = vague ? null : qty === '半' ? 0.5 : parseNumber(qty);
    // A length with no amount (几天, 数十年来, 多年来) has no ISO value: not a time mention.
    if (vague || amount === null || amount === 0) return null;
    // Bare 月/日 after a plain numeral are month names and days (三月, 十八日), not lengths.
    if (unitWord === '月' && !classifier && !/^(半|几|幾|数|數)$/.test(qty) && mid === undefined) return null;
    if (unitWord === '日' && !post && !pre) return null;
    if (unitWord === '年' && /^[0-9０-９]{3,}$/.test(qty)) return null; // 2021年 is a year
    if ((unitWord === '周' || unitWord === '週') && qty === '四' && !post && !pre) return null; // 四周 = all around
    if (qty === '一' && /[前后後]$/.test(m.input.slice(Math.max(0, at(m) - 1), at(m))) && !pre) return null; // 前一天: relative to an event
    if (amount !== null && (mid === '半' || halfAfter)) amount += 0.5;
    if (/世纪|世紀/.test(unitWord) && amount !== null) amount *= 100;
    const d: Duration = { amount, unit };
    const mode = modeOf(pre, post);
    // 内 / 之内 are kept out of the span (the length is what matters).
    const keepPost = post !== undefined && !/内|內/.test(post);
    const end = at(m) + m[0].length - (post !== undefined && !keepPost ? post.length : 0);
    return spanAtom(at(m), end, 'zh-duration', d, mode);
  },
};

/** Words naming the event an article reports, before 后/前 and a length (事发后12小时, 案发后两天). */
const EVENT_WORD = '事发|事發|案发|案發|出事|事故发生|事故發生|事件发生|事件發生|袭击发生|襲擊發生|爆炸发生|爆炸發生|发生|發生';

/** `事发后12小时`: a length counted from the event whose time the article gave. */
const eventOffsetRule: Rule = {
  name: 'zh-event-offset',
  re: new RegExp(`(?:${EVENT_WORD})(?:之后|之後|后|後)(?:约|約|大约|大約|不到|近)?([0-9０-９]+(?:\\.[0-9]+)?|${ZN}+|半)(个|個)?(半)?(小时|小時|个小时|個小時|钟头|鐘頭|分钟|分鐘|天|日|周|週|个月|個月|年)(半)?(多|余|餘)?`, 'g'),
  build: (m) => {
    const qty = m[1] ?? '';
    const unit = unitOf(m[4] ?? '');
    let amount = qty === '半' ? 0.5 : parseNumber(qty);
    if (unit === null || amount === null || amount === 0) return null;
    if (m[3] || m[5]) amount += 0.5;
    return spanAtom(at(m), at(m) + m[0].length, 'zh-event-offset', { amount, unit }, 'after-event');
  },
};

function standalone(start: number, end: number, rule: string, resolve: Atom['standalone'], relative: boolean): Atom {
  return { start, end, rule, priority: 9, relative, standalone: resolve };
}

/** A decade at ISO 8601 reduced precision (`199` = the 1990s); 初/中/末 keep the enclosing decade, like 年初. */
function decadeValue(decade: number): Resolved {
  return { value: fmtYear(decade).slice(0, 3), kind: 'year' };
}

const decadeRule: Rule = {
  name: 'zh-decade',
  re: new RegExp(`(上世纪|上世紀|上个世纪|上個世紀|二十世纪|二十世紀|20世纪|20世紀)?([0-9０-９]{2,4}|${ZN}{2,4})年代(初期|中期|末期|初|中|末)?`, 'g'),
  needs: ['年代'],
  build: (m) => {
    const n = parseNumber(m[2] ?? '');
    if (n === null) return null;
    let decade = n;
    if (n < 100) decade = m[1] || n >= 30 ? 1900 + n : 2000 + n;
    if (decade % 10 !== 0 || decade < 1000 || decade > 2190) return null;
    const value = decadeValue(decade);
    return standalone(at(m), at(m) + m[0].length, 'zh-decade', () => value, false);
  },
};

const centuryRule: Rule = {
  name: 'zh-century',
  re: new RegExp(`(?:(上|本|下)(?:个|個)?|([0-9０-９]{1,2}|${ZN}{1,3}))(世纪|世紀)(初|中|末)?`, 'g'),
  needs: ['世纪', '世紀'],
  build: (m) => {
    const rel = m[1];
    const n = m[2] ? parseNumber(m[2]) : null;
    if (rel === undefined && (n === null || n < 1 || n > 22)) return null;
    const start = at(m);
    const end = start + m[0].length;
    if (n !== null) return standalone(start, end, 'zh-century', () => ({ value: fmtYear((n - 1) * 100).slice(0, 2), kind: 'year' }), false);
    const shift = rel === '上' ? -1 : rel === '下' ? 1 : 0;
    return standalone(start, end, 'zh-century', (ctx) => {
      if (ctx.pub === null) return null;
      const c = Math.floor((ctx.pub.y - 1) / 100) + shift; // 2023 → 20 (21st century)
      return { value: String(c).padStart(2, '0'), kind: 'year' }; // ISO 8601 century
    }, true);
  },
};

/**
 * `近年来` / `近几年来` ("in recent years"): the open interval ending at the publication year,
 * `../2023` (ISO 8601-2). 近日, 日前, 稍早 and the like have no calendar value and are not matched.
 */
const recentYearsRule: Rule = {
  name: 'zh-recent-years',
  re: /近(?:几|幾|些)?年(?:来|來|以来|以來)?/g,
  build: (m) => {
    const start = at(m);
    return standalone(start, start + m[0].length, 'zh-recent-years', (ctx) => {
      if (ctx.pub === null) return null;
      return { value: `../${fmtYear(ctx.pub.y)}`, kind: 'interval' };
    }, true);
  },
};

/** All Chinese standalone rules. */
export const zhSpanRules: readonly Rule[] = [eventOffsetRule, durationRule, decadeRule, centuryRule, recentYearsRule];
