import type { Paragraph } from '../schema/article';
import { stripInlineFurniture } from './boilerplate-phrases';
import { isBoilerplate, isHeading, isLinkList, isSourceNote } from './clean-blocks';
import { readCreditLine, splitTrailingCredit, type Credits } from './credits';
import type { DateFinding } from './dates/date-finding';
import { readDateline } from './dates/datelines';
import { readWrittenDate } from './dates/written-date';
import type { Block } from './html-blocks';
import type { OutletAdapter } from './outlets/adapter';
import { stripStoryPrefix } from './story-prefix';

/** A story paragraph before offsets are assigned. */
export interface StoryBlock {
  text: string;
  kind: Paragraph['kind'];
}

export interface Story {
  blocks: StoryBlock[];
  credits: Credits;
  /** Date lines found in the body, in document order. */
  datelines: DateFinding[];
}

/** Title variants a body may repeat as its own heading: `[Chinese] X` → `X`, `X - 要闻解说` → `X`. */
function titleVariants(title: string): Set<string> {
  const t = title.trim();
  return new Set([t, t.replace(/^\[[^\]]{1,20}\]\s*/, ''), t.replace(/\s+[-|–—]\s+[^-|–—]{1,12}$/, '')]);
}

const squash = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s,，:：]+/g, '');
/** A block that is only a byline or site name, possibly with a label (`By X`, `作者，X`). */
function sameText(block: string, name: string): boolean {
  const b = squash(block);
  const n = squash(name);
  return n.length > 0 && (b === n || (b.endsWith(n) && b.length - n.length <= 4));
}

function addCredits(into: Credits, found: Credits): void {
  if (found.byline && !into.byline) into.byline = found.byline;
  if (found.editor && !into.editor) into.editor = found.editor;
}

/**
 * Blocks → the story: drops the repeated title, date lines (kept as evidence), furniture
 * phrases, link lists, credit lines (kept as byline/editor), source notes; strips the
 * opening dateline of the first paragraph and trailers of the last; stops after the
 * closing editor credit.
 */
export function extractStory(
  blocks: readonly Block[],
  title: string,
  adapter: OutletAdapter,
  options: { lang?: string; drop?: readonly string[]; trimFragments?: boolean } = {},
): Story {
  const tz = adapter.outlet.timeZone;
  const titles = titleVariants(title);
  const credits: Credits = {};
  const datelines: DateFinding[] = [];
  const kept: StoryBlock[] = [];
  for (const [index, block] of blocks.entries()) {
    if (kept.length === 0 && index < 4 && titles.has(block.text)) continue;
    const dateline =
      (block.datetime ? readDateline(block.datetime, tz) : null) ??
      adapter.readDateline?.(block.text, tz) ??
      readDateline(block.text, tz) ??
      (options.lang ? readWrittenDate(block.text, options.lang, tz) : null);
    if (dateline) {
      datelines.push(dateline);
      continue;
    }
    if (isBoilerplate(block, adapter.dropBlocks) || isLinkList(block)) continue;
    if (options.drop?.some((d) => sameText(block.text, d))) continue;
    const credit = readCreditLine(block.text);
    if (credit) {
      addCredits(credits, credit);
      // an editor credit closes the story: what follows is furniture
      if (credit.editor && kept.length > 0) break;
      continue;
    }
    if (isSourceNote(block) && kept.length > 0) continue;
    const text = stripInlineFurniture(block.text);
    if (!text) continue;
    kept.push({ text, kind: isHeading(block) ? 'h' : 'p' });
  }
  const firstP = kept.find((b) => b.kind === 'p');
  if (firstP) {
    const prefix = stripStoryPrefix(firstP.text, tz);
    firstP.text = prefix.text;
    if (prefix.byline) addCredits(credits, { byline: prefix.byline });
    if (prefix.date) datelines.unshift(prefix.date);
  }
  const trailerDates = stripTrailers(kept, adapter, credits);
  datelines.push(...trailerDates);
  const nonEmpty = kept.filter((b) => b.text.length > 0);
  return { blocks: options.trimFragments ? trimFragments(nonEmpty) : nonEmpty, credits, datelines };
}

/** `（完）` closing a wire story's last paragraph. */
const END_MARK = /\s*[（(](?:完|全文完)[）)]\s*$/;

/** Trailing credits `（譯者：…）` and adapter trailers (CNA serial) on the last paragraphs. */
function stripTrailers(kept: StoryBlock[], adapter: OutletAdapter, credits: Credits): DateFinding[] {
  const dates: DateFinding[] = [];
  for (let k = kept.length - 1; k >= Math.max(0, kept.length - 2); k--) {
    const block = kept[k]!;
    const trailer = adapter.stripTrailer?.(block.text, adapter.outlet.timeZone);
    if (trailer) {
      block.text = trailer.text.trim();
      if (trailer.date) dates.push(trailer.date);
    }
    block.text = block.text.replace(END_MARK, '');
    const credit = splitTrailingCredit(block.text);
    if (credit) {
      block.text = credit.text.trim();
      addCredits(credits, credit.credits);
    }
    if (trailer || credit) break;
  }
  return dates;
}

/** Sentence-final punctuation (any script): what a story paragraph ends with. */
const SENTENCE_END = /[.!?。！？…"”»」』)）:：]$/u;
const isFragment = (b: StoryBlock): boolean => b.text.length < 40 && !SENTENCE_END.test(b.text);

/**
 * Page furniture that survives as short fragments around a story: labels, kickers, role
 * lines and timestamps before its first paragraph (`Owen Pritchard`, `BBC News`, `2h`),
 * and headings or fragments after its last (`More from the BBC`, `Comentarios`). A
 * heading followed by a real paragraph stays; a story made only of fragments is kept.
 */
function trimFragments(blocks: StoryBlock[]): StoryBlock[] {
  let start = 0;
  while (start < blocks.length && (isFragment(blocks[start]!) || blocks[start]!.kind === 'h')) start++;
  let end = blocks.length;
  while (end > start && (isFragment(blocks[end - 1]!) || blocks[end - 1]!.kind === 'h')) end--;
  return start < end ? blocks.slice(start, end) : blocks;
}
