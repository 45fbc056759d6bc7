import type { DateFinding } from './date-finding';
import { instantFinding, wallFinding } from './date-finding';

/**
 * Recognisers for date lines that any outlet may print as a block of their own in the
 * body (the whole block is the date): ISO 8601 instants (DW via feedx), RFC 822 dates
 * (VOA via feedx), `2023年6月19日` (BBC's `<time>`), `2023-06-19`. Outlet-specific
 * formats (RFI's day-first `14/06/2023 - 14:22`) live in the outlet adapters.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** `2023-06-14T10:38:07.907Z` or with an explicit offset. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** `Wed, 21 Jun 2023 17:44:55 GMT` (weekday optional; GMT/UT/UTC/Z or ±hhmm). */
const RFC_822 =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC?|Z|[+-]\d{4})$/;
/** `2023年6月19日`, optionally followed by a time `14:22`. */
const CJK_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})[:：](\d{2}))?$/;
/** `2023-06-19` or `2023/06/19`, optionally with ` 14:22`. */
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;

/** Reads a block whose whole text is a date, in `timeZone` when the text carries no zone. */
export function readDateline(text: string, timeZone: string): DateFinding | null {
  const s = text.trim();
  if (s.length > 40) return null;
  if (ISO_INSTANT.test(s)) return instantFinding('body-dateline', s, Date.parse(s));
  let m = RFC_822.exec(s);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (!month) return null;
    const zone = m[7] ?? 'GMT';
    const offsetMin = /^[+-]\d{4}$/.test(zone)
      ? (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)))
      : 0;
    const ms = Date.UTC(Number(m[3]), month - 1, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
    return instantFinding('body-dateline', s, ms - offsetMin * 60_000);
  }
  m = CJK_DATE.exec(s) ?? YMD.exec(s);
  if (m) {
    return wallFinding(
      'body-dateline',
      s,
      {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        ...(m[4] !== undefined ? { hour: Number(m[4]), minute: Number(m[5]) } : {}),
      },
      timeZone,
    );
  }
  return null;
}

/** `<time datetime="…">`: an ISO instant, or a `YYYY-MM-DD` day in `timeZone`. */
export function readTimeElement(datetime: string, timeZone: string): DateFinding | null {
  return readDateline(datetime, timeZone);
}
