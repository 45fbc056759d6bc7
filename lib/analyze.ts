import type { Article } from './schema/article';
import { Analysis, type AnalyzedArticle } from './schema/analysis';
import { extractClaims } from './nlp/claims';
import { type NlpDoc, simplifiedText, simplifiedTokens } from './nlp/doc';
import { extractEntities, linkAcrossArticles } from './nlp/entities';
import { englishSentences } from './nlp/en/tokens';
import { splitSentences } from './nlp/sentences';
import { extractTimes } from './nlp/times';
import { alignClaims } from './compare/align-claims';
import { comparisonEntities } from './compare/entity-overlap';
import type { SimplifiedText } from './compare/framing/article-terms';
import { computeFraming } from './compare/framing/compute-framing';
import { ANALYZER_VERSION } from './version';

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
 * The whole analysis of a comparison: per article entities → claims → times, entity ids
 * linked across articles, then cross-outlet claim groups. Pure and deterministic.
 */
export function analyzeArticles(articles: readonly Article[]): Analysis {
  const docs = articles.map(toNlpDoc);
  const linked = linkAcrossArticles(docs.map((doc) => extractEntities(doc)));
  const analyzed: AnalyzedArticle[] = articles.map((article, i) => {
    const doc = docs[i]!;
    const entities = linked[i] ?? [];
    return {
      ...article,
      entities,
      claims: extractClaims(doc, entities),
      times: extractTimes(doc),
      messages: doc.messages,
    };
  });
  const claimGroups = alignClaims(analyzed);
  return Analysis.parse({
    version: ANALYZER_VERSION,
    articles: analyzed,
    entities: comparisonEntities(analyzed),
    claimGroups,
    framing: computeFraming({ articles: analyzed, claimGroups }, preparedTexts(articles, docs)),
  });
}

/** Each article's simplified text and tokens, as its NLP document already has them (for the framing stage). */
export function preparedTexts(articles: readonly Article[], docs: readonly NlpDoc[]): Map<string, SimplifiedText> {
  return new Map(docs.map((doc, i) => [articles[i]!.id, { simplified: simplifiedText(doc), tokens: simplifiedTokens(doc) }]));
}
