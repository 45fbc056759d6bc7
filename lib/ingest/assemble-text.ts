import type { Paragraph } from '../schema/article';
import type { StoryBlock } from './story-blocks';

/** Joins story blocks with `\n\n` into one text, with a span per block. */
export function assembleText(blocks: readonly StoryBlock[]): { text: string; paragraphs: Paragraph[] } {
  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    if (!block.text) continue;
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + block.text.length, kind: block.kind });
    text += block.text;
  }
  return { text, paragraphs };
}
