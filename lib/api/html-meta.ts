import { decodeEntities } from '../ingest/html-entities';
import { readJsonLd, type JsonLdArticle } from '../ingest/json-ld';

export { decodeEntities };

/**
 * Page metadata of a generic HTML page (scripts and styles already stripped, JSON-LD kept
 * aside), read with linear scans (no DOM), so it costs the same on pathological markup:
 * `<meta>` tags (Open Graph, article:*, Dublin Core, itemprop, parsely, sailthru), JSON-LD
 * `NewsArticle` blocks, `<title>`, `<link rel=canonical>`, `<time datetime>` and `<html lang>`.
 */
export interface HtmlMeta {
  /** The best headline from metadata: og:title, JSON-LD headline, twitter:title, dc.title. */
  title?: string;
  /** The `<title>` element's text, as is (often `Headline - Site`). */
  titleTag?: string;
  /** The site's own name: og:site_name, application-name, JSON-LD publisher, … */
  siteName?: string;
  /** Bylines from metadata (author meta tags, JSON-LD author), names joined with `, `. */
  byline?: string;
  /** Every publication-date candidate, best evidence first: raw string and where it was found. */
  dates: { raw: string; where: string }[];
  url?: string;
  lang?: string;
  /** JSON-LD `articleBody`, when the page has one. */
  articleBody?: string;
}

/** The attributes of one start tag, names lower-cased. */
export function tagAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? '').trim());
  }
  return out;
}

const clean = (s: string | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

/** Date keys, best evidence of first publication first; modification dates last. */
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'article.published', 'dc.date.issued', 'dcterms.issued',
  'dcterms.created', 'dc.date.created', 'dc.date', 'date', 'sailthru.date', 'parsely-pub-date', 'cxenseparse:recs:publishtime',
  'datecreated', 'article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified',
];
const MODIFIED_KEYS = new Set(['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified']);
const TITLE_KEYS = ['og:title', 'twitter:title', 'headline', 'dc.title', 'title'];
const SITE_KEYS = ['og:site_name', 'application-name', 'al:android:app_name', 'publisher', 'dc.publisher', 'twitter:site:name', 'copyright'];
const AUTHOR_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author', 'twitter:creator:name'];

/** A text that names a person rather than pointing somewhere (`https://facebook.com/…`, `@handle`). */
function isName(value: string): boolean {
  return !/^(?:https?:|www\.|@)/i.test(value) && value.length <= 200;
}

/** The text between `<title>` and `</title>` of the first title element (linear: indexOf). */
function titleElement(html: string, lower: string): string | undefined {
  const open = lower.indexOf('<title');
  if (open < 0) return undefined;
  const start = lower.indexOf('>', open);
  const end = start < 0 ? -1 : lower.indexOf('</title', start);
  return end < 0 ? undefined : html.slice(start + 1, end);
}

/**
 * The site's name: og:site_name, unless the JSON-LD publisher is the same name in a fuller
 * form (`Washington Post` → `The Washington Post`); the publisher when there is no site name.
 */
function fuller(site: string | undefined, publisher: string | undefined): string | undefined {
  if (!site || !publisher) return site ?? publisher;
  const a = site.toLowerCase();
  const b = publisher.toLowerCase();
  return b.length > a.length && b.endsWith(a) && /^the\s|^(?:la|le|el|die|der|o|a|os)\s/i.test(publisher) ? publisher : site;
}

/** Reads the metadata of an HTML page (see above); `jsonLd` are the texts of its JSON-LD blocks. */
export function readHtmlMeta(html: string, jsonLd: readonly string[] = []): HtmlMeta {
  const lower = html.toLowerCase();
  const metas = new Map<string, string[]>();
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = tagAttributes(m[0]);
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? attrs.get('http-equiv') ?? '').toLowerCase();
    const value = clean(attrs.get('content') ?? attrs.get('datetime'));
    if (!key || !value) continue;
    const list = metas.get(key) ?? [];
    if (list.length < 20) list.push(value);
    metas.set(key, list);
  }
  const first = (keys: readonly string[]): string | undefined => {
    for (const k of keys) {
      const v = metas.get(k)?.[0];
      if (v) return v;
    }
    return undefined;
  };
  const ld: JsonLdArticle = readJsonLd(jsonLd);
  const titleTag = titleElement(html, lower);
  const canonical = /<link\b[^>]*\brel\s*=\s*["']?canonical\b[^>]*>/i.exec(html)?.[0];
  const lang = /<html\b[^>]*\blang\s*=\s*["']?([\w-]+)/i.exec(html)?.[1];

  const dates: HtmlMeta['dates'] = [];
  const seen = new Set<string>();
  const addDate = (raw: string | undefined, where: string) => {
    const value = clean(raw);
    if (value && !seen.has(`${where} ${value}`) && dates.length < 40) {
      seen.add(`${where} ${value}`);
      dates.push({ raw: value, where });
    }
  };
  for (const k of DATE_KEYS.filter((key) => !MODIFIED_KEYS.has(key))) for (const v of metas.get(k) ?? []) addDate(v, `meta[${k}]`);
  addDate(ld.datePublished, 'json-ld[datePublished]');
  for (const m of html.matchAll(/<time\b[^>]*>/gi)) {
    const attrs = tagAttributes(m[0]);
    const dt = attrs.get('datetime');
    if (!dt) continue;
    const pub = attrs.get('itemprop') === 'datePublished' || attrs.has('pubdate') || /publish|posted/i.test(attrs.get('class') ?? '');
    addDate(dt, pub ? 'time[datePublished]' : 'time[datetime]');
    if (dates.length >= 40) break;
  }
  addDate(ld.dateCreated, 'json-ld[dateCreated]');
  for (const k of DATE_KEYS.filter((key) => MODIFIED_KEYS.has(key))) for (const v of metas.get(k) ?? []) addDate(v, `meta[${k}]`);
  addDate(ld.dateModified, 'json-ld[dateModified]');

  const authorKey = AUTHOR_KEYS.find((k) => (metas.get(k) ?? []).some(isName));
  const metaAuthor = [...new Set((authorKey ? metas.get(authorKey)! : []).filter(isName))];
  const byline = ld.authors.length > 0 ? ld.authors.join(', ') : metaAuthor.length > 0 ? metaAuthor.join(', ') : undefined;
  const result: HtmlMeta = {
    title: clean(first(['og:title'])) ?? clean(ld.headline) ?? clean(first(TITLE_KEYS)),
    titleTag: clean(titleTag ? decodeEntities(titleTag) : undefined),
    siteName: fuller(clean(first(SITE_KEYS.slice(0, 2))), clean(ld.publisher)) ?? clean(first(SITE_KEYS.slice(2))),
    byline,
    dates,
    url: first(['og:url']) ?? (canonical ? tagAttributes(canonical).get('href') : undefined) ?? ld.url,
    lang,
    articleBody: ld.articleBody,
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as unknown as HtmlMeta;
}
