/** A calendar day without time zone: proleptic Gregorian year, month 1–12, day 1–31. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day (UTC arithmetic, independent of the host zone). */
export function toDayNumber(date: Ymd): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

/** The calendar day `n` days after 1970-01-01. */
export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** `date` shifted by `days` (may be negative). */
export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `date` shifted by whole months, the day clamped to the target month's length. */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: Ymd): number {
  const wd = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** The Monday of the ISO week that contains `date`. */
export function mondayOf(date: Ymd): Ymd {
  return addDays(date, 1 - isoWeekday(date));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY` (four digits; years outside 0–9999 are written as plain numbers). */
export function fmtYear(y: number): string {
  return y >= 0 && y <= 9999 ? pad(y, 4) : String(y);
}

/** `YYYY-MM`. */
export function fmtMonth(y: number, m: number): string {
  return `${fmtYear(y)}-${pad(m)}`;
}

/** `YYYY-MM-DD`. */
export function fmtDay(date: Ymd): string {
  return `${fmtMonth(date.y, date.m)}-${pad(date.d)}`;
}

/** `YYYY-MM-DDTHH:MM` from a day and minutes since midnight (1440 is written 23:59). */
export function fmtDateTime(date: Ymd, minutes: number): string {
  const clamped = Math.min(minutes, 1439);
  return `${fmtDay(date)}T${pad(Math.floor(clamped / 60))}:${pad(clamped % 60)}`;
}

/** `THH:MM` for a time of day on an unknown day. */
export function fmtTime(minutes: number): string {
  const clamped = Math.min(minutes, 1439);
  return `T${pad(Math.floor(clamped / 60))}:${pad(clamped % 60)}`;
}

/** One `en-CA` Gregorian date formatter per time zone (`null`: unknown zone), built once: construction is the costly part. */
const formats = new Map<string, Intl.DateTimeFormat | null>();

function dateFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = formats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        calendar: 'gregory',
        numberingSystem: 'latn',
      });
    } catch {
      format = null;
    }
    formats.set(timeZone, format);
  }
  return format;
}

/**
 * The local calendar day of an ISO instant in an IANA time zone, via `Intl.DateTimeFormat`.
 * Returns null when the instant or the zone is invalid.
 */
export function localDate(instant: string, timeZone: string): Ymd | null {
  const t = new Date(instant);
  if (Number.isNaN(t.getTime())) return null;
  const format = dateFormat(timeZone);
  if (!format) return null;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = format.formatToParts(t);
  } catch {
    return null;
  }
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const date = { y: get('year'), m: get('month'), d: get('day') };
  return Number.isFinite(date.y) && Number.isFinite(date.m) && Number.isFinite(date.d) ? date : null;
}
