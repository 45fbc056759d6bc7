import { createHash } from 'node:crypto';
import type { Article } from './schema/article';
import { Analysis, type AnalyzedArticle, type ArticleEntity, type Message, type TimeMention } from './schema/analysis';
import { extractClaims } from './nlp/claims';
import { type NlpDoc, reusedDoc, simplifiedText, simplifiedTokens } from './nlp/doc';
import { extractEntities, linkAcrossArticles } from './nlp/entities';
import { englishSentences, forgetEnglishDocs } from './nlp/en/tokens';
import { splitSentences } from './nlp/sentences';
import { extractTimes } from './nlp/times';
import { alignClaims } from './compare/align-claims';
import { comparisonEntities } from './compare/entity-overlap';
import { forgetNormalized } from './compare/script-normalize';
import { forgetTextSides } from './compare/speaker-side';
import { forgetSpeakerBodies } from './compare/speaker-relation';
import type { SimplifiedText } from './compare/framing/article-terms';
import { computeFraming } from './compare/framing/compute-framing';
import { ANALYZER_VERSION } from './version';

/**
 * Empties the memos that the analysis keeps across calls, keyed by whole texts of earlier
 * inputs: English documents (wink-nlp tokens), normalised claim and speaker texts, speaker
 * bodies and sides. A pass analysed after this does the work a pass over unseen articles
 * does (bench/speed.ts measures that). Memos keyed by single words (stems, content terms)
 * are kept: a vocabulary, warm in any long-running process. No result depends on them.
 */
export function forgetTextMemos(): void {
  forgetEnglishDocs();
  forgetNormalized();
  forgetSpeakerBodies();
  forgetTextSides();
}

/** Builds the NLP document of one article. */
export function toNlpDoc(article: Article): NlpDoc {
  return {
    text: article.text,
    sentences: article.language === 'en' ? englishSentences(article.text, article.paragraphs) : article.paragraphs.flatMap((p) => splitSentences(article.text.slice(p.start, p.end), p.start)),
    paragraphs: article.paragraphs,
    script: article.script,
    language: article.language,
    publishedAt: article.publishedAt,
    timeZone: article.outlet.timeZone,
    messages: [],
  };
}

/**
 * The part of one article's analysis that depends on that article alone: its document (with
 * the simplified text and segmenter tokens derived from it), its entities before they are
 * linked across the comparison, its time mentions, and the messages of those two stages.
 */
interface ArticleStages {
  doc: NlpDoc;
  entities: ArticleEntity[];
  times: TimeMention[];
  entityMessages: Message[];
  timeMessages: Message[];
}

/**
 * The content key of an article's own analysis: the analyzer version and every field of the
 * article the NLP document is built from (text, paragraphs, script, language, publication
 * instant, outlet time zone). Title, URL and outlet name do not change it.
 */
export function articleAnalysisKey(article: Article): string {
  const fields = [ANALYZER_VERSION, article.text, article.paragraphs, article.script, article.language, article.publishedAt, article.outlet.timeZone];
  return createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('base64url');
}

/**
 * Each article's own analysis kept by content key (see `articleAnalysisKey`), least recently
 * used first out, bounded by the characters of article text it holds: an article analysed in
 * one comparison is neither segmented nor searched for entities and times again in the next.
 * Entries are copied in and out (later stages never see or change a stored value), so a
 * comparison analysed with the cache is identical to one analysed without it.
 */
export class ArticleCache {
  private readonly entries = new Map<string, ArticleStages>();
  private chars = 0;
  /** Lookups answered from the cache, and analysed afresh (tests, bench). */
  readonly stats = { hits: 0, misses: 0 };

  constructor(readonly maxChars: number) {}

  get(key: string): ArticleStages | undefined {
    const stages = this.entries.get(key);
    if (!stages) return undefined;
    this.entries.delete(key);
    this.entries.set(key, stages);
    return { ...copyStages(stages), doc: reusedDoc(stages.doc) };
  }

