import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Lru } from '@/lib/http/lru.mjs';
import { acceptsGzip, cacheKey, keepable, PageCache, renderKept } from '@/lib/http/page-cache.mjs';

const ID = 'AbCdEfGhIjKlMnOpQrStUv_-';
const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers: { host: 'example.test', ...headers } });
const policy = (nonce: string) => `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`;

describe('cacheKey', () => {
  it('keys a comparison page and its JSON by path, query, host and router headers', () => {
    expect(cacheKey(req(`/c/${ID}`))).not.toBeNull();
    expect(cacheKey(req(`/api/comparisons/${ID}`))).not.toBeNull();
    // The sample events' pages (the home page shows the default one): fixed for a server process.
    expect(cacheKey(req('/'))).not.toBeNull();
    expect(cacheKey(req('/?tab=claims'))).not.toBe(cacheKey(req('/')));
    expect(cacheKey(req('/events/blinken-beijing-2023-06'))).not.toBeNull();
    expect(cacheKey(req(`/c/${ID}?tab=claims`))).not.toBe(cacheKey(req(`/c/${ID}`)));
    expect(cacheKey(req(`/c/${ID}?lang=zh`))).not.toBe(cacheKey(req(`/c/${ID}?lang=en`)));
    expect(cacheKey(req(`/c/${ID}`, { rsc: '1' }))).not.toBe(cacheKey(req(`/c/${ID}`)));
    expect(cacheKey(req(`/c/${ID}`, { host: 'other.test' }))).not.toBe(cacheKey(req(`/c/${ID}`)));
    expect(cacheKey(req(`/c/${ID}`, { 'x-forwarded-proto': 'https' }))).not.toBe(cacheKey(req(`/c/${ID}`)));
    // Not part of an answer: the client's request id and its compression.
    expect(cacheKey(req(`/c/${ID}`, { 'x-request-id': 'abcdefgh12', 'accept-encoding': 'gzip' }))).toBe(cacheKey(req(`/c/${ID}`)));
  });

  it('keeps nothing of other methods or addresses', () => {
    expect(cacheKey(req(`/c/${ID}`, {}, 'HEAD'))).toBeNull();
    expect(cacheKey(req(`/c/${ID}`, {}, 'POST'))).toBeNull();
    expect(cacheKey(req('/archive'))).toBeNull();
    expect(cacheKey(req('/c/short'))).toBeNull();
    expect(cacheKey(req(`/c/${ID}/card.png`))).toBeNull();
    expect(cacheKey(req(`/api/comparisons/${ID}/claims.csv`))).toBeNull();
    expect(cacheKey(req('/api/comparisons'))).toBeNull();
    expect(cacheKey(req('/events/blinken-beijing-2023-06/claims.csv'))).toBeNull();
    expect(cacheKey(req('/events/blinken-beijing-2023-06/card.png'))).toBeNull();
  });
});

