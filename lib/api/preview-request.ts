import 'server-only';
import { LIMITS } from '../schema/comparison-input';
import { admit, runTask } from '../worker/pool';
import { ApiError, jsonResponse } from './api-error';
import { parseCreateRequest } from './parse-request';

/**
 * `POST /api/comparisons/preview`: the same body as `POST /api/comparisons` (1–10 articles),
 * answered with what the reader finds in each article, without analysing or storing
 * anything. A place in the pool is taken before the body is read (503 when none is free);
 * the articles are read on a pool thread under the extraction budget (422 past it).
 */
export async function previewResponse(request: Request): Promise<Response> {
  const ticket = admit();
  try {
    const sources = await parseCreateRequest(request, { minArticles: 1 });
    if (sources.length > LIMITS.maxArticles) throw new ApiError(422, `at most ${LIMITS.maxArticles} articles`);
    const result = await runTask({ kind: 'preview', sources });
    return jsonResponse({ articles: result.articles }, 200, { 'cache-control': 'no-store' });
  } finally {
    ticket.release();
  }
}
