import stopwords from '../../../data/framing-stopwords.json';
import englishStopwords from '../../../data/en/stopwords.json';
import type { AnalyzedArticle } from '../../schema/analysis';
import type { FramingSpan } from '../../schema/framing';
import { tagWords, type Token } from '../../nlp/segment';
import { normalizeForCompare, toSimplified } from '../script-normalize';

const STOP = new Set<string>(stopwords.words);
/** English function words and reporting verbs (data/en/stopwords.json, from stopwords-iso). */
const LATIN_STOP = new Set<string>(englishStopwords.words);

/**
 * An article's text in simplified script (same offsets) and the segmenter's tokens of it, as
 * the analysis pass already has them; without it the framing functions compute both.
 */
export interface SimplifiedText {
  simplified: string;
  tokens: readonly Token[];
}

/** A term's occurrences in one article. */
export type TermSpans = Map<string, FramingSpan[]>;

/** Whether a segmenter token is a content term: no stop-word, no single character, no number or punctuation. */
export function isContentTerm(word: string): boolean {
  let known = contentTerms.get(word);
  if (known === undefined) {
    known = testContentTerm(word);
    if (contentTerms.size >= CONTENT_TERMS_LIMIT) contentTerms.clear();
    contentTerms.set(word, known);
  }
  return known;
}

/** Memo of `isContentTerm` (a word recurs in every article; three regex tests each time otherwise); bounded. */
const contentTerms = new Map<string, boolean>();
const CONTENT_TERMS_LIMIT = 50_000;

/** True when any position of `[start, end)` is marked. */
function anyTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}

function testContentTerm(word: string): boolean {
  if (!/\p{L}/u.test(word)) return false;
  if (/^[\p{Script=Latin}\d.'-]+$/u.test(word)) return word.length >= 3 && !LATIN_STOP.has(word);
  return [...word].length >= 2 && !STOP.has(word) && !/^[\d０-９.%年月日]+$/u.test(word);
}

/**
 * The terms of one article with their spans: every entity mention as one term (its surface
 * form, script-normalised: `中共` and `中国` stay apart, as the framing differs), then the
 * jieba words of the traditional→simplified text outside mentions, stop-words and
 * single-character noise removed. Deterministic; offsets are those of `article.text`.
 * Without `prepared`, the result is kept per article object (treat it as read-only).
 */
export function articleTerms(article: Pick<AnalyzedArticle, 'text' | 'entities'>, prepared?: SimplifiedText): TermSpans {
  if (prepared) return computeTerms(article, prepared);
  // A view asking again for the same (cached) article gets the terms of the first time,
  // instead of converting and segmenting its text on every request.
  let terms = viewTerms.get(article);
  if (!terms) viewTerms.set(article, (terms = computeTerms(article)));
  return terms;
}

const viewTerms = new WeakMap<object, TermSpans>();

function computeTerms(article: Pick<AnalyzedArticle, 'text' | 'entities'>, prepared?: SimplifiedText): TermSpans {
  const out: TermSpans = new Map();
  const add = (term: string, start: number, end: number): void => {
    const list = out.get(term);
    if (list) list.push({ start, end });
    else out.set(term, [{ start, end }]);
  };
  const taken = new Uint8Array(article.text.length);
  const mentions = article.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of mentions) {
    if (anyTaken(taken, m.start, m.end)) continue;
    taken.fill(1, m.start, m.end);
    add(normalizeForCompare(m.text).trim(), m.start, m.end);
  }
  for (const token of prepared?.tokens ?? tagWords(toSimplified(article.text))) {
    if (anyTaken(taken, token.start, token.end)) continue;
    const word = token.word.toLowerCase();
    if (isContentTerm(word)) add(word, token.start, token.end);
  }
  for (const spans of out.values()) spans.sort((a, b) => a.start - b.start);
  return out;
}

/** Occurrence counts of a term-spans map. */
export function countsOf(terms: TermSpans): Map<string, number> {
  return new Map([...terms].map(([t, s]) => [t, s.length]));
}

/** The sum of several count maps. */
export function addCounts(maps: Iterable<ReadonlyMap<string, number>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of maps) for (const [t, c] of m) out.set(t, (out.get(t) ?? 0) + c);
  return out;
}
