import { RANK, type Atom, type Fields, type Rank } from './atom';
import { parseNumber, ZH_NUM_CHAR } from './numerals';
import { clockMinutes, PARTS_OF_DAY, ZH_PART_SOURCE } from './parts-of-day';
import { at, type Rule } from './rule';
import { subPeriodOf, ZH_SUB_SOURCE } from './sub-period';

/** Chinese calendar atoms: years, months, days, weekdays, weeks, relative days, parts of day, clock times. */

const DIGIT = '[0-9０-９]';
const ZN = ZH_NUM_CHAR;
const WEEKDAYS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
/** Words after 周一…周日 that show it is `上周 一位…`, not a weekday. */
const NOT_WEEKDAY_NEXT = '位名个個项項次些批架艘份家般直起同道样樣边邊间間段年月刊报報期度致';

/**
 * A calendar atom over the match. A trailing 以来 (sub `since`) is kept off the span: `自2018年以来`
 * annotates `2018年`, whose value it takes.
 */
function calendar(m: RegExpExecArray, rule: string, rank: Rank, fields: Fields, relative: boolean, priority = 10): Atom {
  const since = fields.sub === 'since' && /(以来|以來)$/.test(m[0]);
  return { start: at(m), end: at(m) + m[0].length - (since ? 2 : 0), rule, priority, rank, fields, relative };
}

function relOf(prefix: string | undefined): number | undefined {
  if (!prefix) return undefined;
  if (/^(本|这|這|这个|這個)$/.test(prefix)) return 0;
  if (/^上/.test(prefix)) return -1;
  if (/^下/.test(prefix)) return 1;
  return undefined;
}

const YEAR_REL: Readonly<Record<string, number>> = { 今年: 0, 本年: 0, 去年: -1, 前年: -2, 明年: 1, 后年: 2, 後年: 2 };
const MONTH_REL: Readonly<Record<string, number>> = {
  本月: 0, 这个月: 0, 這個月: 0, 当月: 0, 上个月: -1, 上個月: -1, 上月: -1, 下个月: 1, 下個月: 1, 下月: 1,
};
const DAY_REL: Readonly<Record<string, [number, string?]>> = {
  今天: [0], 今日: [0], 昨天: [-1], 昨日: [-1], 明天: [1], 明日: [1], 前天: [-2], 后天: [2], 後天: [2],
  大前天: [-3], 大后天: [3], 大後天: [3], 今晨: [0, '晨'], 今早: [0, '早上'], 今晚: [0, '晚上'], 今夜: [0, '夜'],
  昨晚: [-1, '晚上'], 昨夜: [-1, '夜'], 昨晨: [-1, '晨'], 明晚: [1, '晚上'], 明早: [1, '早上'], 明晨: [1, '晨'], 前晚: [-2, '晚上'],
};
const DAY_ANAPHOR: Readonly<Record<string, [number, string?]>> = {
  当天: [0], 當天: [0], 当日: [0], 當日: [0], 同日: [0], 同一天: [0], 次日: [1], 翌日: [1], 隔天: [1], 隔日: [1],
  第二天: [1], 前一天: [-1], 前一日: [-1], 后一天: [1], 後一天: [1], 当晚: [0, '晚上'], 當晚: [0, '晚上'], 当夜: [0, '夜'], 當夜: [0, '夜'], 次晨: [1, '晨'], 翌晨: [1, '晨'],
};

