import type { Analysis } from '../schema/analysis';
import { toSimplified } from './script-normalize';

/** `Outlet A`, `Outlet B`… (then `Outlet AA`) for the n-th outlet. */
export function outletLetter(n: number): string {
  let s = '';
  let i = n;
  do {
    s = String.fromCharCode(65 + (i % 26)) + s;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return s;
}

/** Replaces every occurrence of the names (either script) with same-length masks, so offsets hold. */
export function maskNames(text: string, names: readonly string[]): string {
  const simple = toSimplified(text);
  if (simple.length !== text.length) return text;
  let out = text;
  for (const name of names) {
    const needle = toSimplified(name);
    if (needle.length < 2) continue;
    for (let i = simple.indexOf(needle); i >= 0; i = simple.indexOf(needle, i + needle.length)) {
      out = out.slice(0, i) + '＊'.repeat(needle.length) + out.slice(i + needle.length);
    }
  }
  return out;
}

function deepMask(value: unknown, names: readonly string[]): unknown {
  if (typeof value === 'string') return maskNames(value, names);
  if (Array.isArray(value)) return value.map((v) => deepMask(v, names));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [maskNames(k, names), deepMask(v, names)]));
  }
  return value;
}

/** FNV-1a (32 bit) of a string: a fixed, platform-independent shuffle key. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The neutral order of a blind copy: articles sorted by a hash of their content id, so the
 * column order says nothing about which outlet came first in the source (or the upload), and
 * the same comparison always gets the same order (and the same letters).
 */
export function blindOrder<T extends { id: string }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => fnv1a(a.id) - fnv1a(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The analysis as a teacher's blind copy: articles in a neutral order (see `blindOrder`), each
 * outlet renamed `Outlet A`, `Outlet B`… in that order; bylines, editors, source file names,
 * links, raw date evidence and the outlet's home time zone dropped (times read in UTC); every other mention of an outlet's name (texts, titles,
 * entity names and ids) masked with same-length `＊`, so offsets and cross-references stay valid.
 * The views, the page metadata, the share image and the exports of teaching mode all read this.
 */
export function blindAnalysis<A extends Analysis>(analysis: A): A {
  const ordered = blindOrder(analysis.articles);
  const letters = new Map<string, string>();
  for (const a of ordered) if (!letters.has(a.outlet.id)) letters.set(a.outlet.id, outletLetter(letters.size));
  const names = [...new Set(ordered.flatMap((a) => [a.outlet.name, a.outlet.english]))].sort((x, y) => y.length - x.length);
  const scrubbed = ordered.map((a) => {
    const { byline: _byline, editor: _editor, ...rest } = a;
    return { ...rest, url: '', source: '', publishedEvidence: { ...a.publishedEvidence, raw: '', timeZone: 'UTC' } };
  });
  const masked = deepMask({ ...analysis, articles: scrubbed }, names) as A;
  return {
    ...masked,
    articles: masked.articles.map((a, i) => {
      const letter = letters.get(ordered[i]!.outlet.id)!;
      return { ...a, outlet: { id: `outlet-${letter.toLowerCase()}`, name: `Outlet ${letter}`, english: `Outlet ${letter}`, timeZone: 'UTC' } };
    }),
  };
}
