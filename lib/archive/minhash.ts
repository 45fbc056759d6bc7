/** Hash functions of a signature (more: finer estimate, more bytes per article). */
export const MINHASH_SIZE = 48;
const SHINGLE = 5;

/** FNV-1a of a string (32 bits). */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fixed odd multipliers and offsets (a deterministic family of hash permutations). */
const SEEDS: readonly [number, number][] = Array.from({ length: MINHASH_SIZE }, (_, i) => [(fnv(`a${i}`) | 1) >>> 0, fnv(`b${i}`)]);

/**
 * MinHash signature of a text's character shingles (5 characters, spaces and punctuation
 * dropped, so re-wrapped or re-punctuated copies match): the share of equal positions of
 * two signatures estimates the Jaccard similarity of their shingle sets.
 */
export function minhash(text: string): number[] {
  const chars = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const sig = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= chars.length; i++) shingles.add(fnv(chars.slice(i, i + SHINGLE)));
  if (shingles.size === 0 && chars) shingles.add(fnv(chars));
  for (const h of shingles) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const [a, b] = SEEDS[k]!;
      const v = (Math.imul(h, a) + b) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures (0 when either is empty). */
export function minhashSimilarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
