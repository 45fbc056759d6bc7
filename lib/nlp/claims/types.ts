import type { EntityType, Speaker } from '../../schema/analysis';
import type { Span } from '../../schema/article';
import type { FlatMention } from './mentions';
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
  /** Claims found so far, in discovery order. */
  drafts: Draft[];
}
