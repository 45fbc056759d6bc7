import { NextResponse, type NextRequest } from 'next/server';
import { errorPage } from './lib/http/error-page.mjs';
import { checkHeaders, checkQuery, malformedSegment, splitUrl, type Refusal } from './lib/http/request-bounds.mjs';
import { COMMON_HEADERS, ERROR_PAGE_CSP, FIXED_CSP } from './lib/http/security-headers.mjs';

/**
 * The Content-Security-Policy of a page, with this request's script nonce. Next reads the
 * nonce from the request's CSP header and puts it on its own scripts; nothing else runs.
 * Article text is rendered as text, never as HTML; article images are never loaded.
 */
export function pagePolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Methods every page (and page-level route such as an OG image or an event export) takes. */
export const PAGE_METHODS = ['GET', 'HEAD'] as const;

/** A request id: the client's when it is a plain token, else a fresh one. Logged with every unexpected error. */
export function requestIdOf(headers: Headers): string {
  const given = headers.get('x-request-id');
  return given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : crypto.randomUUID();
}

/** The proxy's own answer to a refused request: JSON on the API, a small page elsewhere, every security header. */
function refuse(refusal: Refusal, api: boolean, requestId: string, extra: Record<string, string> = {}): NextResponse {
  const headers = new Headers(extra);
  for (const { key, value } of COMMON_HEADERS) headers.set(key, value);
  headers.set('x-request-id', requestId);
  headers.set('cache-control', 'no-store');
  if (api) {
    headers.set('content-type', 'application/json; charset=utf-8');
    headers.set('content-security-policy', FIXED_CSP);
    return new NextResponse(JSON.stringify({ error: refusal.message, requestId }), { status: refusal.status, headers });
  }
  headers.set('content-type', 'text/html; charset=utf-8');
  headers.set('content-security-policy', ERROR_PAGE_CSP);
  return new NextResponse(errorPage(refusal.status, refusal.message, requestId), { status: refusal.status, headers });
}

/**
 * Runs before routing, on every page and every API request without a body (see `config`):
 * refuses what no route can answer — a path with broken percent-escapes (400), a method a
 * page does not take (405 with `Allow`), a query string past its bounds (414) or not valid
 * percent-encoding (400), too many header fields (431) —
 * before Next parses the query (its parser is quadratic in the number of pairs). Pages also
 * get a fresh script nonce and their policy; every request gets an `x-request-id`.
 */
export function proxy(request: NextRequest): NextResponse {
  const { path, query } = splitUrl(request.url);
  const api = path === '/api' || path.startsWith('/api/');
  const requestId = requestIdOf(request.headers);
  const segment = malformedSegment(path);
  if (segment !== null) {
    return refuse({ status: 400, message: `malformed address: "${segment.slice(0, 60)}" is not valid percent-encoded UTF-8` }, api, requestId);
  }
  if (!api && !(PAGE_METHODS as readonly string[]).includes(request.method)) {
    const allow = PAGE_METHODS.join(', ');
    return refuse({ status: 405, message: `method ${request.method.slice(0, 20)} not allowed here: use ${allow}` }, api, requestId, { allow });
  }
  // Keys: a page reads only its view state's keys and ignores others (a shared link may carry
  // tracking parameters); each API route checks its own keys in lib/api/handle.ts.
  const refusal = checkHeaders([...request.headers.keys()].length) ?? checkQuery(query);
  if (refusal) return refuse(refusal, api, requestId);
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  if (api) {
    const response = NextResponse.next({ request: { headers } });
    response.headers.set('x-request-id', requestId);
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = pagePolicy(nonce, process.env.NODE_ENV === 'development');
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  // The interface language of this page (`?lang=zh`), for the root layout's <html lang>.
  headers.set('x-parallax-lang', request.nextUrl.searchParams.get('lang') === 'zh' ? 'zh' : 'en');
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  response.headers.set('x-request-id', requestId);
  return response;
}

export const config = {
  matcher: [
    // Pages: everything but the API and static files (their fixed policy comes from next.config.mjs).
    '/((?!api/|_next/static/|_next/image).*)',
    // The API only for requests without a body: the proxy buffers a body it sees, and the
    // upload routes must refuse oversized or unwanted bodies before reading them (they check
    // their own query string in lib/api/handle.ts).
    {
      source: '/api/:path*',
      missing: [
        { type: 'header', key: 'content-length' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
  ],
};