export function zhCalendarRules(traditional: boolean): Rule[] {
  const rules: Rule[] = [
    {
      name: 'zh-year',
      re: new RegExp(`(?<!${DIGIT})([12１２]${DIGIT}{3}|[〇零一二三四五六七八九]{4})年(?!代)${ZH_SUB_SOURCE}`, 'g'),
      needs: ['年'],
      build: (m) => {
        const y = parseNumber(m[1] ?? '');
        if (y === null || y < 1000 || y > 2199) return null;
        return calendar(m, 'zh-year', RANK.year, { year: y, sub: subPeriodOf(m[2]) }, false, 20);
      },
    },
    {
      name: 'zh-roc-year',
      re: new RegExp(`(?:民國|民国)(${DIGIT}{1,3}|${ZN}{1,4})年${ZH_SUB_SOURCE}`, 'g'),
      build: (m) => {
        const y = parseNumber(m[1] ?? '');
        return y === null || y < 1 ? null : calendar(m, 'zh-roc-year', RANK.year, { year: y + 1911, sub: subPeriodOf(m[2]) }, false, 20);
      },
    },
    {
      name: 'zh-year-rel',
      re: new RegExp(`(今年|本年|去年|前年|明年|后年|後年|同年|次年|翌年|隔年|第二年)${ZH_SUB_SOURCE}`, 'g'),
      build: (m) => {
        const word = m[1] ?? '';
        const sub = subPeriodOf(m[2]);
        const rel = YEAR_REL[word];
        if (rel !== undefined) return calendar(m, 'zh-year-rel', RANK.year, { yearRel: rel, sub }, true);
        return calendar(m, 'zh-year-anaphor', RANK.year, { yearAnaphor: word === '同年' ? 0 : 1, sub }, true);
      },
    },
    {
      name: 'zh-year-sub',
      re: new RegExp(`(?<![0-9０-９〇零一二三四五六七八九十年每今去明前后後本同次翌隔当當])(年初|年中|年底|年末)(以来|以來)?`, 'g'),
      build: (m) => {
        // 年初以来: the span is 年初 (以来 trimmed off), its value the year.
        const start = at(m);
        const end = start + (m[1] ?? '').length;
        return { start, end, rule: 'zh-year-sub', priority: 10, rank: RANK.year, fields: { yearRel: 0, sub: subPeriodOf(m[1]) }, relative: true };
      },
    },
    {
      name: 'zh-month',
      re: new RegExp(
        `(?<![0-9０-９〇零一二两兩三四五六七八九十百千几幾数數个個第每])(1[0-2]|0?[1-9]|１[０-２]|０?[１-９]|十[一二]?|[一二三四五六七八九]|正)月(份)?${ZH_SUB_SOURCE}(?![球亮光薪票饼餅])`,
        'g',
      ),
      build: (m) => {
        const month = m[1] === '正' ? 1 : parseNumber(m[1] ?? '');
        if (month === null || month < 1 || month > 12) return null;
        return calendar(m, 'zh-month', RANK.month, { month, sub: subPeriodOf(m[3]) }, true);
      },
    },
    {
      name: 'zh-month-rel',
      re: new RegExp(`(本月|这个月|這個月|当月|上个月|上個月|上月|下个月|下個月|下月|同月|次月)(份)?${ZH_SUB_SOURCE}(?![球亮光])`, 'g'),
      build: (m) => {
        const rel = MONTH_REL[m[1] ?? ''];
        if (rel === undefined) return null; // 同月/次月: no anchor month kept; left out
        return calendar(m, 'zh-month-rel', RANK.month, { monthRel: rel, sub: subPeriodOf(m[3]) }, true);
      },
    },
    {
      name: 'zh-day',
      re: new RegExp(`(?<![0-9０-９.．:：/])([0-3]?[0-9]|[０-３]?[０-９])[日号號](?![本元圆圓币幣籍军軍裔语語文式系产產剧劇])`, 'g'),
      build: (m) => {
        const d = parseNumber(m[1] ?? '');
        if (d === null || d < 1 || d > 31) return null;
        const text = m[0];
        if (!text.endsWith('日')) {
          // 号 is also "number" (3号线, 18号文件): accept it after 月 or before a time word / punctuation.
          const input = m.input;
          const before = input.slice(Math.max(0, at(m) - 2), at(m));
          const after = input.slice(at(m) + text.length, at(m) + text.length + 2);
          if (!/月份?$/.test(before) && !/^(?:[上下中晚早凌傍午夜，。、；：）)\s（(]|前|后|後|起|至|到|当|當|星期|周|週)/.test(after) && after !== '') return null;
        }
        return calendar(m, 'zh-day', RANK.day, { day: d }, true);
      },
    },
    {
      name: 'zh-day-zh',
      re: new RegExp(`(?:(?<=月份?)(${ZN}{1,3})|(?<![${ZN.slice(1, -1)}第])(十[一二三四五六七八九]|二十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?|卅一?))[日号號](?![内內之后後前来來本元])`, 'g'),
      build: (m) => {
        const d = parseNumber(m[1] ?? m[2] ?? '');
        if (d === null || d < 1 || d > 31) return null;
        return calendar(m, 'zh-day-zh', RANK.day, { day: d }, true);
      },
    },
    {
      name: 'zh-weekday',
      re: new RegExp(`(?:(本|这个|這個|这|這|上个|上個|上一|上|下个|下個|下一|下)|(?<![一二三四五六七八九十两兩几幾数數每个個]))(周|週|星期|礼拜|禮拜)([一二三四五六日天末])`, 'g'),
      needs: ['周', '週', '星期', '礼拜', '禮拜'],
      build: (m) => {
        const unit = m[2] ?? '';
        const ch = m[3] ?? '';
        const next = m.input.charAt(at(m) + m[0].length);
        const weekRel = relOf(m[1]);
        if (ch === '末') return calendar(m, 'zh-weekend', RANK.week, { week: 'weekend', weekRel }, true);
        if (ch === '天' && (unit === '周' || unit === '週')) return null;
        if (next !== '' && NOT_WEEKDAY_NEXT.includes(next)) return null;
        return calendar(m, 'zh-weekday', RANK.day, { weekday: WEEKDAYS[ch], weekRel }, true);
      },
    },
    {
      name: 'zh-week',
      re: new RegExp(
        `(本|这个|這個|这|這|上个|上個|上一|上|下个|下個|下一|下)(周|週|星期|礼拜|禮拜)(?![边邊围圍遭到全期年刊岁歲长長])(?![一二三四五六日天末](?![${NOT_WEEKDAY_NEXT}]))` +
          `(早些时候|早些時候|稍早|晚些时候|晚些時候|初|以来|以來)?`,
        'g',
      ),
      build: (m) => {
        return calendar(m, 'zh-week', RANK.week, { week: 'week', weekRel: relOf(m[1]), sub: subPeriodOf(m[3]) }, true);
      },
    },
    {
      name: 'zh-day-rel',
      re: /(大前天|大后天|大後天|今天|今日(?!美国|美國|俄罗斯|俄羅斯|头条|頭條|说法|說法|之|中国|中國)|昨天|昨日|明天|明日(?!之|黄花|黃花)|前天|后天(?!性)|後天(?!性|的)|今晨|今早|今晚|今夜|昨晚|昨夜|昨晨|明晚|明早|明晨|前晚)/g,
      build: (m) => {
        const [rel, part] = DAY_REL[m[1] ?? ''] ?? [0];
        return calendar(m, 'zh-day-rel', RANK.day, { dayRel: rel, part: part ? PARTS_OF_DAY[part] : undefined }, true);
      },
    },
    {
      name: 'zh-day-anaphor',
      re: /(当天|當天|当日|當日|同日|同一天|次日|翌日|隔天|隔日|第二天|前一天|前一日|后一天|後一天|当晚|當晚|当夜|當夜|次晨|翌晨)/g,
      build: (m) => {
        const [rel, part] = DAY_ANAPHOR[m[1] ?? ''] ?? [0];
        return calendar(m, 'zh-day-anaphor', RANK.day, { dayAnaphor: rel, part: part ? PARTS_OF_DAY[part] : undefined }, true);
      },
    },
    {
      name: 'zh-part',
      re: new RegExp(`(${ZH_PART_SOURCE})|(?<=[日号號天]|[周週期拜][一二三四五六日天])(晚|晨|夜)(?![些于於餐宴饭飯会會报報间間年期点點上里裡])`, 'g'),
      needs: [...ZH_PART_SOURCE.split('|'), '晚', '晨', '夜'],
      build: (m) => calendar(m, 'zh-part', RANK.part, { part: PARTS_OF_DAY[m[1] ?? m[2] ?? ''] }, true, 5),
    },
    {
      name: 'zh-clock',
      re: new RegExp(
        `(${ZH_PART_SOURCE})?(?<!${DIGIT})(${DIGIT}{1,2}|${ZN}{1,3})(时|時|点|點)(钟|鐘)?` +
          `(?:(${DIGIT}{1,2}|${ZN}{1,3})分|(半)|(一刻)|(三刻)|(整))?(许|許|左右|前后|前後)?(?![代任期间間候节節刻局事差速装裝尚髦])`,
        'g',
      ),
      needs: ['时', '時', '点', '點'],
      build: (m) => {
        const [, partWord, hourText, unit, zhong, minText, half, quarter, threeQuarters, whole, approx] = m;
        const hour = parseNumber(hourText ?? '');
        if (hour === null) return null;
        const arabic = /^[0-9０-９]+$/.test(hourText ?? '');
        const detail = Boolean(minText ?? half ?? quarter ?? threeQuarters ?? whole ?? approx ?? zhong);
        // 零时 / 零点 (midnight) is a clock time on its own, unless 零点 starts a decimal (零点五).
        const midnight = hourText === '零' && (unit === '时' || unit === '時' || !/^[0-9０-９〇一二三四五六七八九]/.test(m.input.slice(at(m) + m[0].length)));
        if (!partWord && !detail && !midnight && (!arabic || unit === '点' || unit === '點')) return null;
        const minute = minText ? parseNumber(minText) : half ? 30 : quarter ? 15 : threeQuarters ? 45 : 0;
        if (minute === null) return null;
        const part = partWord ? PARTS_OF_DAY[partWord] : undefined;
        const clock = clockMinutes(hour, minute, part);
        if (clock === null) return null;
        return calendar(m, 'zh-clock', RANK.clock, { part, clock }, true, 15);
      },
    },
    {
      name: 'zh-clock-colon',
      re: new RegExp(`(${ZH_PART_SOURCE})?(?<![0-9:：])([01]?[0-9]|2[0-3])[:：]([0-5][0-9])(?![0-9:：])(许|許|左右)?`, 'g'),
      needs: [':', '：'],
      build: (m) => {
        const before = m.input.charAt(at(m) - 1);
        if (!m[1] && !m[4] && !/[日号號天]/.test(before)) return null;
        const part = m[1] ? PARTS_OF_DAY[m[1]] : undefined;
        const clock = clockMinutes(Number(m[2]), Number(m[3]), part);
        return clock === null ? null : calendar(m, 'zh-clock', RANK.clock, { part, clock }, true, 15);
      },
    },
  ];
  if (traditional) {
    // Taiwan writes ROC years bare: 112年6月18日.
    rules.push({
      name: 'zh-roc-bare',
      re: new RegExp(`(?<!${DIGIT})(1[01][0-9]|[89][0-9])年(?=${DIGIT}{1,2}月)`, 'g'),
      build: (m) => calendar(m, 'zh-roc-year', RANK.year, { year: Number(m[1]) + 1911 }, false, 20),
    });
  }
  return rules;
}
