/**
 * Wall-clock ↔ instant conversions in an IANA time zone, with `Intl` only (no tz database
 * of our own). Used to read date lines written in an outlet's local time.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is a zone `Intl` knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (east positive). */
function offsetAt(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** A wall-clock reading: month 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

/** True when the fields name a real calendar day (and a real time of day, if given). */
export function isValidWallTime(t: WallTime): boolean {
  if (t.year < 1900 || t.year > 2100 || t.month < 1 || t.month > 12 || t.day < 1) return false;
  const days = new Date(Date.UTC(t.year, t.month, 0)).getUTCDate();
  if (t.day > days) return false;
  return (t.hour ?? 0) < 24 && (t.minute ?? 0) < 60 && (t.second ?? 0) < 61;
}

/**
 * The instant (epoch ms) at which clocks in `timeZone` read `t`. In a DST gap or overlap
 * the earlier offset wins; deterministic either way.
 */
export function wallTimeToMs(t: WallTime, timeZone: string): number {
  const guess = Date.UTC(t.year, t.month - 1, t.day, t.hour ?? 0, t.minute ?? 0, t.second ?? 0);
  const first = guess - offsetAt(guess, timeZone);
  const second = guess - offsetAt(first, timeZone);
  return Math.min(first, second);
}

/** ISO instant (`…Z`) for a wall-clock reading in `timeZone`. */
export function wallTimeToIso(t: WallTime, timeZone: string): string {
  return new Date(wallTimeToMs(t, timeZone)).toISOString();
}
