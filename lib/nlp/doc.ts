import type { Paragraph, Script, Span } from '../schema/article';
import type { Message } from '../schema/analysis';
import { toSimplified } from './script';
import { gazetteer } from './entities/gazetteer';
import { tagWords, type Token } from './segment';

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

/** The texts derived from a document's text, each computed at most once per document. */
interface Derived {
  simplified?: string;
  tokens?: readonly Token[];
  simplifiedTokens?: readonly Token[];
}

const derived = new WeakMap<NlpDoc, Derived>();

function derivedOf(doc: NlpDoc): Derived {
  let d = derived.get(doc);
  if (!d) derived.set(doc, (d = {}));
  return d;
}

/**
 * A copy of `doc` with its own empty `messages` that shares the texts already derived from it
 * (simplified text, segmenter tokens): a document analysed again (an article in another
 * comparison) is neither converted nor segmented twice.
 */
export function reusedDoc(doc: NlpDoc): NlpDoc {
  const copy: NlpDoc = { ...doc, messages: [] };
  derived.set(copy, derivedOf(doc));
  return copy;
}

/** True for English documents (Latin script): no segmentation, no script conversion. */
export function isLatinDoc(doc: NlpDoc): boolean {
  return doc.script === 'latin' || doc.language === 'en';
}

/** True for traditional-script documents, which the Chinese stages read in simplified script. */
export function isTraditionalDoc(doc: NlpDoc): boolean {
  return doc.script === 'traditional' || doc.language === 'zh-Hant';
}

/**
 * The whole text converted to simplified script (same length, same offsets), computed once
 * per document: what the comparison-level stages (framing terms, term families) match on.
 */
export function simplifiedText(doc: NlpDoc): string {
  const d = derivedOf(doc);
  return (d.simplified ??= toSimplified(doc.text));
}

/**
 * The text the Chinese entity stage reads: the simplified-script form of a traditional
 * document, the text itself otherwise (same offsets either way).
 */
export function stageText(doc: NlpDoc): string {
  return isTraditionalDoc(doc) ? simplifiedText(doc) : doc.text;
}

/** The segmenter's tokens of `stageText(doc)`, tagged once per document. */
export function stageTokens(doc: NlpDoc): readonly Token[] {
  const d = derivedOf(doc);
  // The gazetteer registers its names with the segmenter, which only takes them when it is first built.
  gazetteer();
  return (d.tokens ??= tagWords(stageText(doc)));
}

/**
 * The segmenter's tokens of `simplifiedText(doc)`: the stage tokens when the two texts are
 * the same (traditional documents, and simplified ones the converter leaves unchanged), so
 * the text is tagged once.
 */
export function simplifiedTokens(doc: NlpDoc): readonly Token[] {
  const d = derivedOf(doc);
  if (d.simplifiedTokens) return d.simplifiedTokens;
  const simplified = simplifiedText(doc);
  return (d.simplifiedTokens = !isLatinDoc(doc) && simplified === stageText(doc) ? stageTokens(doc) : tagWords(simplified));
}
