import 'server-only';
import { admit, runTask } from '../worker/pool';
import { once } from '../worker/shared-work';
import { ApiError, jsonResponse } from './api-error';
import { readCreateBody } from './parse-request';

/**
 * `POST /api/comparisons`: take a place in the pool before reading anything (503 +
 * `Retry-After` when none is free), read the body off the connection, and on a pool thread
 * parse, validate, decode and hash it (its content address); answer 200 at once when the thread
 * finds that already stored, else analyse and store on the pool (one analysis for identical requests in
 * flight), and answer 201 `{ id, url }` once the write is committed. The request thread never
 * parses a body or an article, never receives the analysis and never writes to the database.
 */
export async function createComparison(request: Request): Promise<Response> {
  const ticket = admit();
  try {
    const prepared = await runTask({ kind: 'prepare', raw: await readCreateBody(request) });
    if (!prepared.ok) throw new ApiError(prepared.status, prepared.error);
    const body = { id: prepared.id, url: `/c/${prepared.id}` };
    // Already stored (found by the pool thread): nothing to analyse.
    if (prepared.stored) return jsonResponse(body, 200, { location: body.url });
    const { id, inputs, chars } = prepared;
    const { value, shared } = await once(`create:${id}`, ticket, async () => {
      // Analysed and written (committed) on the pool thread: only `{ created }` comes back.
      const result = await runTask({ kind: 'create', id, inputs }, { analysisChars: chars });
      if (!result.ok) throw new ApiError(result.status, result.error);
      return result;
    });
    return jsonResponse(body, value.created && !shared ? 201 : 200, { location: body.url });
  } finally {
    ticket.release();
  }
}
