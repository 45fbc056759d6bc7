import { createHash } from 'node:crypto';

/**
 * The canonical form of a raw input: byte-order mark stripped, `\r\n` and lone `\r`
 * turned into `\n`, Unicode NFC. Everything downstream (and the content id) reads this.
 */
export function normalizeInput(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Stable content-derived article id: `a-` + the first 16 hex digits of sha256(normalised input). */
export function contentId(normalized: string): string {
  return `a-${createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 16)}`;
}
