import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '../../app/api/comparisons/route';
import { POST as PREVIEW } from '../../app/api/comparisons/preview/route';
import { busyRefusal as busy } from '../../lib/http/pool-admission.mjs';
import { getComparison } from '../../lib/store/comparisons';
import { closeDatabases } from '../../lib/store/open-database';
import { admit, BudgetError, BusyError, closePool, POOL, poolStats, runTask, type Ticket } from '../../lib/worker/pool';
import { once } from '../../lib/worker/shared-work';
import { currentThreadId, ownCpuTicks, threadCpuTicks } from '../../lib/worker/thread-cpu';
import { tempDataDir } from '../store/fixtures';

const seedA = readFileSync('seeds/blinken-seed-pair/000_367715f6ebdcc400.txt', 'utf8');
const seedB = readFileSync('seeds/blinken-seed-pair/003_36c5c7af3f689e4a.txt', 'utf8');
const URL_BASE = 'http://localhost/api/comparisons';

/** A long but ordinary page: 3,000 paragraphs of story text (about 330 KB, 120,000 characters of text). */
const bigPage = `<!doctype html><html><head><title>长页</title></head><body><article>${Array.from(
  { length: 3000 },
  (_, i) => `<p>美国国务卿布林肯第${i}次说，双方同意保持沟通，中方希望美方客观看待中国。</p>`,
).join('')}</article></body></html>`;

/** A JSON request body as the request thread hands it to the pool. */
const raw = (articles: unknown[]): { body: Uint8Array<ArrayBuffer>; contentType: string } => ({
  body: new Uint8Array(Buffer.from(JSON.stringify({ articles }))),
  contentType: 'application/json',
});
const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Takes every free place in the pool; returns the tickets. */
function fill(): Ticket[] {
  const tickets: Ticket[] = [];
  for (;;) {
    try {
      tickets.push(admit());
    } catch (e) {
      if (e instanceof BusyError) return tickets;
      throw e;
    }
  }
}

beforeAll(() => {
  process.env.PARALLAX_DATA_DIR = tempDataDir();
});
afterAll(async () => {
  await closePool();
  closeDatabases();
});

describe('thread CPU time', () => {
  it('reads the calling thread id and CPU ticks from /proc, and the same thread by id', () => {
    const tid = currentThreadId();
    expect(tid).toBeGreaterThan(0);
    let x = 0;
    const until = performance.now() + 60;
    while (performance.now() < until) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    const own = ownCpuTicks();
    expect(own).toBeGreaterThan(0);
    expect(Math.abs(threadCpuTicks(tid) - own)).toBeLessThanOrEqual(2);
    expect(threadCpuTicks(999_999_999)).toBe(-1);
  });
});

