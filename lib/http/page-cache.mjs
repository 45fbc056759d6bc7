// Rendered answers of immutable addresses, kept in memory by the HTTP server in front of Next
// (scripts/serve.mjs). A stored comparison never changes (its id is its content address), and
// neither does what the server renders for it: its page (HTML, or the RSC payload of a client
// navigation) and its JSON; nor, within one server process, a sample event's page. Rendering the page costs the one request thread 15–25 ms; a cached
// answer costs well under a millisecond, so a reader's page no longer queues behind renders.
//
// What may differ between two requests for the same address is in the key: the path and query
// string (view state: tab, language, teaching mode, analyzer), the host the page's absolute
// preview URLs are made from, and the router headers Next varies the answer on (its `Vary`; an
// answer that varies on anything else is not kept). The reader's time zone is applied in the
// browser. Per request: the script nonce (each answer gets a fresh one, in its policy and in
// every place the rendered page carried the old one), `x-request-id`, and compression (done here,
// off the request thread, since the kept body is the identity one). Only complete 200 answers
// without cookies are kept; a server restart (a new build) starts empty.
import { randomUUID } from 'node:crypto';
import { gzip } from 'node:zlib';
import { Lru } from './lru.mjs';
import { splitUrl } from './request-bounds.mjs';

/**
 * Addresses whose answer depends only on the request's key: a stored comparison's page and its
 * JSON, and the sample events' pages (the home page shows the default one): the seeds are read
 * and analysed once per server process (lib/loader.ts), so their pages do not change either.
 */
const CACHEABLE = [/^\/c\/[A-Za-z0-9_-]{24}$/, /^\/api\/comparisons\/[A-Za-z0-9_-]{24}$/, /^\/$/, /^\/events\/[a-z0-9][a-z0-9-]{0,99}$/];

/** Request headers an answer may depend on (besides path and query). */
const KEY_HEADERS = [
  'host',
  'x-forwarded-host',
  'x-forwarded-proto',
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
];

/** What a kept answer's `Vary` may name: the key's headers, and compression (done here). */
const VARY_KNOWN = new Set([...KEY_HEADERS, 'accept-encoding']);

/** Response headers not kept: per connection, per answer, or set here for each answer. */
const PER_ANSWER = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'x-request-id', 'content-security-policy']);

/** A script nonce as proxy.ts makes them (base64 of a UUID). */
const newNonce = () => Buffer.from(randomUUID()).toString('base64');

/** A nonce in a page policy; a short one is never searched for in a body. */
const NONCE = /'nonce-([A-Za-z0-9+/=_-]{16,})'/;

/** Below this a body is sent as is (as Next's own compression does). */
const GZIP_MIN_BYTES = 1024;

const gzipAsync = (/** @type {Buffer} */ body) =>
  new Promise((resolve, reject) => gzip(body, (err, out) => (err ? reject(err) : resolve(out))));

/**
 * @typedef {object} Kept
 * @property {[string, string | string[]][]} headers response headers, in order, without the per-answer ones
 * @property {string[]} policy the Content-Security-Policy split at its nonce ([] when none)
 * @property {Buffer[]} parts the body split at the nonce (one part when there is none)
 * @property {number} bytes the body's length
 */

