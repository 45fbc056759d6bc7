/**
 * A site's name as its pages print it around the headline: `<title>` suffixes such as
 * `Headline - BBC News`, `标题_光明网`, `标题-新闻-腾讯网`, `Headline | Le Monde`, and the
 * headline without them.
 */

/** Separators between a headline and the site name in `<title>`. */
const SEPARATOR = /\s+[-|–—·•:]\s+|\s*[_｜|]\s*|(?<=\p{Script=Han})[-–—](?=\p{Script=Han})/u;
const MAX_SITE_CHARS = 40;

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** `央视网(cctv.com)` → `央视网`; trailing host names and `网站`-style parentheses dropped. */
function tidy(name: string): string {
  return name.replace(/\s*[(（][\w.-]+\.[a-z]{2,}[)）]\s*$/i, '').trim();
}

/** The parts of a `<title>`, split at headline/site separators. */
function parts(titleTag: string): string[] {
  return titleTag.split(new RegExp(SEPARATOR.source, 'gu')).map((p) => p.trim()).filter(Boolean);
}

/**
 * The site name a `<title>` carries after (or before) the headline, or undefined. With a
 * known `headline`, the title must start (or end) with it; otherwise the last short part.
 */
export function siteNameFromTitle(titleTag: string | undefined, headline: string | undefined): string | undefined {
  if (!titleTag) return undefined;
  const t = titleTag.trim();
  if (headline && norm(t) !== norm(headline)) {
    const h = headline.trim();
    if (norm(t).startsWith(norm(h))) {
      const rest = t.slice(h.length).replace(/^\s*[-|–—·•:_｜]\s*/u, '');
      const last = parts(rest).at(-1);
      if (last && last.length <= MAX_SITE_CHARS && rest !== t.slice(h.length)) return tidy(last);
    }
    if (norm(t).endsWith(norm(h))) {
      const head = t.slice(0, t.length - h.length).replace(/\s*[-|–—·•:_｜]\s*$/u, '');
      const firstPart = parts(head)[0];
      if (firstPart && firstPart.length <= MAX_SITE_CHARS && head !== t.slice(0, t.length - h.length)) return tidy(firstPart);
    }
  }
  const p = parts(t);
  if (p.length < 2) return undefined;
  const last = p.at(-1)!;
  return last.length <= MAX_SITE_CHARS && last.length < t.length / 2 ? tidy(last) : undefined;
}

/**
 * The headline without a site name around it: `Headline - BBC News` → `Headline` when
 * `BBC News` is one of `siteNames` (compared loosely), else the title unchanged.
 */
export function stripSiteName(title: string, siteNames: readonly (string | undefined)[]): string {
  let out = title.trim();
  for (const raw of siteNames) {
    if (!raw) continue;
    const site = norm(raw);
    const p = parts(out);
    if (p.length >= 2 && norm(p.at(-1)!) === site) {
      const cut = out.length - p.at(-1)!.length;
      out = out.slice(0, cut).replace(/\s*[-|–—·•:_｜]\s*$/u, '').trim();
    } else if (p.length >= 2 && norm(p[0]!) === site) {
      out = out.slice(p[0]!.length).replace(/^\s*[-|–—·•:_｜]\s*/u, '').trim();
    }
  }
  return out || title.trim();
}
