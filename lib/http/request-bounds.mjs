// Bounds checked on every request before anything parses it: by the HTTP server before Next
// sees the request (scripts/serve.mjs: Next's own query parsing is quadratic in the number of
// pairs), again in proxy.ts (pages, bodiless API requests; also under `next dev`) and in
// lib/api/handle.ts (each API route's keys). Query strings, percent-escapes in the path, header
// count. Pure string work, linear in the input, no URLSearchParams on unbounded input.
// Plain JavaScript (typed in request-bounds.d.mts): the server script loads it without a compiler.

/** Limits (see docs/api.md, "Limits and bounds"). */
export const REQUEST_LIMITS = {
  /** Characters of the raw query string (after `?`): the longest view a link can hold, percent-encoded. */
  queryChars: 8192,
  /** `key=value` pairs in the query string. */
  queryParams: 32,
  /** Request header fields. */
  headers: 100,
};

/** The path segment that is not valid percent-encoded UTF-8 (`%ff`, `%`, `%ZZ`, `%c0%af`), or null. */
export function malformedSegment(rawPath) {
  if (!rawPath.includes('%')) return null;
  for (const segment of rawPath.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return null;
}

/** The raw path and query of a request URL, as sent (no decoding). */
export function splitUrl(url) {
  const afterOrigin = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const hash = afterOrigin.indexOf('#');
  const rest = hash < 0 ? afterOrigin : afterOrigin.slice(0, hash);
  const q = rest.indexOf('?');
  return q < 0 ? { path: rest || '/', query: '' } : { path: rest.slice(0, q) || '/', query: rest.slice(q + 1) };
}

/**
 * Checks a raw query string: length and pair count first (414), then, when `known` is given,
 * that every key is one of them (400 naming the first unknown one) and decodes (400).
 */
export function checkQuery(query, known) {
  if (query.length > REQUEST_LIMITS.queryChars) {
    return { status: 414, message: `query string too long: ${query.length} characters (limit ${REQUEST_LIMITS.queryChars})` };
  }
  if (query === '') return null;
  let pairs = 1;
  for (let i = query.indexOf('&'); i >= 0; i = query.indexOf('&', i + 1)) {
    if (++pairs > REQUEST_LIMITS.queryParams) {
      return { status: 414, message: `too many query parameters: more than ${REQUEST_LIMITS.queryParams}` };
    }
  }
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    let key;
    try {
      key = decodeURIComponent((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
      if (eq >= 0) decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      return { status: 400, message: `malformed query string: "${pair.slice(0, 60)}" is not valid percent-encoded UTF-8` };
    }
    if (known && !known.includes(key)) {
      const allowed = known.length > 0 ? `use ${known.join(', ')}` : 'this endpoint takes none';
      return { status: 400, message: `unknown query parameter "${key.slice(0, 60)}": ${allowed}` };
    }
  }
  return null;
}

/** 431 when a request carries more header fields (`count`) than any browser or client sends. */
export function checkHeaders(count) {
  return count > REQUEST_LIMITS.headers
    ? { status: 431, message: `too many request header fields: ${count} (limit ${REQUEST_LIMITS.headers})` }
    : null;
}
