import { createHash } from 'node:crypto';
import { Article, type Outlet } from '../schema/article';
import type { DateFinding } from '../ingest/dates/date-finding';
import { readDateline } from '../ingest/dates/datelines';
import { choosePublished } from '../ingest/dates/published';
import { genericUrlDate } from '../ingest/dates/url-date';
import { findAdapter, unknownAdapter } from '../ingest/outlets/registry';
import { assembleText } from '../ingest/assemble-text';
import type { StoryBlock } from '../ingest/story-blocks';
import { detectScript, languageOf } from '../ingest/script';

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
  /** A date read from page metadata (raw string and where), interpreted in the outlet's zone. */
  published?: { raw: string; where: string };
  /** Date lines the story extractor found in the body. */
  datelines?: readonly DateFinding[];
}

/** `Etc/GMT-8` for a raw date with offset `+08:00` (whole hours only); null otherwise. */
export function zoneFromOffset(raw: string): string | null {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(raw.trim());
  if (!m || m[3] !== '00') return null;
  const hours = Number(m[2]);
  if (hours === 0 || hours > 14) return null;
  return `Etc/GMT${m[1] === '+' ? '-' : '+'}${hours}`;
}

/** The outlet: a known one by URL host or by site name, else `unknown-<host>` named after the site. */
export function outletFor(url: string, siteName: string | undefined, dateRaw: string | undefined): Outlet {
  const known = findAdapter(url, siteName);
  if (known) return known.outlet;
  const outlet = { ...unknownAdapter(url).outlet };
  if (siteName) {
    outlet.name = siteName;
    outlet.english = siteName;
  }
  const zone = dateRaw ? zoneFromOffset(dateRaw) : null;
  if (zone) outlet.timeZone = zone;
  return outlet;
}

function urlFinding(url: string, timeZone: string): DateFinding | null {
  try {
    return genericUrlDate(new URL(url), timeZone);
  } catch {
    return null;
  }
}

/**
 * Builds and validates the Article of a generic input. Publication time: a metadata date
 * (reported as `front-matter` evidence with its raw value and where it was found), else a
 * body date line, else a date in the URL.
 */
export function buildArticle(story: ExtractedStory): Article {
  const outlet = outletFor(story.url, story.siteName, story.published?.raw);
  const tz = outlet.timeZone;
  const metaDate = story.published ? readDateline(story.published.raw, tz) : null;
  const frontMatter = metaDate ? { ...metaDate, kind: 'front-matter' as const, raw: `${story.published!.where}: ${metaDate.raw}` } : null;
  const datelines = story.datelines ?? [];
  const published = choosePublished(
    { epoch: null, datelines: frontMatter ? [] : datelines, frontMatter, url: urlFinding(story.url, tz) },
    tz,
  );
  const { text, paragraphs } = assembleText(story.blocks);
  const script = detectScript(`${story.title}\n${text}`);
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
    language: languageOf(script),
    text,
    paragraphs,
  });
}
