import 'server-only';
import { admit, runTask } from '../worker/pool';
import { ApiError, jsonResponse } from './api-error';
import { readCreateBody } from './parse-request';

/**
 * `POST /api/comparisons/preview`: the same body as `POST /api/comparisons` (1–10 articles),
 * answered with what the reader finds in each article, without analysing or storing
 * anything. A place in the pool is taken before the body is read (503 when none is free);
 * the body is parsed and the articles read on a pool thread under the extraction budget
 * (422 past it).
 */
export async function previewResponse(request: Request): Promise<Response> {
  const ticket = admit();
  try {
    const result = await runTask({ kind: 'preview', raw: await readCreateBody(request) });
    if (!result.ok) throw new ApiError(result.status, result.error);
    return jsonResponse({ articles: result.articles }, 200, { 'cache-control': 'no-store' });
  } finally {
    ticket.release();
  }
}
