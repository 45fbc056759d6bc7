import { SHORT_BLOCK_CONTAINS, SHORT_BLOCK_MAX, WHOLE_BLOCK } from './boilerplate-phrases';
import type { Block } from './html-blocks';

/**
 * Generic block-level boilerplate tests, for any outlet: known phrases (data in
 * boilerplate-phrases.ts), link density (related-article lists, tag lists, "read more"
 * lines), and source notes in parentheses at the end of a story.
 */

/** Share of a block's characters inside links above which it is navigation, not story. */
export const MAX_LINK_DENSITY = 0.5;

/** True when the block is a known boilerplate phrase (plus an adapter's own patterns). */
export function isBoilerplate(block: Block, extra: readonly RegExp[] = []): boolean {
  const t = block.text;
  if (WHOLE_BLOCK.some((re) => re.test(t)) || extra.some((re) => re.test(t))) return true;
  return t.length <= SHORT_BLOCK_MAX && SHORT_BLOCK_CONTAINS.some((re) => re.test(t));
}

/** Prose around links: enough unlinked text, written in clauses, to be a story sentence. */
const MIN_PROSE_CHARS = 15;

/**
 * True when most of the block's text is link text and what is left is not prose: a story
 * sentence whose clause happens to be an inline link (DW's `rel="ArticleRef"`) stays.
 */
export function isLinkList(block: Block): boolean {
  if (block.chars === 0 || block.linkChars / block.chars <= MAX_LINK_DENSITY) return false;
  const prose = block.chars - block.linkChars >= MIN_PROSE_CHARS && /[，。；！？,.;]/.test(block.text);
  return !prose;
}

/**
 * A source note closing a story, wholly in parentheses: `（法新社、路透社）`,
 * `（本文参考了法新社和路透社的报道。…）`, `(Reuters)`.
 */
const SOURCE_NOTE = /^[（(][^（）()]{1,160}[）)]$/;
const SOURCE_WORDS = /社|报道|報導|报导|参考|參考|综合|綜合|编译|編譯|来源|來源|消息|贡献|貢獻|Reuters|AFP|\bAP\b|dpa/i;

export function isSourceNote(block: Block): boolean {
  return SOURCE_NOTE.test(block.text) && SOURCE_WORDS.test(block.text);
}

/** A section head: an `h2`–`h6`, or a short paragraph set wholly in bold with no sentence end. */
export function isHeading(block: Block): boolean {
  if (/^h[1-6]$/.test(block.tag)) return true;
  return (
    block.chars > 0 &&
    block.boldChars === block.chars &&
    block.text.length <= 40 &&
    !/[。！？!?…；;，,：:”"」』]$/.test(block.text)
  );
}
