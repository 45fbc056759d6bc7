import { Converter } from 'opencc-js';

/** Traditional (any variant) → simplified converter, built once on first use. */
let toCn: ((text: string) => string) | undefined;

/**
 * Converts traditional Chinese to simplified (OpenCC `tw` → `cn`; simplified and Latin text
 * pass through unchanged). One-to-one per character, so offsets are preserved for CJK text.
 */
export function toSimplified(text: string): string {
  toCn ??= Converter({ from: 'tw', to: 'cn' });
  return toCn(text);
}

/**
 * Text normalised for comparison: NFKC (full-width digits and letters → ASCII), simplified
 * script, lower case, and the common dash/quote variants unified.
 */
export function normalizeForCompare(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const out = toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[“”„‟「」『』]/g, '"')
    .replace(/[‘’‚‛]/g, "'");
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

/** Memo of normalised texts (speaker names and entity labels recur across every claim pair); bounded. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;
