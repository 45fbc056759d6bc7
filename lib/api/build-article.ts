import { createHash } from 'node:crypto';
import countryZones from '../../data/country-time-zones.json';
import { Article, type Outlet } from '../schema/article';
import type { DateFinding } from '../ingest/dates/date-finding';
import { isArchivePage, isPlausible, readMetaDate } from '../ingest/dates/meta-date';
import { latestEmbeddedPost } from '../ingest/dates/embedded-posts';
import { choosePublished } from '../ingest/dates/published';
import { IngestError } from '../ingest/ingest-error';
import { genericUrlDate } from '../ingest/dates/url-date';
import { findAdapter, primaryLanguage, unknownAdapter, urlHost } from '../ingest/outlets/registry';
import { assembleText } from '../ingest/assemble-text';
import type { StoryBlock } from '../ingest/story-blocks';
import { detectScript, languageOf } from '../ingest/script';
import { localDate, toDayNumber } from '../nlp/times/calendar';

/** What a generic extractor (HTML page or plain text) found, before it becomes an Article. */
export interface ExtractedStory {
  /** The input file's name. */
  source: string;
  /** The canonical input text the article id is derived from. */
  input: string;
  title: string;
  url: string;
  blocks: readonly StoryBlock[];
  siteName?: string;
  byline?: string;
  editor?: string;
  /** Publication-date candidates from page metadata (raw string and where), best evidence first. */
  dates?: readonly { raw: string; where: string }[];
  /** Date lines the story extractor found in the body. */
  datelines?: readonly DateFinding[];
  /** The page's declared language (`<html lang>`), a BCP 47 tag. */
  lang?: string;
  /** The upload time (epoch ms): no publication date may fall after it. Default: now. */
  now?: number;
}

/** Characters of story text one article may have (docs/api.md, "Limits and bounds"). */
export const MAX_TEXT_CHARS = 200_000;

/**
 * Longest run of Latin letters and digits (a "word") story text may hold. No language has
 * words this long (URLs and identifiers break at punctuation); a 50,000-letter run cost the
 * English tokenizer 3.6 s of CPU (a regex in its abbreviation test is quadratic in a token's
 * length), so such text is refused when read, before any analysis.
 */
export const MAX_WORD_CHARS = 200;

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** The length of the longest run of Latin letters and digits in `text` (one linear pass). */
export function longestWord(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isWordChar(text.charCodeAt(i))) {
      if (++run > longest) longest = run;
    } else run = 0;
  }
  return longest;
}

/**
 * Refuses story text no analysis should be asked to read, in any input format.
 * @throws IngestError naming the limit.
 */
export function assertReadableText(text: string, source: string): void {
  const word = longestWord(text);
  if (word > MAX_WORD_CHARS) {
    throw new IngestError(source, `story text has a "word" of ${word} letters or digits without a break (limit ${MAX_WORD_CHARS}): not readable text`);
  }
}

/** `Etc/GMT-8` for a raw date with offset `+08:00` (whole hours only); null otherwise. */
export function zoneFromOffset(raw: string): string | null {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(raw.trim());
  if (!m || m[3] !== '00') return null;
  const hours = Number(m[2]);
  if (hours === 0 || hours > 14) return null;
  return `Etc/GMT${m[1] === '+' ? '-' : '+'}${hours}`;
}

const mostlyLatin = (s: string): boolean => (s.match(/\p{Script=Latin}/gu)?.length ?? 0) * 2 >= s.replace(/[\s\d\p{P}]/gu, '').length;

/**
 * The outlet: a known one by URL host and path or by site name (told apart by the page's
 * language), else `unknown-<host>` named as the page names itself (its site name, in the
 * page's language), with the host as its English name when that name is not in Latin letters.
 */
/**
 * The zone of a country a page names: the region of its language tag (`zh-CN`, `pt-BR`,
 * `zh-Hant-TW`), else its country-code domain (`.cn`, `.com.ar`); null for neither.
 */
export function countryZone(url: string, lang: string | undefined, script?: string): string | null {
  const zones = countryZones.zones as Record<string, string>;
  const region = /-([A-Za-z]{2})(?:-|$)/.exec(lang ?? '')?.[1]?.toUpperCase();
  if (region && zones[region]) return zones[region];
  const tld = /\.([a-z]{2})$/.exec(urlHost(url) ?? '')?.[1]?.toUpperCase();
  const country = tld === 'UK' ? 'GB' : tld;
  if (country && zones[country]) return zones[country];
  // Chinese text with no country named: UTC+8 (mainland, Taiwan, Hong Kong, Singapore alike)
  return script === 'simplified' ? (zones.CN ?? null) : script === 'traditional' ? (zones.TW ?? null) : null;
}

