import 'server-only';
import { hasComparison, putComparisonJson } from '../store/comparisons';
import { canonicalInputs, comparisonId } from '../store/content-address';
import { ANALYZER_VERSION } from '../version';
import { admit, runTask } from '../worker/pool';
import { once } from '../worker/shared-work';
import { ApiError, jsonResponse } from './api-error';
import { parseCreateRequest } from './parse-request';
import { describeFailures } from './article-failures';
import type { ArticleSource } from './to-article';

/**
 * The articles' texts: pasted text as is (refused when it holds NUL characters), uploaded
 * bytes decoded on a pool thread (encoding detection reads the whole file). One 422 naming
 * every article that is binary or undecodable.
 */
async function textsOf(sources: readonly ArticleSource[]): Promise<string[]> {
  if (sources.every((s) => s.content !== undefined)) {
    const binary = sources.filter((s) => s.content!.includes('\0'));
    if (binary.length > 0) throw new ApiError(422, describeFailures(binary.map((s) => ({ name: s.name, problem: 'binary content (NUL characters), not text' }))));
    return sources.map((s) => s.content!);
  }
  const decoded = await runTask({ kind: 'decode', sources: [...sources] });
  if (!decoded.ok) throw new ApiError(decoded.status, decoded.error);
  return decoded.texts;
}

/**
 * `POST /api/comparisons`: take a place in the pool before reading anything (503 +
 * `Retry-After` when none is free), validate and decode the articles, derive the content
 * address, answer 200 at once when it is already stored, else analyse on the pool (one
 * analysis for identical requests in flight), store, and answer 201 `{ id, url }`.
 */
export async function createComparison(request: Request): Promise<Response> {
  const ticket = admit();
  try {
    const sources = await parseCreateRequest(request);
    const texts = (await textsOf(sources)).map((content, i) => ({ ...sources[i]!, content }));
    const empty = texts.filter((t) => !t.content.trim());
    if (empty.length > 0) throw new ApiError(422, describeFailures(empty.map((t) => ({ name: t.name, problem: 'empty (blank or whitespace only)' }))));
    const inputs = canonicalInputs(texts);
    const id = comparisonId(inputs);
    const body = { id, url: `/c/${id}` };
    if (hasComparison(id)) return jsonResponse(body, 200, { location: body.url });
    const chars = inputs.articles.reduce((n, a) => n + a.content.length, 0);
    const { value, shared } = await once(`create:${id}`, ticket, async () => {
      const result = await runTask({ kind: 'analyze', inputs }, { analysisChars: chars });
      if (!result.ok) throw new ApiError(result.status, result.error);
      return putComparisonJson({ id, analyzerVersion: ANALYZER_VERSION, inputs, analysisJson: result.analysisJson });
    });
    return jsonResponse(body, value.created && !shared ? 201 : 200, { location: body.url });
  } finally {
    ticket.release();
  }
}
