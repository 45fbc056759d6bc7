import { load } from 'cheerio/slim';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { isFurniture } from './page-furniture';

/**
 * HTML → blocks: the text runs between block boundaries, in document order.
 *
 * Parsed with cheerio's htmlparser2 path (`xml: { xmlMode: false }`: forgiving HTML
 * rules, entities decoded, no parse5) and walked with an explicit stack, so thousands
 * of nested tags cost time linear in the input and no recursion depth. Block elements
 * (`p`, `div`, `h2`, `li`, …; also `time`, so a `<time datetime>` is a block of its own) and a double `<br>` (or a `<br>` followed by an ideographic-space indent) end a block; a single `<br>` is a
 * space. Furniture (see page-furniture.ts and the adapter's selectors) is skipped.
 */
export interface Block {
  /** Whitespace-collapsed text, trimmed. */
  text: string;
  /** Innermost block-level element the text sat in (`p`, `div`, `h2`, `li`, …; `body` at top level). */
  tag: string;
  /** Non-space characters inside links. */
  linkChars: number;
  /** Non-space characters inside `strong`/`b`. */
  boldChars: number;
  /** Non-space characters in all. */
  chars: number;
  /** `datetime` of a `<time>` element that made up this block, if any. */
  datetime?: string;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'ul',
]);

/**
 * Upper bound on start tags in one body. htmlparser2 keeps its open-element stack with
 * `unshift`, so pathological nesting costs quadratic time: 3,000 levels take ~50 ms,
 * 50,000 about 2 s. Real article bodies have a few hundred tags.
 */
export const MAX_START_TAGS = 50_000;

/** Number of start tags in `html` (a cheap scan, no parsing). */
export function countStartTags(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}

/** Runs of whitespace other than the ideographic space U+3000 collapse to one space. */
export function collapseSpace(s: string): string {
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[^\S\u3000]+/g, ' ')
    .replace(/^\s+|\s+$/g, '');
}

const nonSpace = (s: string): number => s.replace(/\s+/g, '').length;

class BlockBuilder {
  readonly blocks: Block[] = [];
  private parts: string[] = [];
  private linkChars = 0;
  private boldChars = 0;
  private datetime: string | undefined;
  /** A `<br>` was seen and only whitespace followed it. */
  pendingBr = false;

  add(text: string, inLink: boolean, inBold: boolean, tag: string): void {
    // `<br>` + ideographic-space indent (`<br>` + U+3000 U+3000 + text) starts a new paragraph in Chinese layouts
    if (this.pendingBr && /^[^\S\u3000]*\u3000/.test(text)) this.flush(tag);
    this.parts.push(text);
    const n = nonSpace(text);
    if (n > 0) this.pendingBr = false;
    if (inLink) this.linkChars += n;
    if (inBold) this.boldChars += n;
  }

  setDatetime(value: string): void {
    this.datetime = value;
  }

  flush(tag: string): void {
    const text = collapseSpace(this.parts.join(''));
    if (text) {
      const block: Block = { text, tag, linkChars: this.linkChars, boldChars: this.boldChars, chars: nonSpace(text) };
      if (this.datetime) block.datetime = this.datetime;
      this.blocks.push(block);
    }
    this.parts = [];
    this.linkChars = 0;
    this.boldChars = 0;
    this.datetime = undefined;
    this.pendingBr = false;
  }
}

type Frame = { node: AnyNode; exit: false } | { node: Element; exit: true };

/** Reads `html` into blocks, after removing `dropSelectors` (adapter furniture). */
export function htmlToBlocks(html: string, dropSelectors: readonly string[] = []): Block[] {
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } }, false);
  for (const selector of dropSelectors) $(selector).remove();
  return nodesToBlocks($.root()[0]?.children ?? []);
}

/** Reads already parsed nodes into blocks (see htmlToBlocks). */
export function nodesToBlocks(nodes: readonly AnyNode[]): Block[] {
  const out = new BlockBuilder();
  const blockStack: string[] = ['body'];
  let linkDepth = 0;
  let boldDepth = 0;
  const stack: Frame[] = [];
  const pushChildren = (children: readonly AnyNode[]): void => {
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k]!, exit: false });
  };
  pushChildren(nodes);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.exit) {
      const el = frame.node;
      if (el.name === 'a') linkDepth--;
      else if (el.name === 'strong' || el.name === 'b') boldDepth--;
      if (BLOCK_TAGS.has(el.name)) {
        out.flush(blockStack.at(-1) ?? 'body');
        blockStack.pop();
      }
      continue;
    }
    if (isText(node)) {
      out.add(node.data, linkDepth > 0, boldDepth > 0, blockStack.at(-1) ?? 'body');
      continue;
    }
    if (!isTag(node)) continue; // comments, directives, CDATA
    const el = node;
    if (el.name === 'br') {
      if (out.pendingBr) out.flush(blockStack.at(-1) ?? 'body');
      else {
        out.add(' ', false, false, blockStack.at(-1) ?? 'body');
        out.pendingBr = true;
      }
      continue;
    }
    if (isFurniture(el)) continue;
    if (BLOCK_TAGS.has(el.name)) {
      out.flush(blockStack.at(-1) ?? 'body');
      blockStack.push(el.name);
      if (el.name === 'time' && el.attribs.datetime) out.setDatetime(el.attribs.datetime);
    }
    if (el.name === 'a') linkDepth++;
    else if (el.name === 'strong' || el.name === 'b') boldDepth++;
    stack.push({ node: el, exit: true });
    pushChildren(el.children);
  }
  out.flush(blockStack.at(-1) ?? 'body');
  return out.blocks;
}
