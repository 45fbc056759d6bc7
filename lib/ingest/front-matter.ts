import { parse } from 'yaml';
import { instantFinding, wallFinding, type DateFinding } from './dates/date-finding';

/**
 * YAML front matter of the archive format (`layout`, `title`, `date`, `author`, `from`, …).
 * Parsed with the `yaml` package's safe core schema: data only, nothing executes
 * (unlike gray-matter's `---js` engines). Unreadable YAML counts as no front matter.
 */
export type FrontMatter = Readonly<Record<string, unknown>>;

/** Parses the text between the `---` fences; null when it is not a YAML mapping. */
export function parseFrontMatter(yamlText: string): FrontMatter | null {
  try {
    const value: unknown = parse(yamlText, { schema: 'core', maxAliasCount: 20, prettyErrors: false });
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as FrontMatter;
  } catch {
    // fall through: malformed front matter is ignored, the link line still carries title and URL
  }
  return null;
}

/** A front-matter field as a trimmed non-empty string, or undefined. */
export function fmString(fm: FrontMatter | null, key: string): string | undefined {
  const v = fm?.[key];
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

const NAIVE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The front matter `date` as a finding: an instant when it carries a zone (`…Z`,
 * `+08:00`), else a wall-clock time in `timeZone`.
 */
export function frontMatterDate(fm: FrontMatter | null, timeZone: string): DateFinding | null {
  const v = fm?.date;
  if (v instanceof Date) return instantFinding('front-matter', v.toISOString(), v.getTime());
  if (typeof v !== 'string') return null;
  const raw = v.trim();
  const naive = NAIVE.exec(raw);
  if (naive) {
    const t = {
      year: Number(naive[1]),
      month: Number(naive[2]),
      day: Number(naive[3]),
      ...(naive[4] !== undefined
        ? { hour: Number(naive[4]), minute: Number(naive[5]), second: Number(naive[6] ?? 0) }
        : {}),
    };
    return wallFinding('front-matter', raw, t, timeZone);
  }
  if (/^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:?\d{2})$/.test(raw)) {
    return instantFinding('front-matter', raw, Date.parse(raw));
  }
  return null;
}