/** `true` when the client takes gzip (`Accept-Encoding`, not refused with `q=0`). */
export function acceptsGzip(/** @type {string | undefined} */ header) {
  if (!header) return false;
  return header.split(',').some((item) => {
    const [coding, ...params] = item.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/**
 * The key of a request whose answer may be kept, or null (any other method or address).
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 */
export function cacheKey(req) {
  if (req.method !== 'GET') return null;
  const { path, query } = splitUrl(req.url ?? '/');
  if (!CACHEABLE.some((re) => re.test(path))) return null;
  return JSON.stringify([path, query, ...KEY_HEADERS.map((h) => req.headers[h] ?? null)]);
}

/**
 * What of an answer can be kept, or null: a complete 200 without cookies, not compressed, that
 * varies on nothing outside the key.
 * @param {number} status
 * @param {Record<string, string | number | string[] | undefined>} headers as `res.getHeaders()` gives them
 * @param {Buffer} body
 * @returns {Kept | null}
 */
export function keepable(status, headers, body) {
  if (status !== 200 || headers['set-cookie'] !== undefined || headers['content-encoding'] !== undefined) return null;
  const vary = String(headers['vary'] ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (vary.some((v) => !VARY_KNOWN.has(v))) return null;
  const csp = headers['content-security-policy'];
  const policy = csp === undefined ? '' : String(csp);
  const nonce = NONCE.exec(policy)?.[1];
  // A policy whose nonce cannot be found is not one this server made: nothing is kept.
  if (policy.includes("'nonce-") && !nonce) return null;
  /** @type {Buffer[]} */
  const parts = [];
  if (nonce) {
    const needle = Buffer.from(nonce);
    let from = 0;
    for (let at = body.indexOf(needle, from); at >= 0; at = body.indexOf(needle, from)) {
      parts.push(body.subarray(from, at));
      from = at + needle.length;
    }
    parts.push(body.subarray(from));
  } else parts.push(body);
  /** @type {[string, string | string[]][]} */
  const kept = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_ANSWER.has(name)) continue;
    kept.push([name, typeof value === 'number' ? String(value) : value]);
  }
  return { headers: kept, policy: nonce ? policy.split(nonce) : csp === undefined ? [] : [policy], parts, bytes: body.length };
}

/**
 * The body and policy of one answer from a kept one: a fresh nonce wherever the rendered
 * answer had its own.
 * @param {Kept} kept
 * @param {string} nonce
 */
export function renderKept(kept, nonce) {
  const needle = Buffer.from(nonce);
  /** @type {Buffer[]} */
  const chunks = [];
  kept.parts.forEach((part, i) => {
    if (i > 0) chunks.push(needle);
    chunks.push(part);
  });
  return { body: Buffer.concat(chunks), policy: kept.policy.length === 0 ? null : kept.policy.join(nonce) };
}

/** A request id: the client's when it is a plain token, else a fresh one (as proxy.ts does). */
function requestIdOf(/** @type {string | string[] | undefined} */ given) {
  return typeof given === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
}

/** The rendered-answer cache of one server. */
export class PageCache {
  /** @type {Lru<string, Kept>} */
  #kept;
  #maxEntryBytes;
  stats = { hits: 0, stored: 0 };

  /** @param {{ maxBytes: number, maxEntryBytes?: number }} options */
  constructor({ maxBytes, maxEntryBytes = 8 * 1024 * 1024 }) {
    this.#kept = new Lru(maxBytes);
    this.#maxEntryBytes = Math.min(maxEntryBytes, maxBytes);
  }

  get size() {
    return this.#kept.size;
  }

  /**
   * Answers the request from the cache when its answer is kept; else, for a cacheable address,
   * watches the answer Next writes and keeps it once complete. Returns whether it answered.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  handle(req, res) {
    const key = cacheKey(req);
    if (key === null) return false;
    const kept = this.#kept.get(key);
    if (kept) {
      this.stats.hits++;
      void this.#answer(req, res, kept);
      return true;
    }
    // The kept body is the identity one (compression is applied per answer, here).
    delete req.headers['accept-encoding'];
    this.#watch(res, key);
    return false;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {Kept} kept
   */
  async #answer(req, res, kept) {
    const { body, policy } = renderKept(kept, newNonce());
    let sent = body;
    const gzipped = body.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding']);
    if (gzipped) sent = /** @type {Buffer} */ (await gzipAsync(body));
    if (res.destroyed) return;
    res.statusCode = 200;
    for (const [name, value] of kept.headers) res.setHeader(name, value);
    if (policy !== null) res.setHeader('content-security-policy', policy);
    res.setHeader('x-request-id', requestIdOf(req.headers['x-request-id']));
    if (gzipped) res.setHeader('content-encoding', 'gzip');
    res.setHeader('content-length', sent.length);
    res.setHeader('x-parallax-cache', 'hit');
    res.end(sent);
  }

  /**
   * Collects what Next writes; keeps it when the answer completes.
   * @param {import('node:http').ServerResponse} res
   * @param {string} key
   */
  #watch(res, key) {
    /** @type {Buffer[]} */
    let chunks = [];
    let bytes = 0;
    let whole = true;
    /** @param {unknown} chunk @param {unknown} encoding */
    const collect = (chunk, encoding) => {
      if (!whole || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8') : Buffer.from(/** @type {Uint8Array} */ (chunk));
      bytes += buf.length;
      if (bytes > this.#maxEntryBytes) {
        whole = false;
        chunks = [];
      } else chunks.push(buf);
    };
    const write = res.write;
    const end = res.end;
    res.write = /** @type {typeof res.write} */ (
      function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ cb) {
        collect(chunk, encoding);
        return write.call(this, chunk, encoding, cb);
      }
    );
    res.end = /** @type {typeof res.end} */ (
      function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ cb) {
        collect(chunk, encoding);
        return end.call(this, chunk, encoding, cb);
      }
    );
    res.once('finish', () => {
      if (!whole) return;
      const kept = keepable(res.statusCode, res.getHeaders(), Buffer.concat(chunks));
      if (!kept) return;
      this.#kept.set(key, kept, kept.bytes + 1024);
      this.stats.stored++;
    });
  }
}
