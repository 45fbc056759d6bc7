import { addDays, addMonths, fmtDay, fmtMonth, fmtYear, type Ymd } from './calendar';

/** Duration units, coarse to fine. `min` is minutes, `s` seconds. */
export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'min' | 's';

/** A length of time: an exact amount, or `null` for a vague one (几天, several days). */
export interface Duration {
  amount: number | null;
  unit: DurationUnit;
  /** 数十年 / decades: vague tens of the unit. */
  tens?: boolean;
}

const SMALLER: Readonly<Record<DurationUnit, [DurationUnit, number] | null>> = {
  Y: ['M', 12],
  M: ['D', 30],
  W: ['D', 7],
  D: ['H', 24],
  H: ['min', 60],
  min: ['s', 60],
  s: null,
};

const isTimeUnit = (u: DurationUnit): boolean => u === 'H' || u === 'min' || u === 's';
const designator = (u: DurationUnit): string => (u === 'min' ? 'M' : u === 's' ? 'S' : u);

/**
 * ISO 8601 duration: 5.5 hours → `PT5H30M`, 1.5 years → `P1Y6M`. A vague length (几天, 数十年)
 * has no ISO value; callers drop it before this point.
 */
export function isoDuration(d: Duration & { amount: number }): string {
  const parts: [DurationUnit, number][] = [];
  let unit: DurationUnit = d.unit;
  let amount = d.amount;
  for (let guard = 0; guard < 4 && amount > 0; guard++) {
    const whole = Math.floor(amount + 1e-9);
    if (whole > 0) parts.push([unit, whole]);
    const rest = amount - whole;
    const smaller = SMALLER[unit];
    if (rest < 1e-9 || smaller === null) break;
    unit = smaller[0];
    amount = Math.round(rest * smaller[1] * 1e6) / 1e6;
  }
  if (parts.length === 0) return isTimeUnit(d.unit) ? `PT0${designator(d.unit)}` : `P0${d.unit}`;
  let date = '';
  let time = '';
  for (const [u, n] of parts) {
    if (isTimeUnit(u)) time += `${n}${designator(u)}`;
    else date += `${n}${designator(u)}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

/** The day `sign * d` away from `from` (whole days; hours and minutes are ignored). */
export function shiftDay(from: Ymd, d: Duration, sign: 1 | -1): Ymd | null {
  if (d.amount === null || !Number.isInteger(d.amount)) return null;
  const n = d.amount * sign;
  switch (d.unit) {
    case 'Y':
      return addMonths(from, 12 * n);
    case 'M':
      return addMonths(from, n);
    case 'W':
      return addDays(from, 7 * n);
    case 'D':
      return addDays(from, n);
    default:
      return null;
  }
}

/** The value of "N units ago / later": a year for years, a month for months, else a day. */
export function pointValue(day: Ymd, unit: DurationUnit): { value: string; kind: 'year' | 'month' | 'date' } {
  if (unit === 'Y') return { value: fmtYear(day.y), kind: 'year' };
  if (unit === 'M') return { value: fmtMonth(day.y, day.m), kind: 'month' };
  return { value: fmtDay(day), kind: 'date' };
}
