/** A top-level quotation: `open`/`close` are the positions of the marks, `start`/`end` its inner words. */
export interface Quote {
  open: number;
  close: number;
  start: number;
  end: number;
}

const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’', '﹁': '﹂' };
const CLOSERS = new Set(Object.values(PAIRS));
/** The code units `findQuotes` acts on (line break, ASCII and paired quotes); every other unit is passed over. */
const QUOTE_UNITS = new Uint8Array(0x10000);
for (const ch of ['\n', '"', ...Object.keys(PAIRS), ...CLOSERS]) QUOTE_UNITS[ch.charCodeAt(0)] = 1;

/** True for the characters that can open a quotation (curly, corner brackets, ASCII `"`). */
export function isOpenQuote(ch: string | undefined): boolean {
  return ch !== undefined && (ch in PAIRS || ch === '"');
}

/** True for the characters that can close a quotation. */
export function isCloseQuote(ch: string | undefined): boolean {
  return ch !== undefined && (CLOSERS.has(ch) || ch === '"');
}

/**
 * Finds the top-level quotations of `text` in one linear scan. Curly quotes and corner
 * brackets nest (inner quotes belong to the outer one); ASCII `"` toggles. Quotes never
 * cross a line break: an unclosed quotation is dropped when its line ends.
 */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const stack: { ch: string; at: number }[] = [];
  let ascii = -1;
  for (let i = 0; i < text.length; i++) {
    if (QUOTE_UNITS[text.charCodeAt(i)] === 0) continue;
    const ch = text[i] ?? '';
    if (ch === '\n') {
      stack.length = 0;
      ascii = -1;
      continue;
    }
    if (ch === '"') {
      if (stack.length > 0) continue;
      if (ascii < 0) ascii = i;
      else if (opensAscii(text, i)) {
        // An unclosed quotation followed by a clear opener: a quoted paragraph that continues in the
        // next one (typographic convention, paragraph breaks lost in scraped text) ends before it.
        let e = i;
        while (e > ascii + 1 && /\s/.test(text[e - 1] ?? '')) e--;
        if (e > ascii + 1) out.push({ open: ascii, close: e - 1, start: ascii + 1, end: e });
        ascii = i;
      } else {
        out.push({ open: ascii, close: i, start: ascii + 1, end: i });
        ascii = -1;
      }
      continue;
    }
    if (ascii >= 0) continue;
    const closer = PAIRS[ch];
    if (closer !== undefined) {
      // A lone `‘` at top level is usually an apostrophe-like mark; only nest it.
      if (ch === '‘' && stack.length === 0) continue;
      stack.push({ ch: closer, at: i });
      continue;
    }
    if (!CLOSERS.has(ch)) continue;
    const top = stack[stack.length - 1];
    if (!top || top.ch !== ch) continue;
    stack.pop();
    if (stack.length === 0) out.push({ open: top.at, close: i, start: top.at + 1, end: i });
  }
  return out;
}

/** An ASCII `"` that can only open: after a space or the text start, before a letter, digit or opening mark. */
function opensAscii(text: string, i: number): boolean {
  return (i === 0 || /[\s([]/.test(text[i - 1] ?? '')) && /[\p{L}\p{N}'‘([]/u.test(text[i + 1] ?? '');
}

/** True when a quotation reads as speech rather than a name or term: it has punctuation or is long. */
export function isSpeechQuote(text: string, q: Quote): boolean {
  return q.end - q.start > 12 || /[，,。！？!?；;：:…]|\.(?:\s|$)/.test(text.slice(q.start, q.end));
}
