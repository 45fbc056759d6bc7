import { toSimplified } from '../nlp/script';

/**
 * Traditional → simplified, offset-preserving: the NLP stage's converter, which loads only
 * OpenCC's small traditional→simplified tables (the full package costs ~100 ms to load).
 */
export { toSimplified };

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

/** Empties the memo of `normalizeForCompare` (bench/speed.ts: each measured pass normalises its texts afresh). */
export function forgetNormalized(): void {
  cache.clear();
}
