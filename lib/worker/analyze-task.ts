import { analyzeArticles } from '../analyze';
import { readArticles } from '../api/to-article';
import type { Analysis } from '../schema/analysis';
import type { CanonicalInputs } from '../schema/comparison-input';

/** A task's answer, structured so it crosses the thread boundary intact (no Error classes). */
export type AnalyzeResult = { ok: true; analysis: Analysis } | { ok: false; status: 422; error: string };

/**
 * The work a pool thread does: every canonical article → Article (format detection,
 * extraction, overrides), then the whole analysis. Unusable articles become one 422 result
 * naming every failing article and its problem (readArticles); other failures throw.
 */
export function analyzeInputs(inputs: CanonicalInputs): AnalyzeResult {
  const read = readArticles(inputs.articles);
  if (!read.ok) return { ok: false, status: 422, error: read.error };
  return { ok: true, analysis: analyzeArticles(read.articles) };
}
