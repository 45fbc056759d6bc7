import type { Span } from '../schema/article';

/** Sentence-final punctuation (Chinese and Latin). */
const TERMINATORS = new Set(['。', '！', '？', '!', '?', '…', '；', ';']);
/** Closing quotes and brackets that stay with the sentence they end. */
const CLOSERS = new Set(['”', '’', '」', '』', '"', "'", '）', ')', '】', '》']);

/**
 * Splits `text` into sentence spans. Paragraph breaks (`\n`) always end a sentence;
 * a terminator ends one unless it sits inside an open quotation, and closing quotes or
 * brackets right after a terminator belong to the sentence they close.
 * Leading and trailing whitespace is excluded from each span; empty sentences are dropped.
 */
export function splitSentences(text: string, base = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let quoteDepth = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: base + s, end: base + e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      quoteDepth = 0;
      continue;
    }
    if (ch === '“' || ch === '「' || ch === '『') quoteDepth++;
    else if ((ch === '”' || ch === '」' || ch === '』') && quoteDepth > 0) quoteDepth--;
    if (!TERMINATORS.has(ch)) continue;
    // ASCII `!`/`?`/`;` inside Latin text only end a sentence before whitespace or end of text.
    if ((ch === '!' || ch === '?' || ch === ';') && i + 1 < text.length && !/[\s"'”’)]/.test(text[i + 1] ?? '')) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end] ?? '') || CLOSERS.has(text[end] ?? ''))) {
      const c = text[end] ?? '';
      if ((c === '”' || c === '」' || c === '』') && quoteDepth > 0) quoteDepth--;
      end++;
    }
    if (quoteDepth > 0) {
      i = end - 1;
      continue;
    }
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  // Latin full stops: split "… end. Next" for English text.
  return spans.flatMap((s) => splitLatinStops(text.slice(s.start - base, s.end - base), s.start));
}

function splitLatinStops(sentence: string, offset: number): Span[] {
  if (!/[a-z]\.\s+[A-Z"“]/.test(sentence)) return [{ start: offset, end: offset + sentence.length }];
  const out: Span[] = [];
  const re = /(?<![A-Z][a-z]?|\b(?:Mr|Mrs|Ms|Dr|St|U\.S|No|Gen|Sen|Rep))\.\s+(?=[A-Z"“])/g;
  let last = 0;
  for (const m of sentence.matchAll(re)) {
    const cut = (m.index ?? 0) + 1;
    out.push({ start: offset + last, end: offset + cut });
    last = cut + (m[0].length - 1);
  }
  out.push({ start: offset + last, end: offset + sentence.length });
  return out.filter((s) => s.end > s.start);
}
