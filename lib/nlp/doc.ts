import type { Paragraph, Script, Span } from '../schema/article';
import type { Message } from '../schema/analysis';

/**
 * The document every NLP stage reads: the article's clean text with its sentence and
 * paragraph spans and the context needed to resolve relative dates. Stages are pure
 * functions of this document (and of earlier stages' output); problems are pushed to
 * `messages` with a position, never logged.
 */
export interface NlpDoc {
  text: string;
  sentences: Span[];
  paragraphs: Paragraph[];
  script: Script;
  /** `zh-Hans`, `zh-Hant` or `en`. */
  language: string;
  /** ISO instant of publication, or null when unknown. */
  publishedAt: string | null;
  /** The outlet's IANA time zone: relative dates resolve against the local date there. */
  timeZone: string;
  messages: Message[];
}
