import { englishStem } from '../compare/claim-tokens';
import { extractQuantities } from '../compare/quantities';
import { isContentTerm, type SimplifiedText } from '../compare/framing/article-terms';
import { gazetteer } from '../nlp/entities/gazetteer';
import { toSimplified } from '../nlp/script';
import { tagWords } from '../nlp/segment';
import type { AnalyzedArticle } from '../schema/analysis';
import type { ArchiveFeatures } from '../schema/archive';
import { minhash } from './minhash';
import { segmentWords } from './search-text';

/** Characters of story text read as the lead (about the first two sentences of Chinese, three of English). */
export const LEAD_CHARS = { cjk: 160, latin: 420 } as const;
/** Words of the whole text kept (the most frequent). */
export const BODY_TERMS = 40;
/** Weight of a title word against a lead word. */
const TITLE_WEIGHT = 2;

/** Counts the content words among segmented words (lower case; English ones stemmed). */
function countWords(words: Iterable<string>, weight: number, into: Record<string, number>): void {
  for (const word of words) {
    const raw = word.toLowerCase();
    if (/^\p{N}/u.test(raw) || !isContentTerm(raw)) continue;
    if (/^[a-z]+$/.test(raw) && raw.length < 3) continue;
    const w = /^[a-z]+$/.test(raw) ? englishStem(raw) : raw;
    into[w] = (into[w] ?? 0) + weight;
  }
}

/** The segmenter's tokens of the article's text in simplified script, as the analysis computes them (lib/nlp/doc.ts `simplifiedTokens`). */
function textTokens(article: Pick<AnalyzedArticle, 'text'>): SimplifiedText {
  gazetteer(); // registers the gazetteer's names with the segmenter, as the analysis does
  const simplified = toSimplified(article.text);
  return { simplified, tokens: tagWords(simplified) };
}

/**
 * Figures of a text worth matching on, as the claim comparison reads them
 * (lib/compare/quantities.ts): what is counted and its value (`dead:6` from `六死` or
 * `6人死亡`, `%:12.4`, `小时:5.5`); years are dates and not read.
 */
export function figures(text: string): string[] {
  return [...new Set(extractQuantities(text).map((q) => `${q.key}:${q.value}`))].sort();
}

/** The lead: the story's first characters, cut at a paragraph end when one falls near. */
export function leadOf(article: Pick<AnalyzedArticle, 'text' | 'script'>): string {
  const limit = article.script === 'latin' ? LEAD_CHARS.latin : LEAD_CHARS.cjk;
  return article.text.slice(0, limit);
}

/**
 * What event detection reads of an analysed article (see ArchiveFeatures). `prepared` is the
 * article's simplified text and its tokens as the analysis pass already has them
 * (lib/analyze.ts `analyzeWithTexts`), so the text is not segmented again; without it they
 * are computed. Deterministic.
 */
export function articleFeatures(article: AnalyzedArticle, prepared: SimplifiedText = textTokens(article)): ArchiveFeatures {
  const terms: Record<string, number> = {};
  const lead = leadOf(article);
  countWords(segmentWords(article.title), TITLE_WEIGHT, terms);
  countWords(
    prepared.tokens.filter((t) => t.end <= lead.length).map((t) => t.word),
    1,
    terms,
  );
  const counted: Record<string, number> = {};
  countWords(
    prepared.tokens.map((t) => t.word),
    1,
    counted,
  );
  const body = Object.fromEntries(
    Object.entries(counted)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, BODY_TERMS),
  );
  const entities: Record<string, number> = {};
  for (const e of article.entities) entities[e.id] = (entities[e.id] ?? 0) + e.mentions.length;
  const time = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  return {
    terms,
    body,
    entities,
    numbers: figures(`${article.title}\n${lead}`),
    minhash: minhash(article.text),
    time: Number.isFinite(time) ? time : null,
  };
}
