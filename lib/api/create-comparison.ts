import 'server-only';
import { hasComparison, putComparisonJson } from '../store/comparisons';
import { ANALYZER_VERSION } from '../version';
import { admit, runTask } from '../worker/pool';
import { once } from '../worker/shared-work';
import { ApiError, jsonResponse } from './api-error';
import { readCreateBody } from './parse-request';

/**
 * `POST /api/comparisons`: take a place in the pool before reading anything (503 +
 * `Retry-After` when none is free), read the body off the connection, and on a pool thread
 * parse, validate, decode and hash it (its content address); answer 200 at once when that is
 * already stored, else analyse on the pool (one analysis for identical requests in flight),
 * store, and answer 201 `{ id, url }`. The request thread never parses a body or an article.
 */
export async function createComparison(request: Request): Promise<Response> {
  const ticket = admit();
  try {
    const prepared = await runTask({ kind: 'prepare', raw: await readCreateBody(request) });
    if (!prepared.ok) throw new ApiError(prepared.status, prepared.error);
    const { id, inputs, chars } = prepared;
    const body = { id, url: `/c/${id}` };
    if (hasComparison(id)) return jsonResponse(body, 200, { location: body.url });
    const { value, shared } = await once(`create:${id}`, ticket, async () => {
      const result = await runTask({ kind: 'analyze', inputs, withInputsJson: true }, { analysisChars: chars });
      if (!result.ok) throw new ApiError(result.status, result.error);
      return putComparisonJson({ id, analyzerVersion: ANALYZER_VERSION, inputsJson: result.inputsJson!, analysisJson: result.analysisJson });
    });
    return jsonResponse(body, value.created && !shared ? 201 : 200, { location: body.url });
  } finally {
    ticket.release();
  }
}