  set(key: string, stages: ArticleStages): void {
    const size = stages.doc.text.length;
    if (size > this.maxChars || this.entries.has(key)) return;
    this.entries.set(key, { ...copyStages(stages), doc: reusedDoc(stages.doc) });
    this.chars += size;
    for (const [k, v] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(k);
      this.chars -= v.doc.text.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

function copyStages(s: ArticleStages): Omit<ArticleStages, 'doc'> {
  return structuredClone({ entities: s.entities, times: s.times, entityMessages: s.entityMessages, timeMessages: s.timeMessages });
}

/**
 * The whole analysis of a comparison: per article entities, entity ids linked across
 * articles, then per article claims and times, then cross-outlet claim groups, entity
 * overlap and framing. Pure and deterministic; with `cache`, each article's own stages
 * (document, entities before linking, times) are reused from earlier comparisons and stored
 * for later ones (same result, see `ArticleCache`). Articles analysed afresh run in the same
 * order of calls as without a cache.
 */
export function analyzeArticles(articles: readonly Article[], options: { cache?: ArticleCache } = {}): Analysis {
  return analyzeWithTexts(articles, options).analysis;
}

/**
 * `analyzeArticles`, with each article's simplified text and the segmenter's tokens of it as
 * the pass computed them (by article id), for a caller that reads the words too (archive
 * event features) instead of segmenting the text again.
 */
export function analyzeWithTexts(
  articles: readonly Article[],
  options: { cache?: ArticleCache } = {},
): { analysis: Analysis; texts: Map<string, SimplifiedText> } {
  const { cache } = options;
  const keys = cache ? articles.map(articleAnalysisKey) : [];
  const hits = articles.map((_, i) => (cache ? cache.get(keys[i]!) : undefined));
  const docs = articles.map((article, i) => hits[i]?.doc ?? toNlpDoc(article));
  const fresh: (Omit<ArticleStages, 'doc' | 'times' | 'timeMessages'> | undefined)[] = [];
  const perArticle = docs.map((doc, i) => {
    const hit = hits[i];
    if (hit) {
      doc.messages.push(...hit.entityMessages);
      return hit.entities;
    }
    const entities = extractEntities(doc);
    if (cache) fresh[i] = structuredClone({ entities, entityMessages: doc.messages });
    return entities;
  });
  const linked = linkAcrossArticles(perArticle);
  const analyzed: AnalyzedArticle[] = articles.map((article, i) => {
    const doc = docs[i]!;
    const hit = hits[i];
    const entities = linked[i] ?? [];
    const claims = extractClaims(doc, entities);
    let times: TimeMention[];
    if (hit) {
      times = hit.times;
      doc.messages.push(...hit.timeMessages);
    } else {
      const before = doc.messages.length;
      times = extractTimes(doc);
      const own = fresh[i];
      if (cache && own) cache.set(keys[i]!, { doc, ...own, times, timeMessages: doc.messages.slice(before) });
    }
    return { ...article, entities, claims, times, messages: doc.messages };
  });
  if (cache) for (const hit of hits) cache.stats[hit ? 'hits' : 'misses']++;
  const claimGroups = alignClaims(analyzed);
  const texts = preparedTexts(articles, docs);
  const analysis = Analysis.parse({
    version: ANALYZER_VERSION,
    articles: analyzed,
    entities: comparisonEntities(analyzed),
    claimGroups,
    framing: computeFraming({ articles: analyzed, claimGroups }, texts),
  });
  return { analysis, texts };
}

/** Each article's simplified text and tokens, as its NLP document already has them (for the framing stage). */
export function preparedTexts(articles: readonly Article[], docs: readonly NlpDoc[]): Map<string, SimplifiedText> {
  return new Map(docs.map((doc, i) => [articles[i]!.id, { simplified: simplifiedText(doc), tokens: simplifiedTokens(doc) }]));
}
