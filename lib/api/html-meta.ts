/**
 * Page metadata of a generic HTML page, read with linear regular-expression scans (no DOM),
 * so it costs the same on pathological markup: `<meta>` tags (Open Graph, article:*,
 * Dublin Core, itemprop), JSON-LD `NewsArticle` blocks, `<title>`, `<link rel=canonical>`,
 * the first `<time datetime>` and `<html lang>`.
 */
export interface HtmlMeta {
  title?: string;
  siteName?: string;
  byline?: string;
  /** The raw publication date string and where it was found, e.g. `meta[article:published_time]`. */
  published?: { raw: string; where: string };
  url?: string;
  lang?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the common named and numeric character references. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The attributes of one start tag, names lower-cased. */
function attributes(tag: string): Map<string, string> {
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

const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
  'dc.date.issued', 'dcterms.created', 'dc.date', 'date', 'sailthru.date', 'parsely-pub-date', 'article:modified_time',
];
const TITLE_KEYS = ['og:title', 'twitter:title', 'headline', 'dc.title'];
const SITE_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const AUTHOR_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author'];

/** JSON-LD values of interest, from the first object that has a headline or datePublished. */
function readJsonLd(html: string): Partial<Record<'title' | 'date' | 'site' | 'author', string>> {
  const re = /<script\b[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    let data: unknown;
    try {
      data = JSON.parse(m[1] ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const node = queue[i];
      if (Array.isArray(node)) queue.push(...(node as unknown[]));
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
        if (typeof o.headline === 'string' || typeof o.datePublished === 'string') {
          const name = (v: unknown): string | undefined =>
            typeof v === 'string' ? v : Array.isArray(v) ? name(v[0]) : v && typeof v === 'object' ? name((v as Record<string, unknown>).name) : undefined;
          return {
            title: typeof o.headline === 'string' ? o.headline : undefined,
            date: typeof o.datePublished === 'string' ? o.datePublished : undefined,
            site: name(o.publisher),
            author: name(o.author),
          };
        }
      }
    }
  }
  return {};
}

/** Reads the metadata of an HTML page. */
export function readHtmlMeta(html: string): HtmlMeta {
  const metas = new Map<string, string>();
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = attributes(m[0]);
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
    const value = attrs.get('content') ?? attrs.get('datetime');
    if (key && value && !metas.has(key)) metas.set(key, value);
  }
  const first = (keys: readonly string[]): [string, string] | undefined => {
    for (const k of keys) {
      const v = clean(metas.get(k));
      if (v) return [k, v];
    }
    return undefined;
  };
  const ld = readJsonLd(html);
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const time = /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(html)?.[1];
  const canonical = /<link\b[^>]*rel\s*=\s*["']?canonical["']?[^>]*>/i.exec(html)?.[0];
  const lang = /<html\b[^>]*\blang\s*=\s*["']?([\w-]+)/i.exec(html)?.[1];
  const metaDate = first(DATE_KEYS);
  const published = metaDate
    ? { raw: metaDate[1], where: `meta[${metaDate[0]}]` }
    : clean(ld.date)
      ? { raw: clean(ld.date)!, where: 'json-ld[datePublished]' }
      : clean(time)
        ? { raw: clean(time)!, where: 'time[datetime]' }
        : undefined;
  const author = first(AUTHOR_KEYS)?.[1] ?? clean(ld.author);
  const result: HtmlMeta = {
    title: first(TITLE_KEYS)?.[1] ?? clean(ld.title) ?? clean(titleTag ? decodeEntities(titleTag) : undefined),
    siteName: first(SITE_KEYS)?.[1] ?? clean(ld.site),
    byline: author && !/^https?:/i.test(author) ? author : undefined,
    published,
    url: first(['og:url'])?.[1] ?? (canonical ? attributes(canonical).get('href') : undefined),
    lang,
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined));
}
