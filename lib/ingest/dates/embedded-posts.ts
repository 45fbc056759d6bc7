import type { DateFinding } from './date-finding';
import { readDateline } from './datelines';
import { readWrittenDate } from './written-date';

/**
 * A social post quoted in the story, as a scraped page keeps it: the embed's fallback text
 * ends with its author's handle and the day it was posted (`— Josh Barrie (@joshbythesea)
 * November 8, 2016`, `(@BBCBreaking) 8 November 2016`, `(@xinhua) 2023年6月19日`).
 */
const SIGNATURE = /\(@[A-Za-z0-9_]{1,30}\)\s*((?:[^\s()]+\s+){2}\d{4}\b|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/gu;

/**
 * The day of the latest post the story quotes, or null: the article cannot have been
 * published before it (see choosePublished). Read as a day in `timeZone`.
 */
export function latestEmbeddedPost(text: string, lang: string | undefined, timeZone: string): DateFinding | null {
  let latest: DateFinding | null = null;
  for (const m of text.matchAll(SIGNATURE)) {
    const raw = (m[1] ?? '').replace(/\s+/g, ' ').trim();
    const read = readWrittenDate(raw, lang, timeZone) ?? readDateline(raw.replace(/\s+/g, ''), timeZone);
    if (!read) continue;
    const found: DateFinding = { ...read, kind: 'embedded-post', raw: m[0].trim() };
    if (!latest || found.instant > latest.instant) latest = found;
  }
  return latest;
}
