import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { Article } from '../lib/schema/article';
import { statTicks, TICK_MS } from '../lib/worker/thread-cpu';
import { figure, heading, info, loadLine } from './report';

/** One load run's figures, from every response (any status). */
export interface LoadFigures {
  requests: number;
  ok: number;
  /** Non-2xx answers by status. */
  statuses: Record<string, number>;
  errors: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

const TARGET_BYTES = 100 * 1024;

/** Plain-text article of about `bytes` UTF-8 bytes: a title line, then whole paragraphs of `sources` in turn. */
export function bigArticle(title: string, sources: readonly Article[], bytes = TARGET_BYTES): string {
  const paragraphs = sources.flatMap((a) => a.paragraphs.map((p) => a.text.slice(p.start, p.end)).filter((p) => p.trim()));
  let out = title;
  for (let i = 0; Buffer.byteLength(out) < bytes && paragraphs.length > 0; i++) out += `\n\n${paragraphs[i % paragraphs.length]}`;
  return out;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Runs autocannon and collects every response's latency (autocannon's own histogram keeps 2xx only). */
function load(opts: autocannon.Options): Promise<LoadFigures> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err: unknown, result: autocannon.Result) => {
      if (err) return reject(err instanceof Error ? err : new Error('autocannon failed'));
      latencies.sort((a, b) => a - b);
      const ok = latencies.length - Object.values(statuses).reduce((a, b) => a + b, 0);
      resolve({
        requests: latencies.length,
        ok,
        statuses,
        errors: result.errors,
        perSecond: ok / (result.duration || 1),
        p50Ms: percentile(latencies, 50),
        p95Ms: percentile(latencies, 95),
        p99Ms: percentile(latencies, 99),
      });
    });
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms);
      if (status < 200 || status > 299) statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}

function print(label: string, f: LoadFigures): void {
  const bad = Object.entries(f.statuses).map(([s, n]) => `${n}×${s}`).join(' ') || 'none';
  info(`${label}: answered / 2xx`, `${f.requests} / ${f.ok}`);
  info(`${label}: non-2xx, conn. errors`, `${bad}, ${f.errors}`);
  info(`${label}: 2xx per second`, f.perSecond.toFixed(2));
  info(`${label}: latency p50 / p95 / p99`, `${f.p50Ms.toFixed(0)} / ${f.p95Ms.toFixed(0)} / ${f.p99Ms.toFixed(0)} ms`);
}

/** Page requests a second of the reader probe (one connection), besides the saturating page clients. */
const READER_RATE = 4;

/** Issue 12's goals for the API under load. */
export const API_GOALS = { postsPerSecond: 10, postP95Ms: 400, pageP99Ms: 50 };

/**
 * What the POSTs of a run send. `repeated`: a few comparisons posted again and again (a shared
 * link re-uploaded, a class posting the same pair): after the first of each, the content address
 * is found stored and nothing is analysed. `new pairs`: every POST pairs two articles never
 * compared together, drawn from a small set of articles (each article's own analysis can be
 * reused, the comparison's cannot). `distinct`: both articles new on every POST (a counter in
 * each text): a whole analysis every time.
 */
type Mix = 'repeated' | 'new pairs' | 'distinct';

/** CPU seconds (user + system, all threads) the server process has used; NaN without /proc. */
function serverCpuSeconds(pid: number | undefined): number {
  const ticks = pid ? statTicks(`/proc/${pid}/stat`) : -1;
  return ticks < 0 ? NaN : (ticks * TICK_MS) / 1000;
}

/** CPU seconds of the server's request thread (its main thread: task id = pid); NaN without /proc. */
function requestThreadCpuSeconds(pid: number | undefined): number {
  const ticks = pid ? statTicks(`/proc/${pid}/task/${pid}/stat`) : -1;
  return ticks < 0 ? NaN : (ticks * TICK_MS) / 1000;
}