export function outletFor(url: string, siteName: string | undefined, dateRaw: string | undefined, language?: string, lang?: string, script?: string): Outlet {
  const known = findAdapter(url, siteName, { language });
  if (known) return known.outlet;
  const outlet = { ...unknownAdapter(url).outlet };
  if (siteName) {
    outlet.name = siteName;
    outlet.english = mostlyLatin(siteName) ? siteName : (urlHost(url) ?? siteName);
  }
  const zone = (dateRaw ? zoneFromOffset(dateRaw) : null) ?? countryZone(url, lang, script);
  if (zone) outlet.timeZone = zone;
  return outlet;
}

/** Two findings on the same calendar day in `tz` (a date-only finding is local midnight in its own zone). */
function sameLocalDay(a: DateFinding, b: DateFinding, tz: string): boolean {
  const da = localDate(a.instant, a.precision === 'date' ? a.timeZone : tz);
  const db = localDate(b.instant, tz);
  return da !== null && db !== null && toDayNumber(da) === toDayNumber(db);
}

function urlFinding(url: string, timeZone: string): DateFinding | null {
  try {
    return genericUrlDate(new URL(url), timeZone);
  } catch {
    return null;
  }
}

/**
 * Builds and validates the Article of a generic input. Publication time: the first
 * plausible metadata date (reported as `front-matter` evidence with its raw value and
 * where it was found), else a body date line, else a date in the URL — each candidate
 * checked by `isPlausible` (not after the upload time, not before 1990 unless an archive page).
 * @throws IngestError when the story text is longer than MAX_TEXT_CHARS.
 */
export function buildArticle(story: ExtractedStory): Article {
  const { text, paragraphs } = assembleText(story.blocks);
  if (text.length > MAX_TEXT_CHARS) {
    throw new IngestError(story.source, `story text too long: ${text.length} characters (limit ${MAX_TEXT_CHARS})`);
  }
  const script = detectScript(`${story.title}\n${text}`);
  const declared = primaryLanguage(story.lang);
  const language = script === 'latin' ? (declared && declared !== 'zh' ? declared : undefined) : 'zh';
  const zonedRaw = story.dates?.find((d) => zoneFromOffset(d.raw))?.raw;
  const outlet = outletFor(story.url, story.siteName, zonedRaw, language, story.lang, script);
  const tz = outlet.timeZone;
  const now = story.now ?? Date.now();
  const archive = isArchivePage(story.url);
  let frontMatter: DateFinding | null = null;
  for (const d of story.dates ?? []) {
    const read = readMetaDate(d.raw, d.where, tz, story.lang);
    if (!read || !isPlausible(read.finding, now, { archive, zoned: read.zoned })) continue;
    if (!frontMatter) {
      frontMatter = read.finding;
      if (frontMatter.precision === 'time') break;
    } else if (read.finding.precision === 'time' && sameLocalDay(frontMatter, read.finding, tz)) {
      // a day from the first candidate, its time of day from a later one (`publishdate: 2024-06-10`, then `2024-06-10 08:35`)
      frontMatter = read.finding;
      break;
    }
  }
  const plausible = (f: DateFinding | null): f is DateFinding => f !== null && isPlausible(f, now, { archive, zoned: f.timeZone === 'UTC' });
  const datelines = (story.datelines ?? []).filter(plausible);
  const fromUrl = urlFinding(story.url, tz);
  const published = choosePublished(
    {
      epoch: null,
      datelines: frontMatter ? [] : datelines,
      frontMatter,
      url: plausible(fromUrl) ? fromUrl : null,
      notBefore: [latestEmbeddedPost(text, language, tz)].find(plausible) ?? null,
    },
    tz,
  );
  return Article.parse({
    id: `a-${createHash('sha256').update(story.input, 'utf8').digest('hex').slice(0, 16)}`,
    source: story.source,
    outlet,
    url: story.url,
    title: story.title,
    ...published,
    ...(story.byline ? { byline: story.byline } : {}),
    ...(story.editor ? { editor: story.editor } : {}),
    script,
    language: script === 'latin' && language ? language : languageOf(script),
    text,
    paragraphs,
  });
}
