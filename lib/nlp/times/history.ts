import type { Fields } from './atom';
import type { Ymd } from './calendar';

/** The last resolved month or day whose year is not the publication year (a historical narrative). */
export interface HistoryAnchor {
  y: number;
  m: number;
  d?: number;
  /** End offset of the expression in the text. */
  end: number;
}

/** How far (characters) a historical date carries over to later year-less dates. */
const MONTH_REACH = 300;
const DAY_REACH = 150;

/**
 * Fills the year (and month) of a year-less date from a preceding historical date, so that
 * `1962年10月14日……10月16日……17日` stays in 1962. A `月日` inherits the year only when the
 * publication year would put it in the future without a word of plans; a bare `日` inherits
 * month and year from a preceding historical day when it does not go back in time (reaching
 * further when the publication month would put it in the future).
 */
export function inheritFromHistory(f: Fields, start: number, pub: Ymd | null, future: boolean, anchor: HistoryAnchor | null): Fields {
  if (anchor === null || pub === null) return f;
  if (f.year !== undefined || f.yearRel !== undefined || f.yearAnaphor !== undefined || f.monthRel !== undefined) return f;
  if (f.weekday !== undefined || f.dayRel !== undefined || f.dayAnaphor !== undefined || f.week !== undefined) return f;
  const distance = start - anchor.end;
  if (f.month !== undefined) {
    const ahead = f.month > pub.m || (f.month === pub.m && (f.day ?? 0) > pub.d);
    return ahead && !future && distance <= MONTH_REACH ? { ...f, year: anchor.y } : f;
  }
  const dayAhead = f.day !== undefined && f.day > pub.d && !future;
  if (f.day !== undefined && anchor.d !== undefined && distance <= (dayAhead ? MONTH_REACH : DAY_REACH) && f.day >= anchor.d) {
    return { ...f, year: anchor.y, month: anchor.m };
  }
  return f;
}
