import * as OpenCC from 'opencc-js/t2cn';

let converter: ((text: string) => string) | undefined;

/** Traditional (Taiwan/Hong Kong/OpenCC standard) → simplified converter, built once on first use. */
function t2s(): (text: string) => string {
  if (!converter) {
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    converter = (text) => hk(tw(text));
  }
  return converter;
}

/** True when `text` has no CJK ideographs, so script conversion is a no-op. */
function hasCjk(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
}

/**
 * Simplified-script form of `text` with the same length, so every offset into the result
 * is an offset into `text`. Phrase-level conversions that would change the length are
 * replaced by character-by-character conversion of the affected line.
 */
export function toSimplified(text: string): string {
  if (!hasCjk(text)) return text;
  const convert = t2s();
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return text
    .split('\n')
    .map((line) => {
      const converted = convert(line);
      if (converted.length === line.length) return converted;
      return Array.from(line, (ch) => {
        const c = convert(ch);
        return c.length === ch.length ? c : ch;
      }).join('');
    })
    .join('\n');
}
