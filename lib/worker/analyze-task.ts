import { analyzeArticles } from '../analyze';
import { toArticle } from '../api/to-article';
import { DecodeError } from '../ingest/decode';
import { IngestError } from '../ingest/ingest-error';
import type { Analysis } from '../schema/analysis';
import type { Article } from '../schema/article';
import type { CanonicalInputs } from '../schema/comparison-input';

/** A task's answer, structured so it crosses the thread boundary intact (no Error classes). */
export type AnalyzeResult = { ok: true; analysis: Analysis } | { ok: false; status: 422; error: string };

/**
 * The work a pool thread does: every canonical article → Article (format detection,
 * extraction, overrides), then the whole analysis. Unusable articles become a 422 result
 * naming the article and the problem; other failures throw.
 */
export function analyzeInputs(inputs: CanonicalInputs): AnalyzeResult {
  const articles: Article[] = [];
  for (const input of inputs.articles) {
    try {
      articles.push(toArticle(input));
    } catch (e) {
      if (e instanceof IngestError) return { ok: false, status: 422, error: `article "${input.name}": ${e.problem}` };
      if (e instanceof DecodeError) return { ok: false, status: 422, error: `article "${input.name}": ${e.message}` };
      throw e;
    }
  }
  const seen = new Map<string, string>();
  for (const [i, article] of articles.entries()) {
    const name = inputs.articles[i]!.name;
    const first = seen.get(article.id);
    if (first !== undefined) {
      return { ok: false, status: 422, error: `article "${name}": the same story as article "${first}"` };
    }
    seen.set(article.id, name);
  }
  return { ok: true, analysis: analyzeArticles(articles) };
}
