import type { OutletAdapter } from './adapter';
import { bbc } from './bbc';
import { cna } from './cna';
import { dw } from './dw';
import { epochtimes } from './epochtimes';
import { rfa } from './rfa';
import { rfi } from './rfi';
import { voa } from './voa';
import { zaobao } from './zaobao';

/** Every known outlet, in a fixed order (the first match wins). */
export const OUTLETS: readonly OutletAdapter[] = [rfi, epochtimes, dw, zaobao, rfa, cna, bbc, voa];

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

/** The adapter for an article, by URL host first, then by front-matter author; null when unknown. */
export function findAdapter(url: string, author: string | undefined): OutletAdapter | null {
  const host = urlHost(url);
  if (host) {
    const byHost = OUTLETS.find((o) => o.hosts.some((h) => hostMatches(host, h)));
    if (byHost) return byHost;
  }
  if (author) {
    const byAuthor = OUTLETS.find((o) => o.authors.some((alias) => authorMatches(author, alias)));
    if (byAuthor) return byAuthor;
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
