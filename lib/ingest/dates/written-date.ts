import { wallFinding, type DateFinding } from './date-finding';

/**
 * Dates as pages print them for readers, in the page's language: `4 November 2023`,
 * `March 11, 2024, 5:00 a.m. ET`, `16 avril 2024 à 07h30`, `7 de julio de 2024 • 10:20`,
 * `3.mai.2024 às 17h15`, `19. září 2024`, `19. 9. 2024 10:42`. Month names come from the
 * runtime's CLDR data (`Intl.DateTimeFormat`), never from lists of our own; a time is read
 * with an optional a.m./p.m. and a zone abbreviation. The text must be short and made of
 * the date (a few leading words such as `Publié le` or `Updated` are allowed).
 */

const monthTables = new Map<string, Map<string, number>>();

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');

/** Month name (long, short, and the form used with a day) → month number, for a language. */
function months(lang: string): Map<string, number> {
  let table = monthTables.get(lang);
  if (table) return table;
  table = new Map();
  for (let m = 1; m <= 12; m++) {
    const date = new Date(Date.UTC(2021, m - 1, 15, 12));
    for (const options of [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }] as const) {
      try {
        const parts = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).formatToParts(date);
        const name = parts.find((p) => p.type === 'month')?.value;
        if (name && !/^\d+$/.test(name)) {
          table.set(fold(name), m);
          if (fold(name).length > 3) table.set(fold(name).slice(0, 3), table.get(fold(name).slice(0, 3)) ?? m);
        }
      } catch {
        // an unknown language tag: no names
      }
    }
  }
  monthTables.set(lang, table);
  return table;
}

/** UTC offsets (minutes) of common zone abbreviations in news datelines; `ET`/`PT` follow DST via their zone. */
const ZONES: Record<string, number | string> = {
  utc: 0, gmt: 0, z: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, est: -300, edt: -240, cst: -360, cdt: -300,
  mst: -420, mdt: -360, pst: -480, pdt: -420, jst: 540, kst: 540, hkt: 480, sgt: 480, ist: 330,
  et: 'America/New_York', pt: 'America/Los_Angeles', ct: 'America/Chicago',
};

const WORD = String.raw`\p{L}[\p{L}.]*`;
const TIME = String.raw`(?:\s*(?:,|at|à|a las|às|as|um|v|alle|-|–|—|•|\|)?\s*(\d{1,2})(?:[:h.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?:\s*(?:h|hs|uhr|hrs))?\s*([A-Za-z]{1,4})?)?`;
/** `16 avril 2024`, `7 de julio de 2024`, `19. září 2024`, `3.mai.2024` */
const DAY_MONTH = new RegExp(String.raw`(?:^|\s|^.*?\s)(\d{1,2})\.?\s*(?:de\s+)?(${WORD})\.?\s*(?:de\s+|del\s+)?(\d{4})${TIME}\s*$`, 'iu');
/** `March 11, 2024` */
const MONTH_DAY = new RegExp(String.raw`(?:^|\s|^.*?\s)(${WORD})\s+(\d{1,2}),?\s+(\d{4})${TIME}\s*$`, 'iu');
/** `19. 9. 2024 10:42`, `05.10.2024` (day first, dotted) */
const DOTTED = new RegExp(String.raw`(?:^|\s|^.*?\s)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})${TIME}\s*$`, 'iu');

function toFinding(
  raw: string,
  y: number,
  mo: number,
  d: number,
  h: string | undefined,
  mi: string | undefined,
  ampm: string | undefined,
  zone: string | undefined,
  timeZone: string,
): DateFinding | null {
  let hour = h === undefined ? undefined : Number(h);
  if (hour !== undefined && mi === undefined && !ampm) hour = undefined; // a bare number after the year is not a time
  if (hour !== undefined && ampm) {
    const pm = /^p/i.test(ampm);
    if (hour > 12) return null;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const t = { year: y, month: mo, day: d, ...(hour !== undefined ? { hour, minute: Number(mi ?? 0) } : {}) };
  const z = zone ? ZONES[zone.toLowerCase()] : undefined;
  if (zone && z === undefined && !/^(?:h|hs|uhr|hrs)$/i.test(zone)) return null;
  if (typeof z === 'string') return wallFinding('body-dateline', raw, t, z);
  const f = wallFinding('body-dateline', raw, t, typeof z === 'number' ? 'UTC' : timeZone);
  if (!f || typeof z !== 'number') return f;
  const ms = Date.parse(f.instant) - z * 60_000;
  return { ...f, instant: new Date(ms).toISOString(), timeZone: 'UTC' };
}

/** Reads a short text that is a written date (see above) in `lang` (and English), wall time in `timeZone`. */
export function readWrittenDate(text: string, lang: string | undefined, timeZone: string): DateFinding | null {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length > 80 || s.length < 8) return null;
  const langs = [...new Set([lang, 'en'].filter((l): l is string => Boolean(l)))];
  const monthOf = (name: string): number | undefined => {
    for (const l of langs) {
      const m = months(l).get(fold(name));
      if (m) return m;
    }
    return undefined;
  };
  let m = DAY_MONTH.exec(s);
  if (m) {
    const mo = monthOf(m[2]!);
    if (mo) return toFinding(s, Number(m[3]), mo, Number(m[1]), m[4], m[5], m[6], m[7], timeZone);
  }
  m = MONTH_DAY.exec(s);
  if (m) {
    const mo = monthOf(m[1]!);
    if (mo) return toFinding(s, Number(m[3]), mo, Number(m[2]), m[4], m[5], m[6], m[7], timeZone);
  }
  m = DOTTED.exec(s);
  if (m) return toFinding(s, Number(m[3]), Number(m[2]), Number(m[1]), m[4], m[5], m[6], m[7], timeZone);
  return null;
}
