import { IngestError } from './ingest-error';

/**
 * Cheap pre-scans of HTML for hostile shapes, before any parser sees it: one linear pass
 * counting start tags, nesting depth (approximate: elements that are often left unclosed
 * count as void), attributes per element and in all, and the characters of text between
 * tags. The limits sit far above real pages (a saved news page, scripts and styles
 * removed, has 1,000–10,000 start tags, depth < 60, a few dozen attributes per element)
 * and below the shapes that make parsers slow (htmlparser2 keeps its open-element stack
 * with `unshift`: deep nesting costs quadratic time).
 */
export interface HtmlShape {
  startTags: number;
  depth: number;
  attributes: number;
  /** Most attributes on a single element. */
  maxElementAttributes: number;
  /** Characters outside tags. */
  textChars: number;
}

/** Limits of the markup that remains after scripts, styles and comments are removed (docs/api.md). */
export const HTML_LIMITS = {
  /** Characters of markup left after stripping scripts, styles, comments (see strip-inert.ts). */
  markupChars: 4 * 1024 * 1024,
  startTags: 50_000,
  depth: 4_096,
  attributes: 250_000,
  elementAttributes: 1_000,
  /**
   * Five times the story-text limit (200,000): a saved page has well under 100,000 characters
   * of text once scripts and styles are gone. Text costs every later step (45,000 paragraphs
   * of story, 1.2 Mi characters, took 2.5 s to reach "story text too long").
   */
  textChars: 1024 * 1024,
} as const;

const OFTEN_UNCLOSED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'option', 'td', 'tr', 'th', 'dt', 'dd', 'param', 'keygen',
]);

/** Counts attributes in the inside of a start tag (`a="1" b c='2'`), quotes respected. */
function countAttributes(tag: string): number {
  let n = 0;
  let i = 0;
  const len = tag.length;
  while (i < len) {
    const c = tag.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47) {
      i++;
      continue;
    }
    // an attribute name
    n++;
    while (i < len && !/[\s=/]/.test(tag[i]!)) i++;
    while (i < len && /\s/.test(tag[i]!)) i++;
    if (tag[i] !== '=') continue;
    i++;
    while (i < len && /\s/.test(tag[i]!)) i++;
    const q = tag[i];
    if (q === '"' || q === "'") {
      const end = tag.indexOf(q, i + 1);
      i = end < 0 ? len : end + 1;
    } else {
      while (i < len && !/\s/.test(tag[i]!)) i++;
    }
  }
  return n;
}

/** The shape of `html` in one linear scan. */
export function prescanHtml(html: string): HtmlShape {
  const shape: HtmlShape = { startTags: 0, depth: 0, attributes: 0, maxElementAttributes: 0, textChars: 0 };
  let depth = 0;
  let pos = 0;
  const len = html.length;
  while (pos < len) {
    const lt = html.indexOf('<', pos);
    const textEnd = lt < 0 ? len : lt;
    shape.textChars += textEnd - pos;
    if (lt < 0) break;
    const c = html.charCodeAt(lt + 1);
    const closing = c === 47; // '/'
    const nameStart = closing ? lt + 2 : lt + 1;
    const n = html.charCodeAt(nameStart);
    if (!((n >= 65 && n <= 90) || (n >= 97 && n <= 122))) {
      shape.textChars++;
      pos = lt + 1;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < len && /[\w:-]/.test(html[nameEnd]!)) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    // the end of the tag, skipping `>` inside quoted attribute values
    let end = nameEnd;
    while (end < len && html[end] !== '>') {
      const q = html[end];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, end + 1);
        end = close < 0 ? len : close + 1;
      } else end++;
    }
    if (closing) {
      if (!OFTEN_UNCLOSED.has(name)) depth = Math.max(0, depth - 1);
    } else {
      shape.startTags++;
      const inside = html.slice(nameEnd, Math.min(end, len));
      const attrs = countAttributes(inside);
      shape.attributes += attrs;
      if (attrs > shape.maxElementAttributes) shape.maxElementAttributes = attrs;
      if (!OFTEN_UNCLOSED.has(name) && !inside.trimEnd().endsWith('/')) shape.depth = Math.max(shape.depth, ++depth);
    }
    pos = end + 1;
  }
  return shape;
}

/**
 * Refuses markup beyond the limits above, naming the first limit passed.
 * @throws IngestError `HTML too complex: …`
 */
export function assertReadableShape(shape: HtmlShape, source: string): void {
  const checks: [number, number, string][] = [
    [shape.startTags, HTML_LIMITS.startTags, 'start tags'],
    [shape.depth, HTML_LIMITS.depth, 'levels of nesting'],
    [shape.maxElementAttributes, HTML_LIMITS.elementAttributes, 'attributes on one element'],
    [shape.attributes, HTML_LIMITS.attributes, 'attributes'],
    [shape.textChars, HTML_LIMITS.textChars, 'characters of text'],
  ];
  for (const [value, limit, what] of checks) {
    if (value > limit) throw new IngestError(source, `HTML too complex: ${value} ${what} (limit ${limit})`);
  }
}
