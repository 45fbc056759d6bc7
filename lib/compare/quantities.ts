import { normalizeForCompare } from './script-normalize';

/** A figure stated in a text: its value and the unit it counts (`小时`, `人`, `%`…). */
export interface Quantity {
  value: number;
  unit: string;
  /** The matched text, e.g. `5个半小时`. */
  text: string;
  /** Hedged with 多/余/约/近/超过/about: not compared for conflicts. */
  approximate: boolean;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Parses a Chinese numeral (`二十五`, `两千三百万`, `十`) or Arabic digits (`1,200.5`); NaN if neither. */
export function parseNumeral(text: string): number {
  if (/^[0-9][0-9,]*(\.[0-9]+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in SMALL_UNITS) {
      section += (digit < 0 ? 1 : digit) * SMALL_UNITS[ch]!;
      digit = -1;
    } else if (ch in BIG_UNITS) {
      total += (section + Math.max(digit, 0)) * BIG_UNITS[ch]!;
      section = 0;
      digit = -1;
    } else return NaN;
  }
  return total + section + Math.max(digit, 0);
}

const UNITS = [
  '个小时', '小时', '分钟', '秒钟', '秒', '天', '周', '星期', '个月', '年', '岁', '个国家', '国', '人', '名', '位', '次', '轮',
  '架', '艘', '枚', '辆', '座', '项', '点', '%', '美元', '欧元', '人民币', '元', '公里', '英里', '米', '吨', '倍', '家', '条', '份',
  'hours', 'hour', 'minutes', 'days', 'day', 'weeks', 'months', 'years', 'people', 'percent', 'dollars', 'times',
];
const UNIT_KEY: Record<string, string> = { 个小时: '小时', 秒钟: '秒', 个国家: '国', 星期: '周', hour: 'hours', day: 'days' };
const EN_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const NUM = '[0-9][0-9,]*(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+|one|two|three|four|five|six|seven|eight|nine|ten';
const QUANTITY = new RegExp(
  `(大约|约有|约|将近|近|超过|至少|逾|about |nearly |over |more than |almost |at least )?(${NUM})\\s*([万亿])?(多|余)?(个)?(半)?\\s*(${UNITS.join('|').replace(/%/g, '%')})`,
  'gu',
);

/** The figures stated in a text (after script normalisation). Years (`2023年`) are dates, not figures, and are skipped. */
export function extractQuantities(raw: string): Quantity[] {
  const text = normalizeForCompare(raw);
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, hedge, num = '', big, more, , half, unitRaw = ''] = m;
    let value = num in EN_WORDS ? EN_WORDS[num]! : parseNumeral(num);
    if (Number.isNaN(value)) continue;
    if (big) value *= BIG_UNITS[big]!;
    if (half) value += 0.5;
    const unit = UNIT_KEY[unitRaw] ?? unitRaw;
    if (unit === '年' && value >= 1000 && !half) continue;
    // `一个小时` etc. are figures, but bare `一` before 次/点/位 is mostly an article (`一次会谈`, `一位官员`).
    if (num === '一' && ['次', '点', '位', '名', '条', '份', '项', '家'].includes(unit)) continue;
    out.push({ value, unit, text: whole.trim(), approximate: Boolean(hedge ?? more) });
  }
  return out;
}

/**
 * A figure conflict between two texts: both state an exact figure in the same unit and no
 * figure of that unit agrees (`5个半小时` vs `7个小时`). Returns a description, or undefined.
 */
export function quantityConflict(a: string, b: string): string | undefined {
  const qa = extractQuantities(a).filter((q) => !q.approximate);
  const qb = extractQuantities(b).filter((q) => !q.approximate);
  const units = [...new Set(qa.map((q) => q.unit))].sort();
  for (const unit of units) {
    const va = qa.filter((q) => q.unit === unit);
    const vb = qb.filter((q) => q.unit === unit);
    if (vb.length === 0) continue;
    if (va.some((x) => vb.some((y) => Math.abs(x.value - y.value) < 1e-9))) continue;
    return `figures differ: ${va.map((q) => q.text).join('、')} vs ${vb.map((q) => q.text).join('、')}`;
  }
  return undefined;
}
