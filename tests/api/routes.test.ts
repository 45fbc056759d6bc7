import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '../../app/api/comparisons/route';
import { GET } from '../../app/api/comparisons/[id]/route';
import { GET as GET_FILE } from '../../app/api/comparisons/[id]/[file]/route';
import { handle } from '../../lib/api/handle';
import { closeDatabases } from '../../lib/store/open-database';
import { BusyError, closePool } from '../../lib/worker/pool';
import { tempDataDir } from '../store/fixtures';
import { encodeLegacy } from './legacy-encoder';
import { LIMITS } from '../../lib/schema/comparison-input';

const SEEDS = 'seeds/blinken-seed-pair';
const seedA = readFileSync(`${SEEDS}/000_367715f6ebdcc400.txt`, 'utf8');
const seedB = readFileSync(`${SEEDS}/003_36c5c7af3f689e4a.txt`, 'utf8');
const PLAIN = '布林肯访华\n\n美国国务卿布林肯周日抵达北京，与中国外长秦刚举行会谈。\n\n外交部发言人表示，双方同意保持沟通。';
const URL_BASE = 'http://localhost/api/comparisons';

const postJson = (body: unknown): Promise<Response> =>
  POST(new Request(URL_BASE, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
function postFiles(files: { name: string; bytes: Uint8Array; meta?: object }[]): Promise<Response> {
  const form = new FormData();
  for (const f of files) {
    form.append('files', new File([Buffer.from(f.bytes)], f.name));
    form.append('meta', JSON.stringify(f.meta ?? {}));
  }
  return POST(new Request(URL_BASE, { method: 'POST', body: form }));
}
const getJson = (id: string, query = ''): Promise<Response> =>
  GET(new Request(`${URL_BASE}/${id}${query}`), { params: Promise.resolve({ id }) });
const errorOf = async (res: Response): Promise<string> => ((await res.json()) as { error: string }).error;

describe('POST /api/comparisons', () => {
  let storedId = '';
  beforeAll(() => {
    process.env.PARALLAX_DATA_DIR = tempDataDir();
  });
  afterAll(async () => {
    await closePool();
    closeDatabases();
  });

  it('creates a comparison from two JSON articles (201), then answers 200 with the same id', async () => {
    const body = { articles: [{ name: 'rfi.txt', content: seedA }, { name: 'epoch.txt', content: seedB }] };
    const first = await postJson(body);
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string; url: string };
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(created.url).toBe(`/c/${created.id}`);
    const again = await postJson(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(created);
    storedId = created.id;
  }, 60_000);

  it('gives a GBK upload the same id as the same text sent as UTF-8', async () => {
    const json = await postJson({ articles: [{ name: 'x.txt', content: PLAIN }, { name: 'b.txt', content: seedB }] });
    const { id } = (await json.json()) as { id: string };
    const multipart = await postFiles([{ name: 'x.txt', bytes: encodeLegacy(PLAIN, 'gbk') }, { name: 'b.txt', bytes: new TextEncoder().encode(seedB) }]);
    expect(multipart.status).toBe(200);
    expect(((await multipart.json()) as { id: string }).id).toBe(id);
  }, 60_000);

  const bad: { label: string; request: () => Promise<Response>; status: number; error: RegExp }[] = [
    { label: 'a text/plain body', request: () => POST(new Request(URL_BASE, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' })), status: 415, error: /unsupported content type/ },
    { label: 'malformed JSON', request: () => POST(new Request(URL_BASE, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"articles": [' })), status: 400, error: /malformed JSON/ },
    { label: 'a URL that is not one', request: () => postJson({ articles: [{ name: 'a', content: 'x', url: 'not a url' }, { name: 'b', content: 'y' }] }), status: 400, error: /^articles\.0\.url: / },
    { label: 'an unknown field', request: () => postJson({ articles: [], extra: 1 }), status: 400, error: /extra/ },
    { label: 'a meta entry with a bad date', request: () => postFiles([{ name: 'a.txt', bytes: new TextEncoder().encode(PLAIN), meta: { publishedAt: 'yesterday' } }, { name: 'b.txt', bytes: new TextEncoder().encode(seedB) }]), status: 400, error: /^meta\[0\]\.publishedAt/ },
    { label: 'a declared Content-Length over the request limit', request: () => POST(new Request(URL_BASE, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(LIMITS.requestBytes + 1024 * 1024) }, body: '{}' })), status: 413, error: /too large/ },
    {
      label: 'a streamed body over the request limit without Content-Length',
      request: () => {
        const chunk = new Uint8Array(256 * 1024).fill(0x61);
        let sent = 0;
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent++ >= LIMITS.requestBytes / chunk.length + 8) controller.close();
            else controller.enqueue(chunk);
          },
        });
        return POST(new Request(URL_BASE, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit));
      },
      status: 413,
      error: /too large/,
    },
    { label: 'one article over the article limit', request: () => postJson({ articles: [{ name: 'big.txt', content: '字'.repeat(LIMITS.articleBytes / 3 + 1) }, { name: 'b', content: 'y' }] }), status: 413, error: /"big\.txt" too large/ },
    { label: 'a single article', request: () => postJson({ articles: [{ name: 'a.txt', content: PLAIN }] }), status: 422, error: /at least 2 articles, got 1/ },
    { label: 'eleven articles', request: () => postJson({ articles: Array.from({ length: 11 }, (_, i) => ({ name: `${i}.txt`, content: `${PLAIN}${i}` })) }), status: 422, error: /at most 10 articles, got 11/ },
    { label: 'a whitespace-only article', request: () => postJson({ articles: [{ name: 'blank.txt', content: ' \n\u3000\t ' }, { name: 'b.txt', content: PLAIN }] }), status: 422, error: /"blank\.txt": empty/ },
    { label: 'a binary file', request: () => postFiles([{ name: 'photo.png', bytes: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48) }, { name: 'b.txt', bytes: new TextEncoder().encode(PLAIN) }]), status: 422, error: /"photo\.png": binary file/ },
    { label: 'bytes invalid in the declared encoding', request: () => postFiles([{ name: 'a.txt', bytes: Uint8Array.of(0xff, 0xfe, 0x00, 0xd8), meta: { encoding: 'utf-8' } }, { name: 'b.txt', bytes: new TextEncoder().encode(PLAIN) }]), status: 422, error: /"a\.txt": the bytes are not valid utf-8/ },
    { label: 'two blank articles (both named)', request: () => postJson({ articles: [{ name: 'a.txt', content: ' ' }, { name: 'b.txt', content: '\n' }, { name: 'c.txt', content: PLAIN }] }), status: 422, error: /^2 articles cannot be used: article "a\.txt": empty.*; article "b\.txt": empty/ },
    {
      label: 'two pages with no story text among readable ones (both named)',
      request: () => postJson({ articles: [{ name: 'nav.html', content: '<html><body><nav><a href="/">Home</a></nav></body></html>' }, { name: 'ok.txt', content: PLAIN }, { name: 'foot.html', content: '<html><body><footer>© x</footer></body></html>' }] }),
      status: 422,
      error: /^2 articles cannot be used: article "nav\.html": no story text.*; article "foot\.html": no story text/,
    },
    { label: 'the same story twice', request: () => postJson({ articles: [{ name: 'a.txt', content: PLAIN }, { name: 'b.txt', content: PLAIN }] }), status: 422, error: /"b\.txt": the same story as article "a\.txt"/ },
  ];
  it.each(bad)('refuses $label with $status and a JSON message', async ({ request, status, error }) => {
    const res = await request();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const message = await errorOf(res);
    expect(message).toMatch(error);
    expect(message).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('answers a page nested 5,000 deep with 201 or 422 (its time is measured in bench/hostile-inputs.ts)', async () => {
    const deep = `<html><body>${'<div>'.repeat(5000)}<p>美国国务卿布林肯抵达北京。</p>${'</div>'.repeat(5000)}</body></html>`;
    const res = await postJson({ articles: [{ name: 'deep.html', content: deep }, { name: 'b.txt', content: PLAIN }] });
    expect([201, 422]).toContain(res.status);
  }, 60_000);

  it('leaves the stored comparison unchanged after the bad requests', async () => {
    const res = await getJson(storedId);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; articles: unknown[]; createdAt: string; analyzerVersion: string; reanalyzed: boolean };
    expect(body).toMatchObject({ id: storedId, reanalyzed: false });
    expect(body.articles).toHaveLength(2);
    expect(body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('answers a stored comparison the same every time (served from its serialised JSON after the first), blind apart, a bad analyzer still 400', async () => {
    const first = await getJson(storedId);
    const again = await getJson(storedId, '?analyzer=stored');
    expect(again.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(again.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await first.text();
    expect(await again.text()).toBe(text);
    const blind = await getJson(storedId, '?blind=1');
    const blindText = await blind.text();
    expect(blindText).not.toBe(text);
    expect(blindText).not.toContain('rfi.txt');
    expect(await (await getJson(storedId, '?blind=1')).text()).toBe(blindText);
    expect((await getJson(storedId, '?analyzer=newest')).status).toBe(400);
  });

  it('re-analyses the stored inputs with ?analyzer=current without storing', async () => {
    const res = await getJson(storedId, '?analyzer=current');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(((await res.json()) as { reanalyzed: boolean }).reanalyzed).toBe(true);
  }, 60_000);

  it('answers 404 for an unknown id and for an unknown export', async () => {
    expect((await getJson('AAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await getJson('../../etc/passwd')).status).toBe(404);
    const file = await GET_FILE(new Request(`${URL_BASE}/${storedId}/x.csv`), { params: Promise.resolve({ id: storedId, file: 'x.csv' }) });
    expect(file.status).toBe(404);
  });

  it.each(['claims.csv', 'entities.csv', 'times.csv'])('exports %s with a BOM and a header row', async (name) => {
    const res = await GET_FILE(new Request(`${URL_BASE}/${storedId}/${name}`), { params: Promise.resolve({ id: storedId, file: name }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^(article_id|entity_id),/);
  });
});

describe('error mapping', () => {
  it('maps a full worker queue to 503 with Retry-After', async () => {
    const res = await handle(new Request(URL_BASE), () => Promise.reject(new BusyError(10)));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('10');
    expect(await errorOf(res)).toMatch(/busy/);
  });

  it('hides unexpected errors behind a generic 500 message', async () => {
    const res = await handle(new Request(URL_BASE), () => Promise.reject(new Error('secret detail')));
    expect(res.status).toBe(500);
    expect(await errorOf(res)).not.toMatch(/secret/);
  });
});