/**
 * Section (f): API under load on a running server. For each input mix in turn, concurrently
 * for `seconds`: POST /api/comparisons with two ~100 KB plain-text articles, GET of a stored
 * comparison's JSON and GET of its page (light requests), each with bounded connections.
 * Prints issue 12's goals for each mix (≥ 10 POSTs/s sustained with p95 < 400 ms while the
 * page GET keeps p99 < 50 ms), the server's CPU time per answered POST (from /proc: steady
 * when other processes load the machine) and the load average.
 */
export async function runApiLoad(
  base: string,
  seeds: readonly Article[],
  options: { seconds?: number; serverPid?: number; mixes?: readonly Mix[] } = {},
): Promise<Record<string, { post: LoadFigures; light: LoadFigures; page: LoadFigures; reader: LoadFigures }>> {
  const seconds = options.seconds ?? 15;
  heading('(f) API under load (loopback, autocannon)');
  loadLine();
  const zh = seeds.filter((a) => a.script !== 'latin');
  // Eight ~100 KB articles, each from a different rotation of the seed paragraphs.
  const pool = Array.from({ length: 8 }, (_, k) => bigArticle(`长文${k + 1}`, zh.filter((_, i) => i % 8 !== k).slice(k).concat(zh.slice(0, k))));
  info('article sizes (UTF-8)', `${(Buffer.byteLength(pool[0]!) / 1024).toFixed(0)} KB each, ${pool.length} articles`);
  const small = JSON.stringify({ articles: [{ name: 'a.txt', content: 'Light one\n\nFirst article.' }, { name: 'b.txt', content: 'Light two\n\nSecond article.' }] });
  const created = await fetch(`${base}/api/comparisons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: small });
  const { id } = (await created.json()) as { id?: string };
  if (!id) throw new Error(`could not create the light comparison: ${created.status}`);
  await (await fetch(`${base}/c/${id}`)).arrayBuffer();
  // A stored comparison's page is rendered once and then answered from the server's memory
  // (lib/http/page-cache.mjs; PARALLAX_PAGE_CACHE_MB=0 turns it off): say which the GETs measure.
  const again = await fetch(`${base}/c/${id}`);
  await again.arrayBuffer();
  info('page and JSON GETs answered from the server cache', again.headers.get('x-parallax-cache') === 'hit' ? 'yes (rendered once, then kept)' : 'no (rendered on each request)');
  const pair = (a: string, b: string, tag = ''): string => JSON.stringify({ articles: [{ name: 'a.txt', content: a + tag }, { name: 'b.txt', content: b + tag }] });
  let counter = 0;
  // Pairs (i, j), i < j, in a fixed order: 28 of them, each posted once in the `new pairs` run.
  const pairs = pool.flatMap((a, i) => pool.slice(i + 1).map((b) => [a, b] as const));
  const repeated = [pair(pool[0]!, pool[1]!), pair(pool[2]!, pool[3]!)];
  const bodies: Record<Mix, () => string> = {
    repeated: () => repeated[counter++ % repeated.length]!,
    'new pairs': () => {
      const p = pairs[counter++ % pairs.length]!;
      return pair(p[0], p[1], counter > pairs.length ? `\n\n请求编号${counter}。` : '');
    },
    distinct: () => pair(pool[4]!, pool[5]!, `\n\n请求编号${counter++}。`),
  };
  // Warm-up: the repeated comparisons stored once, one after the other: the server's CPU time
  // for each is what one whole analysis of two new 100 KB articles costs (the distinct mix).
  const sequential = async (label: string, body: string): Promise<number> => {
    const start = performance.now();
    const cpu = serverCpuSeconds(options.serverPid);
    const res = await fetch(`${base}/api/comparisons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await res.arrayBuffer();
    const used = (serverCpuSeconds(options.serverPid) - cpu) * 1000;
    info(label, `${res.status}, ${(performance.now() - start).toFixed(0)} ms wall, ${Number.isFinite(used) ? used.toFixed(0) : '—'} ms server CPU`);
    return used;
  };
  const analysisCpu: number[] = [];
  for (const body of repeated) analysisCpu.push(await sequential('POST, 2 new articles (analysis)', body));
  // The same once more: found stored by its content address.
  await sequential('POST, same inputs again (stored)', repeated[0]!);
  const perAnalysis = analysisCpu.reduce((a, b) => a + b, 0) / analysisCpu.length;
  if (Number.isFinite(perAnalysis)) info('capacity, whole analyses (2 cores)', `${((2 * 1000) / perAnalysis).toFixed(2)} /s at ${perAnalysis.toFixed(0)} ms CPU each`);
  const out: Record<string, { post: LoadFigures; light: LoadFigures; page: LoadFigures; reader: LoadFigures }> = {};
  for (const mix of options.mixes ?? (['repeated', 'new pairs', 'distinct'] as const)) {
    counter = 0;
    const cpuBefore = serverCpuSeconds(options.serverPid);
    const mainBefore = requestThreadCpuSeconds(options.serverPid);
    const [post, light, page, reader] = await Promise.all([
      load({
        url: `${base}/api/comparisons`,
        connections: 4,
        duration: seconds,
        timeout: 120,
        requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: bodies[mix]() }) }],
      }),
      load({ url: `${base}/api/comparisons/${id}`, connections: 2, duration: seconds }),
      load({ url: `${base}/c/${id}`, connections: 2, duration: seconds }),
      // A reader opening the page now and then (one connection, READER_RATE pages a second)
      // while the saturating clients above run: the latency a person sees, where the two
      // back-to-back page connections also measure the queue they make themselves.
      load({ url: `${base}/c/${id}`, connections: 1, overallRate: READER_RATE, duration: seconds }),
    ]);
    const cpu = serverCpuSeconds(options.serverPid) - cpuBefore;
    const main = requestThreadCpuSeconds(options.serverPid) - mainBefore;
    console.log(`\n  -- inputs: ${mix}`);
    info('duration / connections', `${seconds} s / 4 POST + 2 + 2 GET + 1 reader GET (in flight at the end: not counted)`);
    print('POST comparison (2×100 KB)', post);
    print('GET stored comparison (JSON)', light);
    print('GET comparison page', page);
    print(`GET comparison page, a reader (${READER_RATE}/s)`, reader);
    info('server CPU (all threads) / POST', Number.isFinite(cpu) && post.ok > 0 ? `${((cpu * 1000) / post.ok).toFixed(0)} ms (${cpu.toFixed(1)} s in all)` : '—');
    // The request thread answers every GET: its busy share is what a page GET waits behind.
    info('request thread CPU: busy share / per request', Number.isFinite(main) ? `${((100 * main) / seconds).toFixed(0)} % / ${((main * 1000) / Math.max(1, post.requests + light.requests + page.requests)).toFixed(1)} ms` : '—');
    figure(`POSTs per second (${mix})`, post.perSecond.toFixed(2), `≥ ${API_GOALS.postsPerSecond}`, post.perSecond >= API_GOALS.postsPerSecond);
    figure(`POST latency p95 (${mix})`, `${post.p95Ms.toFixed(0)} ms`, `< ${API_GOALS.postP95Ms} ms`, post.p95Ms < API_GOALS.postP95Ms);
    figure(`page GET p99 (${mix})`, `${page.p99Ms.toFixed(0)} ms`, `< ${API_GOALS.pageP99Ms} ms`, page.p99Ms < API_GOALS.pageP99Ms);
    figure(`page GET p99, a reader at ${READER_RATE}/s (${mix})`, `${reader.p99Ms.toFixed(0)} ms`, `< ${API_GOALS.pageP99Ms} ms`, reader.p99Ms < API_GOALS.pageP99Ms);
    loadLine();
    out[mix] = { post, light, page, reader };
  }
  return out;
}
