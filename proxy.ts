import { NextResponse, type NextRequest } from 'next/server';

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

/** Every page and route handler outside `/api` gets a fresh nonce and its policy. */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = pagePolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // API responses (JSON, CSV) and static files get a fixed policy from next.config.mjs instead:
  // their bodies are not buffered through the proxy and need no nonce.
  matcher: ['/((?!api/|_next/static/|_next/image).*)'],
};