describe('CPU-time budget', () => {
  it('stops a task past its extraction budget with an error naming the article and the limit, and replaces the thread', async () => {
    const saved = POOL.extractBudgetMs;
    POOL.extractBudgetMs = 30;
    try {
      const stoppedBefore = poolStats().stopped;
      const error = await runTask({ kind: 'preview', raw: raw([{ name: 'small.txt', content: 'a' }, { name: 'long.html', content: bigPage }]) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BudgetError);
      expect((error as Error).message).toMatch(/^article 2: reading it went past the limit of 30 ms of CPU time per article/);
      expect(poolStats().stopped).toBe(stoppedBefore + 1);
    } finally {
      POOL.extractBudgetMs = saved;
    }
    // The stopped thread was replaced: the next task runs.
    const next = await runTask({ kind: 'preview', raw: raw([{ name: 'long.html', content: bigPage }]) });
    expect(next.ok && next.articles[0]).toMatchObject({ name: 'long.html', ok: true, title: '长页', textLength: 118_888 });
  }, 120_000);

  it('answers a preview past the budget with 422 naming the limit', async () => {
    const saved = POOL.extractBudgetMs;
    POOL.extractBudgetMs = 30;
    try {
      const res = await PREVIEW(new Request(`${URL_BASE}/preview`, json({ articles: [{ name: 'long.html', content: bigPage }] })));
      expect(res.status).toBe(422);
      expect(((await res.json()) as { error: string }).error).toMatch(/^article 1: reading it went past the limit of 30 ms of CPU time per article/);
    } finally {
      POOL.extractBudgetMs = saved;
    }
  }, 120_000);
});

describe('admission', () => {
  it('gives at most threads + queue places, and a freed place can be taken again', () => {
    const tickets = fill();
    expect(tickets).toHaveLength(POOL.threads + POOL.maxQueue);
    let busy: unknown;
    try {
      admit();
    } catch (e) {
      busy = e;
    }
    expect(busy).toBeInstanceOf(BusyError);
    expect((busy as BusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    tickets[0]!.release();
    tickets[0]!.release(); // releasing twice frees one place only
    const again = admit();
    expect(() => admit()).toThrow(BusyError);
    for (const t of [again, ...tickets]) t.release();
    expect(poolStats().admitted).toBe(0);
  });

  it('answers 503 with Retry-After before reading the body when the pool is full', async () => {
    const tickets = fill();
    let pulled = false;
    const stream = (): ReadableStream<Uint8Array> =>
      new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            pulled = true;
            controller.enqueue(new TextEncoder().encode('{"articles":[]}'));
            controller.close();
          },
        },
        { highWaterMark: 0 },
      );
    try {
      for (const route of [POST, PREVIEW]) {
        const body = stream();
        const res = await route(new Request(URL_BASE, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit));
        expect(res.status).toBe(503);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(((await res.json()) as { error: string }).error).toMatch(/busy/);
      }
      expect(pulled).toBe(false);
    } finally {
      for (const t of tickets) t.release();
    }
  });

  it('lets the server in front of Next answer a pool route 503 while full, before Next routes it', () => {
    const req = (method: string, url: string): { method: string; url: string } => ({ method, url });
    expect(busy(req('POST', '/api/comparisons'))).toBeNull();
    const tickets = fill();
    try {
      for (const url of ['/api/comparisons', '/api/comparisons/', '/api/comparisons/preview', '/api/comparisons/preview?x=1']) {
        const refusal = busy(req('POST', url));
        expect(refusal?.status, url).toBe(503);
        expect(refusal?.message).toMatch(/busy/);
        expect(Number(refusal?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      }
      expect(busy(req('GET', '/api/comparisons/AAAAAAAAAAAAAAAAAAAAAAAA'))).toBeNull();
      expect(busy(req('POST', '/c/AAAAAAAAAAAAAAAAAAAAAAAA'))).toBeNull();
    } finally {
      for (const t of tickets) t.release();
    }
    expect(busy(req('POST', '/api/comparisons'))).toBeNull();
  });
});

describe('identical requests in flight', () => {
  it('runs shared work once and gives the joiner its place back at once', async () => {
    let runs = 0;
    let finish!: (v: number) => void;
    const a = admit();
    const b = admit();
    const first = once('k', a, () => {
      runs++;
      return new Promise<number>((r) => (finish = r));
    });
    const before = poolStats().admitted;
    const second = once('k', b, () => {
      runs++;
      return Promise.resolve(0);
    });
    expect(poolStats().admitted).toBe(before - 1);
    finish(7);
    expect(await first).toEqual({ value: 7, shared: false });
    expect(await second).toEqual({ value: 7, shared: true });
    expect(runs).toBe(1);
    a.release();
  });

  it('analyses identical concurrent POSTs once: one 201, the others 200 with the same id', async () => {
    const body = { articles: [{ name: 'a.txt', content: `${seedA}\n\n同时提交。` }, { name: 'b.txt', content: seedB }] };
    const analyses = poolStats().analyses;
    const answers = await Promise.all(Array.from({ length: 6 }, () => POST(new Request(URL_BASE, json(body)))));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    const ids = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    // Written (committed) by the pool thread before the answer: this thread reads it at once.
    expect(getComparison([...ids][0]!)?.inputs.articles[0]!.content).toBe(body.articles[0]!.content);
    expect(poolStats().analyses - analyses).toBe(1);
    expect(poolStats().admitted).toBe(0);
  }, 120_000);
});

describe('thread priority', () => {
  /** The nice value of a thread of this process (field 19 of its stat line). */
  const niceOf = (tid: number): number => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'latin1');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  };

  it('runs the pool threads at nice 10 and leaves the request thread at its own priority', async () => {
    const result = await runTask({ kind: 'preview', raw: raw([{ name: 'a.txt', content: seedA }]) });
    expect(result.ok).toBe(true);
    const threads = readdirSync('/proc/self/task').map(Number);
    expect(threads.filter((tid) => niceOf(tid) === 10).length).toBeGreaterThanOrEqual(1);
    expect(niceOf(currentThreadId())).toBeLessThan(10);
  });
});