describe('keepable and renderKept', () => {
  const nonce = 'OLDNONCEOLDNONCEOLDNONCE';
  const body = Buffer.from(`<script nonce="${nonce}">a</script><p>text</p><script nonce="${nonce}">b</script>`);
  const headers = { 'content-type': 'text/html', 'content-security-policy': policy(nonce), vary: 'rsc, Accept-Encoding', date: 'x', 'x-request-id': 'r' };

  it('puts a fresh nonce everywhere the rendered answer had its own', () => {
    const kept = keepable(200, headers, body)!;
    expect(kept.headers.map(([k]) => k)).toEqual(['content-type', 'vary']);
    const out = renderKept(kept, 'NEWNONCE');
    expect(out.body.toString()).toBe('<script nonce="NEWNONCE">a</script><p>text</p><script nonce="NEWNONCE">b</script>');
    expect(out.policy).toBe(policy('NEWNONCE'));
  });

  it('keeps an answer without a policy (JSON) as it is', () => {
    const kept = keepable(200, { 'content-type': 'application/json' }, Buffer.from('{"a":1}'))!;
    expect(renderKept(kept, 'N'.repeat(20))).toEqual({ body: Buffer.from('{"a":1}'), policy: null });
  });

  it('refuses what may not be served again', () => {
    expect(keepable(404, headers, body)).toBeNull();
    expect(keepable(503, headers, body)).toBeNull();
    expect(keepable(200, { ...headers, 'set-cookie': 'a=b' }, body)).toBeNull();
    expect(keepable(200, { ...headers, 'content-encoding': 'gzip' }, body)).toBeNull();
    expect(keepable(200, { ...headers, vary: 'cookie' }, body)).toBeNull();
    expect(keepable(200, { ...headers, 'content-security-policy': "script-src 'nonce-x'" }, body)).toBeNull();
  });

  it('reads Accept-Encoding', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('deflate')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('Lru', () => {
  it('drops the least recently used past its weight', () => {
    const lru = new Lru<string, number>(10);
    lru.set('a', 1, 4);
    lru.set('b', 2, 4);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3, 4);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.weight).toBe(8);
    lru.set('d', 4, 11);
    expect(lru.get('d')).toBeUndefined();
  });
});

describe('PageCache in front of a renderer', () => {
  let server: Server;
  let base = '';
  const renders: string[] = [];
  const cache = new PageCache({ maxBytes: 1024 * 1024 });

  // Stands for Next: a page with this request's nonce in its policy and scripts, written in chunks.
  function render(req: IncomingMessage, res: ServerResponse): void {
    renders.push(req.url ?? '');
    const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
    const status = req.url?.includes('missing') ? 404 : 200;
    res.statusCode = status;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-security-policy', policy(nonce));
    res.setHeader('vary', 'rsc, Accept-Encoding');
    res.setHeader('x-seen-encoding', String(req.headers['accept-encoding'] ?? ''));
    res.write(`<html><script nonce="${nonce}">x</script>`);
    res.write(Buffer.from('<p>'.concat('text '.repeat(400), '</p>')));
    res.end(`<script nonce="${nonce}">y</script>${req.url}</html>`);
  }

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (!cache.handle(req, res)) render(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const nonceOf = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy') ?? '')?.[1] ?? '';

  it('renders once, then answers from memory with a fresh nonce and request id', async () => {
    const first = await fetch(`${base}/c/${ID}`, { headers: { 'accept-encoding': 'identity' } });
    const firstBody = await first.text();
    expect(first.headers.get('x-parallax-cache')).toBeNull();
    const second = await fetch(`${base}/c/${ID}`, { headers: { 'x-request-id': 'reader-0001' } });
    const secondBody = await second.text();
    expect(second.headers.get('x-parallax-cache')).toBe('hit');
    expect(renders.filter((u) => u === `/c/${ID}`)).toHaveLength(1);
    const [n1, n2] = [nonceOf(first), nonceOf(second)];
    expect(n1).not.toBe(n2);
    expect(secondBody).not.toContain(n1);
    expect(secondBody.split(n2)).toHaveLength(3);
    expect(secondBody.replaceAll(n2, 'N')).toBe(firstBody.replaceAll(n1, 'N'));
    expect(second.headers.get('x-request-id')).toBe('reader-0001');
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(second.headers.get('vary')).toBe('rsc, Accept-Encoding');
  });

  it('asks the renderer for the identity body and compresses kept answers itself', async () => {
    const url = `${base}/c/${ID}?tab=claims`;
    const miss = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(miss.headers.get('x-seen-encoding')).toBe('');
    const plain = await miss.text();
    const { request } = await import('node:http');
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(Number(raw.headers['content-length'])).toBe(raw.body.length);
    const nonce = /'nonce-([^']+)'/.exec(String(raw.headers['content-security-policy']))![1]!;
    expect(gunzipSync(raw.body).toString().replaceAll(nonce, 'N')).toBe(plain.replaceAll(nonceOf(miss), 'N'));
  });

  it('keeps no answer other than a 200, and keys by query', async () => {
    await fetch(`${base}/c/${ID}?missing=1`).then((r) => r.text());
    const again = await fetch(`${base}/c/${ID}?missing=1`);
    await again.text();
    expect(again.status).toBe(404);
    expect(again.headers.get('x-parallax-cache')).toBeNull();
    expect(renders.filter((u) => u === `/c/${ID}?missing=1`)).toHaveLength(2);
    const other = await fetch(`${base}/c/${ID}?tab=entities`);
    expect(await other.text()).toContain(`/c/${ID}?tab=entities`);
    expect(other.headers.get('x-parallax-cache')).toBeNull();
  });

  it('leaves other addresses to the renderer', async () => {
    const before = renders.length;
    await fetch(`${base}/archive`).then((r) => r.text());
    await fetch(`${base}/archive`).then((r) => r.text());
    expect(renders.length).toBe(before + 2);
  });
});
