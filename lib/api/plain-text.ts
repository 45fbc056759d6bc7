import type { Article } from '../schema/article';
import { IngestError } from '../ingest/ingest-error';
import { normalizeInput } from '../ingest/normalize-input';
import type { StoryBlock } from '../ingest/story-blocks';
import { buildArticle } from './build-article';

const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}，。、；：！？」』）]$/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}，。、；：！？「『（]/u;

/** Lines of one paragraph joined: no space between CJK characters, one space otherwise. */
function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (!out) out = line;
    else out += CJK_END.test(out) && CJK_START.test(line) ? line : ` ${line}`;
  }
  return out;
}

/** A first line short enough, and unpunctuated enough, to be the title. */
function isTitleLine(line: string): boolean {
  return line.length <= 80 && !/[。．.!?！？]$/.test(line);
}

/**
 * Plain text → Article: paragraphs are separated by blank lines (lines inside one are
 * joined); a short first line standing alone is the title, else the file name is.
 * @throws IngestError for empty or whitespace-only text.
 */
export function textToArticle(raw: string, source: string): Article {
  const input = normalizeInput(raw);
  const paragraphs = input
    .split(/\n[^\S\n]*\n/)
    .map((p) => joinLines(p.split('\n').map((l) => l.replace(/[^\S\u3000]+/g, ' ').trim()).filter(Boolean)))
    .filter((p) => p.length > 0);
  if (paragraphs.length === 0) throw new IngestError(source, 'empty: the text is blank or whitespace only');
  let title = source.replace(/\.[a-z0-9]{1,5}$/i, '');
  const firstPara = input.trimStart().split('\n')[0]?.trim() ?? '';
  if (isTitleLine(firstPara) && (paragraphs.length > 1 || input.trim().includes('\n'))) {
    title = firstPara;
    if (paragraphs[0] === firstPara) paragraphs.shift();
    else paragraphs[0] = paragraphs[0]!.slice(firstPara.length).trim();
  }
  if (paragraphs.length === 0) throw new IngestError(source, 'no story text: only a title line');
  const blocks: StoryBlock[] = paragraphs.map((text) => ({ text, kind: 'p' }));
  return buildArticle({ source, input, title, url: '', blocks });
}
