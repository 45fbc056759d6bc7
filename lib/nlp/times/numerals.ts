/** Value of each Chinese digit character (simplified and traditional variants). */
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 兩: 2, 貳: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Regex source for one numeral character: ASCII/full-width digits and Chinese numerals. */
export const NUM_CHAR = '[0-9０-９〇零一二两兩三四五六七八九十百千廿卅]';

/** Regex source for a Chinese numeral (no Arabic digits). */
export const ZH_NUM_CHAR = '[〇零一二两兩三四五六七八九十百千廿卅]';

/**
 * Parses an Arabic (ASCII or full-width) or Chinese numeral: `18`, `１８`, `十八`, `二十一`,
 * `廿一`, `两`, `一百二十`, and digit-by-digit years `二〇二三`. Returns null when `s` is not one.
 */
export function parseNumber(s: string): number | null {
  if (s.length === 0) return null;
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const hasUnit = /[十拾百佰千仟廿卅万萬]/.test(s);
  if (!hasUnit) {
    // Digit by digit: 二〇二三 → 2023.
    let n = 0;
    for (const ch of s) {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  let total = 0;
  let section = 0;
  let current = -1;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      current = d;
      continue;
    }
    if (ch === '廿' || ch === '卅') {
      section += ch === '廿' ? 20 : 30;
      current = -1;
      continue;
    }
    if (ch === '万' || ch === '萬') {
      total += (section + Math.max(current, 0)) * 10_000;
      section = 0;
      current = -1;
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined) return null;
    section += (current < 0 ? 1 : current) * unit;
    current = -1;
  }
  return total + section + Math.max(current, 0);
}
