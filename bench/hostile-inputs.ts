/**
 * Generated bad and hostile requests (fast-check arbitraries), shared by the property-based
 * end-to-end tests (tests/e2e/properties.e2e.ts) and the bench's robustness section: URLs with
 * broken percent-escapes on every dynamic route, over-long and malformed query strings, header
 * floods, methods a route does not take, malformed JSON bodies, and HTML pages of hostile
 * shapes (attributes per element and in total, tags, depth, text length, random trees).
 * Everything is seeded: the same run generates the same requests.
 */
import fc from 'fast-check';

/** One request to send: method, path with query, headers, body. */
export interface BadRequest {
  label: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A fixed seed: the generated inputs are the same on every run. */
export const SEED = 20_261_203;

const ID = 'AAAAAAAAAAAAAAAAAAAAAAAA';
/** The dynamic routes, with `{x}` where a generated segment goes. */
const ROUTES = ['/c/{x}', '/c/{x}/opengraph-image', '/events/{x}', '/events/{x}/analysis.json', '/events/{x}/claims.csv', '/api/comparisons/{x}', `/api/comparisons/${ID}/{x}`, '/api/comparisons/{x}/claims.csv'];

const hex = fc.integer({ min: 0, max: 255 }).map((n) => n.toString(16).padStart(2, '0'));
/** A segment with at least one broken percent-escape: lone `%`, `%Z…`, invalid UTF-8 bytes, overlong forms. */
const brokenSegment = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...'abcXYZ019-_~.'.split('')), maxLength: 8 }),
    fc.oneof(
      fc.constant('%'),
      fc.constant('%Z'),
      fc.constantFrom('%ff', '%fe', '%c0%af', '%e0%80%af', '%ed%a0%80', '%f8%88%80%80%80', '%80', '%c3'),
      hex.map((h) => `%${h[0]}`),
      fc.string({ unit: fc.constantFrom(...'GHIJKLMNOPQRSTUVWXYZghz!'.split('')), minLength: 1, maxLength: 2 }).map((s) => `%${s}`),
    ),
    // No hex digit may follow the broken escape (it could complete it): tokens, not characters.
    fc.string({ unit: fc.constantFrom('x', 'y', 'z', '%25', '%2F'), maxLength: 4 }),
  )
  .map(([a, bad, b]) => `${a}${bad}${b}`);

/** GET of a dynamic route with a broken escape in its segment: 400 expected. */
export const malformedUrl: fc.Arbitrary<BadRequest> = fc
  .tuple(fc.constantFrom(...ROUTES), brokenSegment, fc.constantFrom('GET', 'HEAD'))
  .map(([route, seg, method]) => ({ label: 'malformed URL', method, path: route.replace('{x}', seg) }));

