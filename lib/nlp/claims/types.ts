import type { EntityType, Speaker } from '../../schema/analysis';
import type { Paragraph, Span } from '../../schema/article';
import type { FlatMention } from './mentions';
import type { Token } from '../segment';
import type { Quote } from './quotes';

/** A claim before ids are assigned; `sentenceIndex` and `speakerType` help later resolution. */
export interface Draft {
  speaker: Speaker;
  /** Entity type of the resolved speaker, when it is an entity. */
  speakerType?: EntityType;
  cue: string;
  start: number;
  end: number;
  direct: boolean;
  sentence: Span;
  sentenceIndex: number;
  /** A quote-only sentence that took the previous speaker (re-attributable). */
  carried?: boolean;
}

/** What the claim finders share while they walk one article. */
export interface ClaimContext {
  text: string;
  sentences: readonly Span[];
  mentions: readonly FlatMention[];
  quotes: readonly Quote[];
  /** Paragraph spans of the text, in order (empty: paragraphs are told by line breaks). */
  paragraphs: readonly Paragraph[];
  /** The segmenter's tagged words of the text (Chinese documents; computed once per document). */
  tokens: () => readonly Token[];
  /** Claims found so far, in discovery order. */
  drafts: Draft[];
}

/**
 * Whether `a` and `b` (offsets, `a <= b`) lie in one paragraph: no paragraph boundary and no line
 * break between them. The clean text joins paragraphs with a space, so the spans decide.
 */
export function sameParagraph(ctx: ClaimContext, a: number, b: number): boolean {
  if (ctx.text.slice(a, b).includes('\n')) return false;
  const ps = ctx.paragraphs;
  if (ps.length === 0) return true;
  return paragraphAt(ps, a) === paragraphAt(ps, b);
}

/** Index of the paragraph holding `pos` (the last one starting at or before it), by bisection. */
function paragraphAt(ps: readonly Paragraph[], pos: number): number {
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (ps[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
