import type { OutletAdapter } from './adapter';
import { bbc } from './bbc';
import { bbcNews } from './bbc-news';
import { cna } from './cna';
import { dw } from './dw';
import { ENGLISH_PRESS } from './english-press';
import { epochtimes } from './epochtimes';
import { rfa } from './rfa';
import { rfi } from './rfi';
import { voa } from './voa';
import { voaNews } from './voa-news';
import { zaobao } from './zaobao';

/** Every known outlet, in a fixed order (the first match wins). */
export const OUTLETS: readonly OutletAdapter[] = [rfi, epochtimes, dw, zaobao, rfa, cna, bbc, voa, bbcNews, voaNews, ...ENGLISH_PRESS];

/** The URL's host, lower-cased, without `www.`; null for a missing or unparsable URL. */
export function urlHost(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** A host matches an adapter host when equal or a subdomain of it. */
function hostMatches(host: string, known: string): boolean {
  return host === known || host.endsWith(`.${known}`);
}

/**
 * A front-matter author reduced for comparison: a leading region tag such as `(臺)` or
 * `【港】` removed, whitespace removed, lower-cased. `(臺)中央社CNA` → `中央社cna`.
 */
export function normalizeAuthor(author: string): string {
  return author
    .normalize('NFKC')
    .replace(/^\s*[(（【[][^)）】\]]{1,4}[)）】\]]/, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

function authorMatches(author: string, alias: string): boolean {
  const a = normalizeAuthor(author);
  const b = normalizeAuthor(alias);
  if (!a || !b) return false;
  if (a === b) return true;
  // `中央社cna` contains `中央社`; require the alias to be distinctive (not 1–2 Latin letters).
  return b.length >= 3 && a.includes(b);
}

/** The URL's path, lower-cased and percent-decoded where possible; '' when unparsable. */
function urlPathOf(url: string): string {
  try {
    const path = new URL(url).pathname;
    try {
      return decodeURIComponent(path).toLowerCase();
    } catch {
      return path.toLowerCase();
    }
  } catch {
    return '';
  }
}

const underPath = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);

/** The primary language subtag (`zh-Hant-TW` → `zh`), lower-cased; undefined when absent. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const m = /^([a-z]{2,3})\b/i.exec(tag ?? '');
  return m?.[1]?.toLowerCase();
}

/**
 * Among several candidates, the one in the page's language, else the first whose language
 * is not known to differ (a French page on rfi.fr is not RFI's Chinese service); null if none.
 */
function byLanguage(candidates: readonly OutletAdapter[], language: string | undefined): OutletAdapter | null {
  if (!language) return candidates[0] ?? null;
  return candidates.find((o) => o.language === language) ?? candidates.find((o) => !o.language) ?? null;
}

/**
 * The adapter for an article, by URL host (and path) first, then by front-matter author or
 * site name; null when unknown. Outlets sharing a host are told apart by path (BBC 中文
 * under `/zhongwen`, BBC News elsewhere on bbc.com); outlets sharing a name (`BBC`, `VOA`)
 * by the page's `language` (`zh`, `en`, or a BCP 47 tag) when given.
 */
export function findAdapter(url: string, author: string | undefined, options: { language?: string } = {}): OutletAdapter | null {
  const language = primaryLanguage(options.language);
  const host = urlHost(url);
  if (host) {
    const onHost = OUTLETS.filter((o) => o.hosts.some((h) => hostMatches(host, h)));
    if (onHost.length > 0) {
      const path = urlPathOf(url);
      const byPath = onHost.filter((o) => o.paths?.some((p) => underPath(path, p)));
      if (byPath.length > 0) return byLanguage(byPath, language);
      const unrestricted = onHost.filter((o) => !o.paths);
      // only path-restricted outlets on this host, none under its path: none of them (nor by name)
      return byLanguage(unrestricted, language);
    }
  }
  if (author) {
    const exact = OUTLETS.filter((o) => o.authors.some((alias) => normalizeAuthor(alias) === normalizeAuthor(author)));
    if (exact.length > 0) return byLanguage(exact, language);
    const partial = OUTLETS.filter((o) => o.authors.some((alias) => authorMatches(author, alias)));
    if (partial.length > 0) return byLanguage(partial, language);
  }
  return null;
}

/**
 * The stand-in for an outlet we do not know: id `unknown-<host-slug>` (or `unknown`),
 * named after the host, dated in UTC, with the generic rules only.
 */
export function unknownAdapter(url: string): OutletAdapter {
  const host = urlHost(url);
  const slug = host ? host.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') : '';
  return {
    outlet: {
      id: slug ? `unknown-${slug}` : 'unknown',
      name: host ?? 'Unknown outlet',
      english: host ?? 'Unknown outlet',
      timeZone: 'UTC',
    },
    hosts: host ? [host] : [],
    authors: [],
  };
}
