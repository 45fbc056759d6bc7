/** Chinese and Arabic numerals → numbers (the figures of claims are compared by value, in either script). */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
export const EN_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * Parses a Chinese numeral (`二十五`, `两千三百万`, `十`), Arabic digits (`1,200.5`), or a
 * mixed figure (`5万2950`, `2.92万`); NaN if none of these.
 */
export function parseNumeral(text: string): number {
  if (/^[0-9][0-9,]*(\.[0-9]+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  const mixed = /^([0-9][0-9,]*(?:\.[0-9]+)?)([万亿])([0-9]{1,4})?$/.exec(text);
  if (mixed) return Number(mixed[1]!.replace(/,/g, '')) * BIG_UNITS[mixed[2]!]! + Number(mixed[3] ?? 0);
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

/**
 * The range a stated figure stands for: exact → `[v, v]`; `v多`/`v余` → up to the next unit
 * of its last significant digit (`44,000多` → 44,000–45,000, `20多` → 20–30); a hedge
 * (`约`, `近`, `about`) → ±15 %; `超过`/`至少`/`逾` → `v` to 1.5·`v`.
 */
export function valueRange(value: number, more: boolean, hedge: string | undefined): [number, number] {
  if (more) {
    let step = 1;
    while (value >= step * 10 && value % (step * 10) === 0) step *= 10;
    return [value, value + step];
  }
  if (!hedge) return [value, value];
  if (/超过|至少|逾|over|more than|at least/u.test(hedge)) return [value, value * 1.5];
  return [value * 0.85, value * 1.15];
}
