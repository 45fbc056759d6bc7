import { instantFinding, wallFinding, type DateFinding } from './date-finding';
import { readDateline } from './datelines';
import { readWrittenDate } from './written-date';

/**
 * Dates written in page metadata, in the shapes sites use: ISO 8601 with or without a
 * zone, seconds or fraction (`2023-06-18T14:54:00+0800`, `2023-06-18 14:54:00`), a day
 * (`2023-06-18`), RFC 822, `2023年6月18日 14:54`, `20230618` / `20230618145400`, and
 * Unix time in seconds or milliseconds, and dates written for readers in the page's language
 * (written-date.ts: `7 de julio de 2024 • 10:20`). A reading without a zone is a wall time in the
 * outlet's zone. Each reading is then checked for plausibility (see `isPlausible`).
 */
export interface MetaDate {
  finding: DateFinding;
  /** True when the raw value carried its own zone or was an absolute instant. */
  zoned: boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
const EPOCH = /^\d{10}(?:\d{3})?$/;

function offsetMinutes(zone: string): number {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return NaN;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** One metadata value → a finding (kind `front-matter`, raw `where: value`), or null. */
export function readMetaDate(raw: string, where: string, timeZone: string, lang?: string): MetaDate | null {
  const s = raw.trim();
  const label = `${where}: ${s}`;
  if (EPOCH.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const f = instantFinding('front-matter', label, ms);
    return f ? { finding: f, zoned: true } : null;
  }
  const iso = ISO.exec(s);
  const m = iso ?? COMPACT.exec(s);
  if (m) {
    const t = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      ...(m[4] !== undefined ? { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) } : {}),
    };
    const zone = iso ? iso[7] : undefined;
    if (zone !== undefined && t.hour !== undefined) {
      const offset = offsetMinutes(zone);
      if (!Number.isFinite(offset)) return null;
      const probe = wallFinding('front-matter', label, t, 'UTC');
      if (!probe) return null;
      const ms = Date.parse(probe.instant) - offset * 60_000;
      return { finding: { kind: 'front-matter', raw: label, timeZone: 'UTC', instant: new Date(ms).toISOString(), precision: 'time' }, zoned: true };
    }
    const f = wallFinding('front-matter', label, t, timeZone);
    return f ? { finding: f, zoned: false } : null;
  }
  const line = readDateline(s, timeZone);
  if (line) return { finding: { ...line, kind: 'front-matter', raw: label }, zoned: /GMT|UTC|Z$|[+-]\d{2}:?\d{2}$/.test(s) };
  const written = readWrittenDate(s, lang, timeZone);
  if (written) return { finding: { ...written, kind: 'front-matter', raw: label }, zoned: written.timeZone !== timeZone };
  const parsed = /[A-Za-z]{3}/.test(s) && /\d{4}/.test(s) ? Date.parse(s) : NaN;
  if (Number.isFinite(parsed) && /(?:GMT|UTC|[+-]\d{4})\b/.test(s)) {
    const f = instantFinding('front-matter', label, parsed);
    return f ? { finding: f, zoned: true } : null;
  }
  return null;
}

/** Earliest plausible publication: 1990 (the web), or 1900 for a web-archive page. */
const EARLIEST = Date.UTC(1990, 0, 1);
const EARLIEST_ARCHIVE = Date.UTC(1900, 0, 1);
/** How far after `now` a reading may fall: a zoned instant 1 hour (clock skew), a wall time 14 hours (zone unknown). */
const SKEW_ZONED = 3_600_000;
const SKEW_WALL = 14 * 3_600_000;

/** A web archive (Wayback Machine, archive.today) or an archive section of a site. */
export function isArchivePage(url: string): boolean {
  try {
    const u = new URL(url);
    return /(?:^|\.)(?:archive\.org|archive\.ph|archive\.today|archive\.is|webcitation\.org)$/i.test(u.hostname) || /\/archives?\//i.test(u.pathname);
  } catch {
    return false;
  }
}

/**
 * A date a page can have been published at: not after the upload time `now` (beyond the
 * skew above) and not before 1990 unless the page is an archive page.
 */
export function isPlausible(finding: DateFinding, now: number, options: { archive?: boolean; zoned?: boolean } = {}): boolean {
  const ms = Date.parse(finding.instant);
  if (!Number.isFinite(ms)) return false;
  if (ms < (options.archive ? EARLIEST_ARCHIVE : EARLIEST)) return false;
  return ms <= now + (options.zoned ? SKEW_ZONED : SKEW_WALL);
}
