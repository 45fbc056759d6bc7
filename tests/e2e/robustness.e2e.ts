import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { HOSTILE_SHAPES, SECURITY_HEADERS } from '../../bench/hostile-inputs';
import { launchBrowser, screenshot } from './browser';

const baseURL = inject('baseURL');
const seedA = readFileSync('seeds/blinken-seed-pair/000_367715f6ebdcc400.txt', 'utf8');
const seedB = readFileSync('seeds/blinken-seed-pair/003_36c5c7af3f689e4a.txt', 'utf8');
const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const expectSecurityHeaders = (res: Response): void => {
  for (const h of SECURITY_HEADERS) expect(res.headers.get(h), h).toBeTruthy();
};

let id = '';
beforeAll(async () => {
  const res = await fetch(`${baseURL}/api/comparisons`, json({ articles: [{ name: 'rfi.txt', content: seedA }, { name: 'epoch.txt', content: seedB }] }));
  id = ((await res.json()) as { id: string }).id;
  expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
}, 120_000);

describe('malformed URLs', () => {
  const PAGES = ['/c/%ff', '/c/%', '/c/%ZZ', '/c/%c0%af', '/events/%ff', '/events/%ff/analysis.json', '/c/%ff/opengraph-image'];
  const API = ['/api/comparisons/%ff', '/api/comparisons/x/%ff', '/api/comparisons/%', '/api/comparisons/%c0%af/claims.csv'];

  it.each(PAGES)('answers %s with a 400 page and every security header', async (path) => {
    const res = await fetch(`${baseURL}${path}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expectSecurityHeaders(res);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const html = await res.text();
    expect(html).toContain('400 · Bad request');
    expect(html).toContain('not valid percent-encoded UTF-8');
  });

  it.each(API)('answers %s with a 400 JSON error and every security header', async (path) => {
    const res = await fetch(`${baseURL}${path}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expectSecurityHeaders(res);
    const body = (await res.json()) as { error: string; requestId: string };
    expect(body.error).toMatch(/^malformed address: ".*" is not valid percent-encoded UTF-8$/);
    expect(body.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('shows the 400 page in the browser', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const res = await page.goto(`${baseURL}/c/%ff`);
      expect(res?.status()).toBe(400);
      await expect.poll(() => page.locator('h1').innerText()).toBe('400 · Bad request');
      await expect.poll(() => page.locator('a[href="/"]').count()).toBe(1);
      await screenshot(page, 'malformed-url-400');
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('query strings and headers', () => {
  it.each(['/', '/c/{id}', '/api/comparisons/{id}', '/api/comparisons/{id}/claims.csv', '/events/blinken-seed-pair'])(
    'answers %s with 8,000 extra pairs 414 before parsing them',
    async (route) => {
      const path = route.replace('{id}', id);
      const res = await fetch(`${baseURL}${path}?tab=claims${'&e'.repeat(8000)}`);
      expect(res.status).toBe(414);
      expectSecurityHeaders(res);
      const text = await res.text();
      expect(text).toMatch(/query string too long: 16010 characters \(limit 8192\)/);
    },
  );

  it('takes 32 pairs, refuses 33, and refuses a query over 8,192 characters', async () => {
    const pairs = (n: number): string => Array.from({ length: n }, (_, i) => `k${i}=1`).join('&');
    expect((await fetch(`${baseURL}/?${pairs(32)}`)).status).toBe(200);
    expect((await fetch(`${baseURL}/?${pairs(33)}`)).status).toBe(414);
    expect((await fetch(`${baseURL}/?term=${'x'.repeat(8200)}`)).status).toBe(414);
  }, 60_000);

  it('ignores unknown keys on a page but refuses them on the API', async () => {
    const page = await fetch(`${baseURL}/c/${id}?tab=claims&utm_source=mail`);
    expect(page.status).toBe(200);
    const api = await fetch(`${baseURL}/api/comparisons/${id}?utm_source=mail`);
    expect(api.status).toBe(400);
    expect(((await api.json()) as { error: string }).error).toBe('unknown query parameter "utm_source": use analyzer, blind');
    expect((await fetch(`${baseURL}/api/comparisons/${id}?analyzer=stored&blind=1`)).status).toBe(200);
  }, 60_000);

  it('answers more than 100 header fields with 431', async () => {
    const headers = Object.fromEntries(Array.from({ length: 110 }, (_, i) => [`x-h${i}`, '1']));
    for (const path of ['/', `/api/comparisons/${id}`]) {
      const res = await fetch(`${baseURL}${path}`, { headers });
      expect(res.status).toBe(431);
      expectSecurityHeaders(res);
    }
  });
});

describe('methods', () => {
  it.each(['PUT', 'DELETE', 'PATCH', 'POST'])('answers %s on pages with 405, Allow: GET, HEAD and a page', async (method) => {
    for (const path of ['/', `/c/${id}`, '/events/blinken-seed-pair', '/events/blinken-seed-pair/analysis.json']) {
      const res = await fetch(`${baseURL}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expectSecurityHeaders(res);
    }
  });

  it('answers methods an API route does not take with a 405 JSON error and its Allow', async () => {
    const cases: [string, string, string][] = [
      ['GET', '/api/comparisons', 'POST'],
      ['PUT', '/api/comparisons', 'POST'],
      ['DELETE', '/api/comparisons/preview', 'POST'],
      ['DELETE', `/api/comparisons/${id}`, 'GET, HEAD'],
      ['PATCH', `/api/comparisons/${id}/claims.csv`, 'GET, HEAD'],
      ['POST', `/api/comparisons/${id}`, 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await fetch(`${baseURL}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expect(((await res.json()) as { error: string }).error).toBe(`method ${method} not allowed: use ${allow}`);
    }
    const options = await fetch(`${baseURL}/api/comparisons/${id}`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('hostile pages', () => {
  it.each(HOSTILE_SHAPES.map((s) => s.label))('answers three pages of "%s" at its largest with 4xx or a preview, and a light request beside it at once', async (label) => {
    const shape = HOSTILE_SHAPES.find((s) => s.label === label)!;
    const html = shape.page(shape.sizes[1]);
    const articles = [0, 1, 2].map((i) => ({ name: `h${i}.html`, content: `${html}<!-- ${i} -->` }));
    for (const path of ['/api/comparisons/preview', '/api/comparisons']) {
      const hostile = fetch(`${baseURL}${path}`, json({ articles }));
      // A light request while the hostile one is in flight is answered (measured in the bench).
      await new Promise((r) => setTimeout(r, 50));
      const light = await fetch(`${baseURL}/api/comparisons/${id}`);
      expect(light.status).toBe(200);
      const res = await hostile;
      expect([200, 201, 413, 422, 503], `${path}: ${res.status}`).toContain(res.status);
      const body = (await res.json()) as { error?: string; articles?: { ok: boolean; error?: string }[] };
      if (res.status === 422 || res.status === 413) expect(body.error).toMatch(/article "h\d\.html"|too large|limit/);
      if (res.status === 200 && path.endsWith('preview')) expect(body.articles).toHaveLength(3);
    }
  }, 120_000);
});

describe('saturation', () => {
  it('answers 24 concurrent unique POSTs each with 201 or an early 503 with Retry-After', async () => {
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        fetch(`${baseURL}/api/comparisons`, json({ articles: [{ name: 'a.txt', content: `${seedA}\n\n并发请求${i}。` }, { name: 'b.txt', content: seedB }] })),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 503), statuses.join(',')).toBe(true);
    expect(statuses).toContain(201);
    for (const r of answers.filter((a) => a.status === 503)) expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  }, 180_000);

  it('analyses 12 identical new POSTs once: one 201, the others 200 with the same id', async () => {
    const body = { articles: [{ name: 'a.txt', content: `${seedA}\n\n相同请求。` }, { name: 'b.txt', content: seedB }] };
    const answers = await Promise.all(Array.from({ length: 12 }, () => fetch(`${baseURL}/api/comparisons`, json(body))));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const ids = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
  }, 180_000);
});
