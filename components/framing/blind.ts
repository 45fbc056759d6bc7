import { toSimplified } from '@/lib/compare/script-normalize';
import type { Analysis } from '@/lib/schema/analysis';

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

/**
 * The analysis as a teacher's blind copy: each outlet renamed `Outlet A`, `Outlet B`… in
 * order of first appearance; bylines, editors and source links dropped; every other mention
 * of an outlet's name (texts, titles, entity names and ids) masked with same-length `＊`, so
 * offsets and cross-references stay valid.
 */
export function blindAnalysis(analysis: Analysis): Analysis {
  const letters = new Map<string, string>();
  for (const a of analysis.articles) if (!letters.has(a.outlet.id)) letters.set(a.outlet.id, outletLetter(letters.size));
  const names = [...new Set(analysis.articles.flatMap((a) => [a.outlet.name, a.outlet.english]))].sort((x, y) => y.length - x.length);
  const masked = deepMask({ ...analysis, articles: analysis.articles.map((a) => ({ ...a, url: '', source: '' })) }, names) as Analysis;
  return {
    ...masked,
    articles: masked.articles.map((a, i) => {
      const letter = letters.get(analysis.articles[i]!.outlet.id)!;
      const { byline: _byline, editor: _editor, ...rest } = a;
      return { ...rest, outlet: { ...a.outlet, id: `outlet-${letter.toLowerCase()}`, name: `Outlet ${letter}`, english: `Outlet ${letter}` } };
    }),
  };
}
