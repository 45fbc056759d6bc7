import { isSpeechQuote, type Quote } from './quotes';
import type { Range } from './speaker-span';

const SEPARATOR = /^[，,、\s]*$/;
const TAIL = /^[。．.！!？?…，,；;\s]*$/;
const TRIM_END = /[。．.！!？?…，,；;：:、\s]/;
const TRIM_START = /[，,：:；;、\s]/;

/** A run of top-level quotes: `first` opens it, `last` closes it. */
export interface QuoteRun {
  first: Quote;
  last: Quote;
}

/**
 * The run of quotes that fills `[from, to)`: it starts at the first non-space character,
 * consecutive quotes are separated by commas or spaces only, and nothing but final
 * punctuation follows the last one (the last quote may close after `to`). `strict` also
 * rejects a lone short term (`“独裁者”`) that reads as a name rather than speech.
 */
export function quoteRun(text: string, quotes: readonly Quote[], from: number, to: number, strict = false): QuoteRun | undefined {
  let p = from;
  while (p < to && /\s/.test(text[p] ?? '')) p++;
  let i = quotes.findIndex((q) => q.open === p);
  if (i < 0) return undefined;
  const first = quotes[i];
  if (!first) return undefined;
  let last = first;
  for (;;) {
    const next = quotes[i + 1];
    if (!next || next.open >= to || !SEPARATOR.test(text.slice(last.close + 1, next.open))) break;
    last = next;
    i++;
  }
  if (strict && first === last && !isSpeechQuote(text, first)) return undefined;
  return last.close + 1 >= to || TAIL.test(text.slice(last.close + 1, to)) ? { first, last } : undefined;
}

/** `[start, end)` without separators at the start or final punctuation at the end. */
export function trimContent(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && TRIM_START.test(text[s] ?? '')) s++;
  while (e > s && TRIM_END.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** True when `pos` lies inside the words of one of `quotes`. */
export function insideQuote(quotes: readonly Quote[], pos: number): boolean {
  return quotes.some((q) => q.start <= pos && pos < q.end);
}
