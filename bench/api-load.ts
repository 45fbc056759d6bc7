import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { Article } from '../lib/schema/article';
import { figure, heading, info } from './report';

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

/** Issue 12's goals for the API under load. */
export const API_GOALS = { postsPerSecond: 10, postP95Ms: 400, pageP99Ms: 50 };

/**
 * Section (f): API under load on a running server. Concurrently for `seconds`: POST
 * /api/comparisons with two ~100 KB plain-text articles, made unique per request by a
 * counter (a real analysis each time, never a stored hit), GET of a stored comparison's JSON
 * and GET of its page (light requests), each with bounded connections. Prints issue 12's
 * goals: ≥ 10 POSTs/s sustained with p95 < 400 ms while the page GET keeps p99 < 50 ms.
 */
export async function runApiLoad(base: string, seeds: readonly Article[], seconds = 15): Promise<{ post: LoadFigures; light: LoadFigures; page: LoadFigures }> {
  heading('(f) API under load (loopback, autocannon)');
  const zh = seeds.filter((a) => a.script !== 'latin');
  const a = bigArticle('长文甲', zh.filter((_, i) => i % 2 === 0));
  const b = bigArticle('长文乙', zh.filter((_, i) => i % 2 === 1));
  info('article sizes (UTF-8)', `${(Buffer.byteLength(a) / 1024).toFixed(0)} KB + ${(Buffer.byteLength(b) / 1024).toFixed(0)} KB`);
  const small = JSON.stringify({ articles: [{ name: 'a.txt', content: 'Light one\n\nFirst article.' }, { name: 'b.txt', content: 'Light two\n\nSecond article.' }] });
  const created = await fetch(`${base}/api/comparisons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: small });
  const { id } = (await created.json()) as { id?: string };
  if (!id) throw new Error(`could not create the light comparison: ${created.status}`);
  let counter = 0;
  const body = (): string =>
    JSON.stringify({ articles: [{ name: 'a.txt', content: `${a}\n\n请求编号${counter}。` }, { name: 'b.txt', content: `${b}\n\n请求编号${counter++}。` }] });
  // Warm-up: one unique comparison and one page (first analysis and first render are not steady state).
  const start = performance.now();
  const warm = await fetch(`${base}/api/comparisons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body() });
  await warm.arrayBuffer();
  info('warm-up POST (analysis)', `${warm.status}, ${(performance.now() - start).toFixed(0)} ms`);
  await (await fetch(`${base}/c/${id}`)).arrayBuffer();
  const [post, light, page] = await Promise.all([
    load({
      url: `${base}/api/comparisons`,
      connections: 4,
      duration: seconds,
      timeout: 120,
      requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: body() }) }],
    }),
    load({ url: `${base}/api/comparisons/${id}`, connections: 2, duration: seconds }),
    load({ url: `${base}/c/${id}`, connections: 2, duration: seconds }),
  ]);
  info('duration / connections', `${seconds} s / 4 POST + 2 + 2 GET (in flight at the end: not counted)`);
  print('POST comparison (2×100 KB)', post);
  print('GET stored comparison (JSON)', light);
  print('GET comparison page', page);
  figure('POSTs (2×100 KB) per second', post.perSecond.toFixed(2), `≥ ${API_GOALS.postsPerSecond}`, post.perSecond >= API_GOALS.postsPerSecond);
  figure('POST latency p95', `${post.p95Ms.toFixed(0)} ms`, `< ${API_GOALS.postP95Ms} ms`, post.p95Ms < API_GOALS.postP95Ms);
  figure('page GET p99 under that load', `${page.p99Ms.toFixed(0)} ms`, `< ${API_GOALS.pageP99Ms} ms`, page.p99Ms < API_GOALS.pageP99Ms);
  return { post, light, page };
}