const queryKey = fc.oneof(
  fc.constantFrom('tab', 'entity', 'claim', 'analyzer', 'blind', 'lang', 'e', '', '__proto__', 'constructor', '_rsc'),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const queryValue = fc.oneof(fc.string({ maxLength: 40 }).map(encodeURIComponent), fc.constantFrom('%ff', '%', '%E4%B8', '+', '=='), fc.string({ maxLength: 3000 }).map(encodeURIComponent));
/** A query string on a page or API route: many pairs, long values, broken escapes. */
export const hostileQuery: fc.Arbitrary<BadRequest> = fc
  .tuple(
    fc.constantFrom('/', `/c/${ID}`, '/events/blinken-seed-pair', `/api/comparisons/${ID}`, `/api/comparisons/${ID}/claims.csv`, '/api/comparisons'),
    fc.oneof(
      fc.array(fc.tuple(queryKey, queryValue), { minLength: 1, maxLength: 60 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
      fc.integer({ min: 33, max: 8000 }).map((n) => `tab=claims${'&e'.repeat(n)}`),
      fc.integer({ min: 8200, max: 15_000 }).map((n) => `term=${'x'.repeat(n)}`),
    ),
  )
  .map(([path, query]) => ({ label: 'hostile query', method: 'GET', path: `${path}?${query}` }));

/** A flood of header fields on a page or API route (or a few, as a control). */
export const headerFlood: fc.Arbitrary<BadRequest> = fc
  // Clients add a few headers of their own: counts near the limit of 100 are left out.
  .tuple(fc.constantFrom('/', `/api/comparisons/${ID}`), fc.oneof(fc.integer({ min: 10, max: 60 }), fc.integer({ min: 120, max: 400 })), fc.string({ unit: fc.constantFrom(...'abcdefghij0123456789-'.split('')), minLength: 1, maxLength: 30 }))
  .map(([path, n, value]) => ({
    label: 'header flood',
    method: 'GET',
    path,
    headers: Object.fromEntries(Array.from({ length: n }, (_, i) => [`x-flood-${i}`, value])),
  }));

/** A method the route does not take. */
export const wrongMethod: fc.Arbitrary<BadRequest> = fc
  .tuple(
    fc.constantFrom('PUT', 'DELETE', 'PATCH', 'POST'),
    fc.constantFrom('/', `/c/${ID}`, '/events/blinken-seed-pair', '/events/blinken-seed-pair/analysis.json', `/api/comparisons/${ID}`, '/api/comparisons', '/api/comparisons/preview'),
  )
  .filter(([m, p]) => !(m === 'POST' && (p === '/api/comparisons' || p === '/api/comparisons/preview')))
  .map(([method, path]) => ({ label: 'wrong method', method, path }));

/** A JSON body that is not a valid comparison request: wrong shapes, types, sizes, NULs, unknown fields. */
export const badJsonBody: fc.Arbitrary<BadRequest> = fc
  .tuple(
    fc.constantFrom('/api/comparisons', '/api/comparisons/preview'),
    fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
      fc.array(fc.record({ name: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), content: fc.oneof(fc.string({ maxLength: 200 }), fc.constant('\u0000bin'), fc.constant(' \n\t'), fc.integer()), url: fc.oneof(fc.constant('javascript:alert(1)'), fc.webUrl(), fc.string({ maxLength: 20 })) }, { requiredKeys: ['name'] }), { maxLength: 12 }).map((articles) => JSON.stringify({ articles })),
      fc.record({ articles: fc.constant([]), extra: fc.jsonValue({ maxDepth: 2 }) }).map((v) => JSON.stringify(v)),
      fc.integer({ min: 1000, max: 100_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
    ),
    fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', ''),
  )
  .map(([path, body, type]): BadRequest => ({ label: 'bad JSON body', method: 'POST', path, headers: type ? { 'content-type': type } : {}, body }));

// ---------------------------------------------------------------------------------------
// Hostile HTML pages.

const attrs = (n: number, prefix = 'a'): string => Array.from({ length: n }, (_, i) => `${prefix}${i}="x"`).join(' ');
const STORY = '<p>美国国务卿布林肯18日在北京说，双方同意保持沟通。</p>';

/** The shapes the issue names, each at a size past (or near) its pre-scan limit. */
export const HOSTILE_SHAPES: { label: string; page: (n: number) => string; sizes: [number, number] }[] = [
  { label: 'attributes on one element', page: (n) => `<html><body><article><p ${attrs(n)}>布林肯抵达北京。</p>${STORY}</article></body></html>`, sizes: [1_000, 160_000] },
  { label: 'attributes in total', page: (n) => `<html><body><article>${Array.from({ length: Math.ceil(n / 900) }, () => `<span ${attrs(900)}>x</span>`).join('')}${STORY}</article></body></html>`, sizes: [100_000, 400_000] },
  { label: 'start tags', page: (n) => `<html><body><article>${'<i>x</i>'.repeat(n)}${STORY}</article></body></html>`, sizes: [20_000, 300_000] },
  { label: 'nesting depth', page: (n) => `<html><body>${'<div>'.repeat(n)}${STORY}${'</div>'.repeat(n)}</body></html>`, sizes: [3_000, 200_000] },
  { label: 'unclosed nesting', page: (n) => `<html><body>${'<div><span>'.repeat(n)}${STORY}</body></html>`, sizes: [3_000, 100_000] },
  { label: 'text length', page: (n) => `<html><body><article><p>${'布林肯说双方同意保持沟通。'.repeat(Math.ceil(n / 13))}</p></article></body></html>`, sizes: [150_000, 2_500_000] },
  { label: 'paragraph count', page: (n) => `<html><body><article>${STORY.repeat(n)}</article></body></html>`, sizes: [3_000, 45_000] },
  { label: 'tables in tables', page: (n) => `<html><body>${'<table><tr><td>'.repeat(n)}${STORY}</body></html>`, sizes: [1_000, 20_000] },
];

/** One hostile page: a shape at a generated size. */
export const hostilePage: fc.Arbitrary<{ label: string; html: string }> = fc
  .integer({ min: 0, max: HOSTILE_SHAPES.length - 1 })
  .chain((i) => {
    const shape = HOSTILE_SHAPES[i]!;
    return fc.integer({ min: shape.sizes[0], max: shape.sizes[1] }).map((n) => ({ label: `${shape.label} (${n})`, html: shape.page(n) }));
  });

const TAGS = ['div', 'p', 'span', 'article', 'section', 'a', 'b', 'table', 'tr', 'td', 'ul', 'li', 'script', 'style', 'svg', 'math', 'template', 'iframe', 'noscript', 'h1', 'br', 'img', 'x-y'];
const attrValue = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('javascript:alert(1)', '"><script>alert(1)</script>', "'", '&#x0;', '&amp'));
const tag = fc.constantFrom(...TAGS);
/** A random tree of elements, text, comments and broken markup. */
const tree = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 40 }).map((s) => s.replace(/</g, '&lt;')),
    fc.constantFrom('<!-- c -->', '<![CDATA[x]]>', '<!doctype html>', '</p>', '<p', '&#99999999;', '<', '>', '\u0000', '\uFFFF'),
    fc
      .tuple(tag, fc.array(fc.tuple(fc.string({ unit: fc.constantFrom(...'abcdefgh-:'.split('')), minLength: 1, maxLength: 8 }), attrValue), { maxLength: 6 }), fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(([t, as, kids, closed]) => `<${t} ${as.map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`).join(' ')}>${kids.join('')}${closed ? `</${t}>` : ''}`),
  ),
}));

/** A random page: a tree, repeated to a generated size. */
export const randomPage: fc.Arbitrary<{ label: string; html: string }> = fc
  .tuple(tree.node, fc.integer({ min: 1, max: 2000 }))
  .map(([html, times]) => ({ label: `random tree ×${times}`, html: `<html><body>${html.repeat(times)}${STORY}</body></html>` }));

/** A hostile or random page sent for preview or as one article of a comparison. */
export const hostileHtmlRequest: fc.Arbitrary<BadRequest> = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: hostilePage }, { weight: 1, arbitrary: randomPage }), fc.constantFrom('/api/comparisons/preview', '/api/comparisons'), fc.integer({ min: 1, max: 3 }))
  .map(([{ label, html }, path, copies]) => ({
    label: `hostile page: ${label}`,
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      articles: [
        ...Array.from({ length: copies }, (_, i) => ({ name: `hostile-${i}.html`, content: `${html}<!-- ${i} -->` })),
        { name: 'plain.txt', content: '布林肯访华\n\n美国国务卿布林肯周日抵达北京，与中国外长秦刚举行会谈。' },
      ],
    }),
  }));

/** Every kind of bad request, for a mixed run. */
export const anyBadRequest: fc.Arbitrary<BadRequest> = fc.oneof(malformedUrl, hostileQuery, headerFlood, wrongMethod, badJsonBody, hostileHtmlRequest);

/** What came back for one request. */
export interface Answer {
  status: number;
  ms: number;
  headers: Headers;
  body: string;
}

/**
 * A fetch that retries (twice) when a kept-alive connection turns out closed (ECONNRESET,
 * "other side closed"): the server drops idle sockets after its keep-alive timeout and a busy
 * client can reuse one a moment too late. That is the client's race, not an answer.
 */
export async function fetchRetrying(url: string, init?: RequestInit): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (e) {
      const code = (e as { cause?: { code?: string } }).cause?.code;
      if (attempt >= 2 || !(code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')) throw e;
    }
  }
}

/** Sends one request and reads its answer. */
export async function send(base: string, r: BadRequest): Promise<Answer> {
  const started = performance.now();
  const res = await fetchRetrying(`${base}${r.path}`, { method: r.method, headers: r.headers, body: r.body, redirect: 'manual' });
  const body = r.method === 'HEAD' ? '' : await res.text();
  return { status: res.status, ms: performance.now() - started, headers: res.headers, body };
}

/** Headers every answer carries, whatever its status. */
export const SECURITY_HEADERS = ['x-content-type-options', 'referrer-policy', 'x-frame-options', 'permissions-policy', 'cross-origin-opener-policy', 'content-security-policy'];

/** What is wrong with an answer to a bad request, or null: no 5xx other than 503, every security header, JSON errors on the API. */
export function judge(r: BadRequest, a: Answer): string | null {
  if (a.status >= 500 && a.status !== 503) return `${a.status} for ${r.label} ${r.method} ${r.path.slice(0, 80)}`;
  const missing = SECURITY_HEADERS.filter((h) => !a.headers.get(h));
  if (missing.length > 0) return `missing ${missing.join(', ')} on ${a.status} for ${r.label} ${r.path.slice(0, 80)}`;
  const api = r.path.startsWith('/api/');
  if (api && a.status >= 400 && r.method !== 'HEAD') {
    if (!/application\/json/.test(a.headers.get('content-type') ?? '')) return `non-JSON ${a.status} on the API for ${r.label} ${r.path.slice(0, 80)}`;
    try {
      const error = (JSON.parse(a.body) as { error?: unknown }).error;
      if (typeof error !== 'string' || error === '') return `no error message in ${a.status} for ${r.label}`;
      if (/\n\s+at |node_modules|\.ts:\d/.test(error)) return `internals in the message of ${a.status} for ${r.label}`;
    } catch {
      return `unparseable JSON ${a.status} for ${r.label}`;
    }
  }
  return null;
}
