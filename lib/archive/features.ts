import { englishStem } from '../compare/claim-tokens';
import { extractQuantities } from '../compare/quantities';
import { isContentTerm } from '../compare/framing/article-terms';
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

/** Content words of a text (simplified, lower case, stemmed), counted. */
function countWords(text: string, weight: number, into: Record<string, number>): void {
  for (const raw of segmentWords(text.replace(/['’]s\b/g, ''))) {
    if (/^\p{N}/u.test(raw) || !isContentTerm(raw)) continue;
    if (/^[a-z]+$/.test(raw) && raw.length < 3) continue;
    const w = /^[a-z]+$/.test(raw) ? englishStem(raw) : raw;
    into[w] = (into[w] ?? 0) + weight;
  }
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

/** What event detection reads of an analysed article (see ArchiveFeatures). Deterministic. */
export function articleFeatures(article: AnalyzedArticle): ArchiveFeatures {
  const terms: Record<string, number> = {};
  const lead = leadOf(article);
  countWords(article.title, TITLE_WEIGHT, terms);
  countWords(lead, 1, terms);
  const counted: Record<string, number> = {};
  countWords(article.text, 1, counted);
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
