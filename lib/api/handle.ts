import 'server-only';
import { checkQuery, splitUrl } from '../http/request-bounds.mjs';
import { BudgetError, BusyError } from '../worker/pool';
import { ApiError, errorResponse, jsonResponse } from './api-error';

/** A request id: the proxy's (or the client's, when a plain token), else a fresh one. */
function requestIdOf(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : crypto.randomUUID();
}

/**
 * Runs an API route's work and turns every failure into a JSON error: the query string is
 * checked first (its bounds, and only the route's `query` keys: 414/400), ApiError → its
 * status, no free place in the pool → 503 with `Retry-After` (before the body is read), a
 * task past its CPU or memory budget → 422 naming the limit, anything else → logged with the
 * request id and answered 500 with a generic message and that id (never a stack trace).
 * Every answer carries `x-request-id`.
 */
export async function handle(request: Request, work: () => Promise<Response>, query: readonly string[] = []): Promise<Response> {
  const requestId = requestIdOf(request);
  let response: Response;
  try {
    const refusal = checkQuery(splitUrl(request.url).query, query);
    if (refusal) throw new ApiError(refusal.status, refusal.message);
    response = await work();
  } catch (e) {
    if (e instanceof ApiError) response = errorResponse(e);
    else if (e instanceof BusyError) {
      response = errorResponse(new ApiError(503, e.message, { 'retry-after': String(e.retryAfterSeconds) }));
    } else if (e instanceof BudgetError) response = errorResponse(new ApiError(422, e.message));
    else {
      const { path } = splitUrl(request.url);
      console.error(`[parallax] request ${requestId}: ${request.method} ${path.slice(0, 200)} failed:`, e);
      response = jsonResponse({ error: 'internal error: the request could not be completed', requestId }, 500);
    }
  }
  response.headers.set('x-request-id', requestId);
  return response;
}

/** 405 with `Allow` for a method an API route does not take. */
export function methodNotAllowed(allow: readonly string[]): (request: Request) => Response {
  return (request) => {
    const response = errorResponse(
      new ApiError(405, `method ${request.method.slice(0, 20)} not allowed: use ${allow.join(', ')}`, { allow: allow.join(', ') }),
    );
    response.headers.set('x-request-id', requestIdOf(request));
    return response;
  };
}

/** `OPTIONS`: 204 with the route's `Allow`. */
export function options(allow: readonly string[]): () => Response {
  return () => new Response(null, { status: 204, headers: { allow: [...allow, 'OPTIONS'].join(', ') } });
}
