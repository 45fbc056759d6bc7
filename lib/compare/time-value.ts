/** A normalised time value placed on the time axis: `[startMs, endMs)` in UTC. */
export interface TimeRange {
  startMs: number;
  endMs: number;
  granularity: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'interval';
  /** An interval whose other end is an unknown duration (`2023-06-18/PXM`, "the next few months"): only its known end is placed. */
  openEnded?: 'start' | 'end';
}

const DATE_TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Parses an ISO 8601 duration (`P3D`, `PT5H30M`, `P1Y2M`, `P2W`, `PT5.5H`) into milliseconds;
 * years and months count 365 and 30 days. Null if it is not a duration.
 */
export function parseDuration(value: string): number | null {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return null;
  const [, y, mo, w, d, h, mi, s] = m.map((x) => (x === undefined ? 0 : Number(x)));
  return (y! * 365 + mo! * 30 + w! * 7 + d!) * DAY + h! * HOUR + mi! * 60_000 + s! * 1000;
}

function parseOffset(tz: string | undefined): number {
  if (!tz || tz === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(tz);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

/**
 * Parses one date value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH[:MM[:SS]]` with an
 * optional offset) into the range it covers. Local dates and times without an offset are
 * read as UTC (a day is placed as its UTC midnight-to-midnight day). Null if invalid.
 */
export function parseDateValue(value: string): TimeRange | null {
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, tz] = m;
  const year = Number(y);
  const month = mo ? Number(mo) - 1 : 0;
  const day = d ? Number(d) : 1;
  if (month > 11 || day < 1 || day > 31) return null;
  const seconds = s ? Number(s) : 0;
  const start = Date.UTC(year, month, day, h ? Number(h) : 0, mi ? Number(mi) : 0, Math.floor(seconds)) - parseOffset(tz);
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return null;
  if (!mo) return { startMs: start, endMs: Date.UTC(year + 1, 0, 1), granularity: 'year' };
  if (!d) return { startMs: start, endMs: Date.UTC(year, month + 1, 1), granularity: 'month' };
  if (!h) return { startMs: start, endMs: start + DAY, granularity: 'day' };
  if (!mi) return { startMs: start, endMs: start + HOUR, granularity: 'hour' };
  if (!s) return { startMs: start, endMs: start + 60_000, granularity: 'minute' };
  return { startMs: start, endMs: start + 1000, granularity: 'second' };
}

/**
 * Parses a normalised time value into a range: a date value, or an interval `A/B` (from the
 * start of A to the end of B; B may be a duration, or A may be one before a date B; an
 * unknown duration such as `PXM` leaves the range open-ended at its known date).
 * Durations and unparseable values give null.
 */
export function parseTimeValue(value: string): TimeRange | null {
  const slash = value.indexOf('/');
  if (slash < 0) return parseDateValue(value);
  const left = value.slice(0, slash);
  const right = value.slice(slash + 1);
  const a = parseDateValue(left);
  const b = parseDateValue(right);
  if (a && b) return b.endMs > a.startMs ? { startMs: a.startMs, endMs: b.endMs, granularity: 'interval' } : null;
  const durA = parseDuration(left);
  const durB = parseDuration(right);
  if (a && durB !== null) return { startMs: a.startMs, endMs: a.startMs + durB, granularity: 'interval' };
  if (b && durA !== null) return { startMs: b.endMs - durA, endMs: b.endMs, granularity: 'interval' };
  if (a && right.startsWith('P')) return { ...a, openEnded: 'end' };
  if (b && left.startsWith('P')) return { ...b, openEnded: 'start' };
  return null;
}
