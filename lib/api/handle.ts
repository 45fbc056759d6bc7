import 'server-only';
import { BusyError, TaskTimeoutError } from '../worker/pool';
import { ApiError, errorResponse } from './api-error';

/**
 * Runs a route's work and turns every failure into a JSON error: ApiError → its status,
 * a full worker queue → 503 with `Retry-After`, a timed-out task → 503, anything else →
 * 500 with a generic message (never a stack trace).
 */
export async function handle(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ApiError) return errorResponse(e);
    if (e instanceof BusyError) {
      return errorResponse(new ApiError(503, e.message, { 'retry-after': String(e.retryAfterSeconds) }));
    }
    if (e instanceof TaskTimeoutError) return errorResponse(new ApiError(503, e.message, { 'retry-after': '30' }));
    return errorResponse(new ApiError(500, 'internal error: the request could not be completed'));
  }
}
