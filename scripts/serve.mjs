#!/usr/bin/env node
// The production server: Next's request handler behind a plain Node HTTP server that refuses,
// before Next sees anything, the requests whose query string or header count is past its
// bounds (414/431, with every security header). Next parses a query string in time quadratic
// in its number of pairs (16 KB of `&e` held the event loop for seconds, in its proxy adapter
// and again in each route), so the bound has to come first. Everything else — the proxy
// (nonce CSP, malformed addresses, 405s), pages, the API — is Next's.
//
// It also answers a path with broken percent-escapes 400 (proxy.ts does too, but it does not see
// requests with a body), and a POST to a route that runs on the worker pool 503 + Retry-After
// while every place in the pool is taken (lib/worker/pool.ts publishes its admission check):
// before Next routes it and before anything of its body is read, so a saturated server spends
// almost nothing on the requests it turns away.
//
// It keeps the rendered answers of a stored comparison (its page and its JSON, immutable by id)
// in memory and serves them again with a fresh nonce (lib/http/page-cache.mjs).
//
// Usage: node scripts/serve.mjs [-p PORT] [-H HOST] (env PORT, HOSTNAME). Run `next build` first.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { errorPage } from '../lib/http/error-page.mjs';
import { PageCache } from '../lib/http/page-cache.mjs';
import { busyRefusal, warmPoolRoutes } from '../lib/http/pool-admission.mjs';
import { checkHeaders, checkQuery, malformedSegment, splitUrl } from '../lib/http/request-bounds.mjs';
import { COMMON_HEADERS, ERROR_PAGE_CSP, FIXED_CSP } from '../lib/http/security-headers.mjs';

/**
 * The refusal of a request past the bounds, or null. `rawHeaders` holds names and values
 * in turn, so the field count is half its length.
 * @param {import('node:http').IncomingMessage} req
 */
export function guard(req) {
  const { path, query } = splitUrl(req.url ?? '/');
  const segment = malformedSegment(path);
  // Also for requests with a body, which proxy.ts does not see (it would buffer the body).
  if (segment !== null) return { status: 400, message: `malformed address: "${segment.slice(0, 60)}" is not valid percent-encoded UTF-8` };
  return checkHeaders(req.rawHeaders.length / 2) ?? checkQuery(query);
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ status: number, message: string, headers?: Record<string, string> }} refusal
 */
function refuse(req, res, refusal) {
  const requestId = randomUUID();
  const api = splitUrl(req.url ?? '/').path.startsWith('/api/');
  for (const { key, value } of COMMON_HEADERS) res.setHeader(key, value);
  for (const [key, value] of Object.entries(refusal.headers ?? {})) res.setHeader(key, value);
  res.setHeader('x-request-id', requestId);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-security-policy', api ? FIXED_CSP : ERROR_PAGE_CSP);
  res.setHeader('content-type', api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8');
  // The body is not read: close the connection after answering rather than drain it.
  res.setHeader('connection', 'close');
  res.statusCode = refusal.status;
  res.end(api ? JSON.stringify({ error: refusal.message, requestId }) : errorPage(refusal.status, refusal.message, requestId));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';
  // As `next start` does: production mode is set before Next (and React) load.
  process.env.NODE_ENV = 'production';
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Rendered pages and JSON of stored comparisons (immutable by id), per request key: MiB of
  // memory (PARALLAX_PAGE_CACHE_MB, 0 turns it off).
  const cacheMb = Number(process.env.PARALLAX_PAGE_CACHE_MB ?? 64);
  const pages = Number.isFinite(cacheMb) && cacheMb > 0 ? new PageCache({ maxBytes: cacheMb * 1024 * 1024 }) : null;
  const server = createServer((req, res) => {
    const refusal = guard(req) ?? busyRefusal(req);
    if (refusal) refuse(req, res, refusal);
    else if (!pages?.handle(req, res)) void handle(req, res);
  });
  server.listen(port, hostname, () => {
    console.log(`parallax: listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
    const self = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname;
    void warmPoolRoutes(`http://${self}:${port}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
