// The pool's admission check as seen from the plain HTTP server in front of Next
// (scripts/serve.mjs). lib/worker/pool.ts publishes its check under ADMISSION_KEY when it
// loads; while every place is taken, a POST to a route whose work runs on the pool is answered
// 503 + Retry-After before Next routes it and before anything of its body is read.
import { splitUrl } from './request-bounds.mjs';

/** Where lib/worker/pool.ts publishes its admission check (a global symbol: one process, two module graphs). */
export const ADMISSION_KEY = Symbol.for('parallax.admission');

/** The POST routes whose work runs on the worker pool. */
export const POOL_ROUTES = new Set(['/api/comparisons', '/api/comparisons/preview']);

/**
 * 503 + Retry-After for a POST to a pool route while the pool has no free place, or null (also
 * before the pool module has loaded: then Next's route admits or refuses).
 * @param {{ method?: string, url?: string }} req
 * @returns {{ status: number, message: string, headers: Record<string, string> } | null}
 */
export function busyRefusal(req) {
  if (req.method !== 'POST') return null;
  if (!POOL_ROUTES.has(splitUrl(req.url ?? '/').path.replace(/\/$/, ''))) return null;
  /** @type {{ refusal(): { status: number, message: string, retryAfterSeconds: number } | null } | undefined} */
  const admission = /** @type {any} */ (globalThis)[ADMISSION_KEY];
  const refusal = admission?.refusal() ?? null;
  return refusal && { status: refusal.status, message: refusal.message, headers: { 'retry-after': String(refusal.retryAfterSeconds) } };
}

/**
 * At server start: asks each pool route for its methods (OPTIONS), so Next loads the routes —
 * and with them lib/worker/pool.ts, which publishes its admission check — and then starts the
 * pool's threads. The first upload then finds both ready instead of paying for them while
 * other requests wait, and a saturated server can answer 503 early from the first request on.
 * @param {string} base the server's own address
 */
export async function warmPoolRoutes(base) {
  for (const path of POOL_ROUTES) await fetch(`${base}${path}`, { method: 'OPTIONS' }).then((r) => r.arrayBuffer(), () => undefined);
  /** @type {any} */ (globalThis)[ADMISSION_KEY]?.warm?.();
}
