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
const MULTIPLIERS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => (fnv(`a${i}`) | 1) >>> 0);
const OFFSETS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => fnv(`b${i}`));

/** FNV-1a of the `SHINGLE` characters of `s` from `at` (as `fnv(s.slice(at, at + SHINGLE))`, without the slice). */
function fnvShingle(s: string, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + SHINGLE; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * MinHash signature of a text's character shingles (5 characters, spaces and punctuation
 * dropped, so re-wrapped or re-punctuated copies match): the share of equal positions of
 * two signatures estimates the Jaccard similarity of their shingle sets.
 */
export function minhash(text: string): number[] {
  const chars = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= chars.length; i++) shingles.add(fnvShingle(chars, i));
  if (shingles.size === 0 && chars) shingles.add(fnv(chars));
  for (const h of shingles) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = (Math.imul(h, MULTIPLIERS[k]!) + OFFSETS[k]!) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return Array.from(sig);
}

/** Estimated Jaccard similarity of two signatures (0 when either is empty). */
export function minhashSimilarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
