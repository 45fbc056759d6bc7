import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { assertReadableShape, prescanHtml } from '../lib/ingest/prescan';
import { statTicks, TICK_MS } from '../lib/worker/thread-cpu';
import { anyBadRequest, fetchRetrying, HOSTILE_SHAPES, judge, SEED, send, type BadRequest } from './hostile-inputs';
import { figure, heading, info, table } from './report';

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Sends `requests` with `concurrency` in flight; returns the answers in order. */
async function sendAll(base: string, requests: readonly BadRequest[], concurrency: number): Promise<{ r: BadRequest; status: number; ms: number; problem: string | null }[]> {
  const out: { r: BadRequest; status: number; ms: number; problem: string | null }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const r = requests[next++]!;
        try {
          const a = await send(base, r);
          out.push({ r, status: a.status, ms: a.ms, problem: judge(r, a) });
        } catch (e) {
          out.push({ r, status: 0, ms: NaN, problem: `no answer for ${r.label}: ${e instanceof Error ? e.message : String(e)}` });
        }
      }
    }),
  );
  return out;
}

/** The machine's load average (1, 5, 15 min): the machine is shared, timings are read beside it. */
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' / ');

/**
 * Light requests sent one after another while `during` runs, taking `paths` in turn (a small
 * API call, a page GET); their latencies.
 */
async function lightBeside<T>(base: string, paths: readonly string[], during: Promise<T>): Promise<{ result: T; latencies: number[] }> {
  let done = false;
  const latencies: number[] = [];
  const wrapped = during.finally(() => (done = true));
  const prober = (async () => {
    await new Promise((r) => setTimeout(r, 30));
    for (let i = 0; !done; i++) {
      const t = performance.now();
      // A failed probe is recorded as never answered (Infinity) rather than ending the bench.
      const ok = await fetchRetrying(`${base}${paths[i % paths.length]}`).then(
        async (r) => (await r.arrayBuffer(), r.ok),
        () => false,
      );
      latencies.push(ok ? performance.now() - t : Infinity);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const result = await wrapped;
  await prober;
  return { result, latencies };
}

/** `connections` clients posting unique comparisons for `seconds`: statuses, 2xx per second, 503 latency. */
async function uniquePosts(base: string, text: string, connections: number, seconds: number): Promise<{ statuses: Record<number, number>; okPerSecond: number; p95Ok: number; p50Busy: number; p95Busy: number }> {
  const statuses: Record<number, number> = {};
  const ok: number[] = [];
  const busy: number[] = [];
  let counter = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const n = counter++;
        const body = JSON.stringify({ articles: [{ name: 'a.txt', content: `${text}\n\n并发编号${connections}-${n}甲。` }, { name: 'b.txt', content: `${text}\n\n并发编号${connections}-${n}乙。` }] });
        const t = performance.now();
        const res = await fetchRetrying(`${base}/api/comparisons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        const ms = performance.now() - t;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 201) ok.push(ms);
        if (res.status === 503) {
          busy.push(ms);
          // A client honours Retry-After (capped so the run stays short).
          await new Promise((r) => setTimeout(r, Math.min(1000, Number(res.headers.get('retry-after') ?? 1) * 250)));
        }
      }
    }),
  );
  ok.sort((a, b) => a - b);
  busy.sort((a, b) => a - b);
  return { statuses, okPerSecond: ok.length / seconds, p95Ok: percentile(ok, 95), p50Busy: percentile(busy, 50), p95Busy: percentile(busy, 95) };
}

/**
 * The largest size of a hostile shape that still passes the pre-scan (the costliest page of
 * that shape the server reads in full), or null when even the smallest is refused.
 */
function largestPassing(shape: (typeof HOSTILE_SHAPES)[number]): number | null {
  const passes = (n: number): boolean => {
    try {
      assertReadableShape(prescanHtml(shape.page(n)), 'x.html');
      return true;
    } catch {
      return false;
    }
  };
  let [lo, hi] = shape.sizes;
  if (!passes(lo)) return null;
  if (passes(hi)) return hi;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (passes(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Section (i): robustness on a running server (issue 14's goals). 320 generated bad requests
 * (broken escapes, hostile query strings, header floods, wrong methods, malformed bodies,
 * hostile HTML; seeded) → no 5xx other than 503, every security header; each hostile page
 * shape at its largest (refused by the pre-scan) and at the largest size the pre-scan lets
 * through (read in full), previewed and posted one at a time → answered within 5 s, with light
 * requests beside it (a stored comparison's JSON, the home page) < 250 ms; 8 then 32 clients
 * posting unique comparisons → every answer 201 or an early 503 (p95 < 250 ms), successful
 * throughput at 32 not lower than at 8. The machine's load average is printed beside the
 * timings (the goals are for a quiet 2-core machine).
 */
export async function runRobustness(base: string, root: string, seconds = 12, serverPid?: number): Promise<void> {
  // CPU time the server's request thread (its main thread: tid = pid) has used, ms; NaN when unknown.
  const mainCpu = (): number => {
    const ticks = serverPid ? statTicks(`/proc/${serverPid}/task/${serverPid}/stat`) : -1;
    return ticks >= 0 ? ticks * TICK_MS : NaN;
  };
  heading('(i) Robustness: bad inputs, hostile pages, saturation');
  info('load average at start', load());
  const seedText = readFileSync(join(root, 'seeds/blinken-seed-pair/000_367715f6ebdcc400.txt'), 'utf8');
  const small = JSON.stringify({ articles: [{ name: 'a.txt', content: seedText }, { name: 'b.txt', content: `${seedText}\n\n另一篇。` }] });
  const created = await fetch(`${base}/api/comparisons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: small });
  const { id } = (await created.json()) as { id?: string };
  if (!id) throw new Error(`could not create the light comparison: ${created.status}`);
  const light = [`/api/comparisons/${id}`, '/'];
  for (const path of light) await (await fetch(`${base}${path}`)).arrayBuffer();

  // 1. Generated bad inputs.
  const requests = fc.sample(anyBadRequest, { numRuns: 320, seed: SEED });
  const started = performance.now();
  const answers = await sendAll(base, requests, 4);
  const byStatus = new Map<number, number>();
  for (const a of answers) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  const byKind = new Map<string, number>();
  for (const a of answers) byKind.set(a.r.label.replace(/:.*/, ''), (byKind.get(a.r.label.replace(/:.*/, '')) ?? 0) + 1);
  const problems = answers.filter((a) => a.problem);
  const fiveXx = answers.filter((a) => a.status >= 500 && a.status !== 503).length;
  info('generated bad requests (seeded)', `${answers.length} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  info('kinds', [...byKind].map(([k, n]) => `${k} ${n}`).join(', '));
  info('statuses', [...byStatus].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${n}×${s}`).join(' '));
  figure('5xx other than 503', String(fiveXx), '0', fiveXx === 0);
  figure('answers with a problem', String(problems.length), '0', problems.length === 0);
  for (const p of problems.slice(0, 5)) console.log(`    ${p.problem}`);
  // Generated hostile pages (1–3 copies of a shape at a random size, 4 requests in flight on
  // the pool's threads, so each may wait behind another): for information beside the goal's runs below.
  const generated = answers.filter((a) => a.r.label.startsWith('hostile page')).map((a) => a.ms).sort((a, b) => a - b);
  info('generated hostile pages: p50/max ms', `${percentile(generated, 50).toFixed(0)} / ${(generated.at(-1) ?? NaN).toFixed(0)} (${generated.filter((ms) => ms >= 5000).length} of ${generated.length} ≥ 5 s, 4 in flight)`);
  info('load average after', load());

  // 2. Hostile pages, one at a time, with light requests beside.
  const rows: string[][] = [];
  let slowest = 0;
  let slowestLight = 0;
  let mostMainCpu = 0;
  const allLight: number[] = [];
  let within = 0;
  let total = 0;
  const runs = HOSTILE_SHAPES.flatMap((shape) => {
    const passing = largestPassing(shape);
    return [shape.sizes[1], ...(passing !== null && passing !== shape.sizes[1] ? [passing] : [])].map((size) => ({ shape, size }));
  });
  for (const { shape, size } of runs) {
    const html = shape.page(size);
    for (const path of ['/api/comparisons/preview', '/api/comparisons']) {
      const body = JSON.stringify({ articles: [{ name: 'hostile.html', content: html }, { name: 'plain.txt', content: seedText }] });
      const t = performance.now();
      const cpu0 = mainCpu();
      const { result: status, latencies } = await lightBeside(
        base,
        light,
        fetchRetrying(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(async (r) => (await r.arrayBuffer(), r.status)),
      );
      const ms = performance.now() - t;
      // The request thread's CPU time over the hostile request and its light probes (10 ms ticks).
      const cpu = mainCpu() - cpu0;
      if (cpu > mostMainCpu) mostMainCpu = cpu;
      allLight.push(...latencies);
      const lightMax = latencies.length > 0 ? Math.max(...latencies) : NaN;
      total++;
      if (ms < 5000) within++;
      slowest = Math.max(slowest, ms);
      if (Number.isFinite(lightMax)) slowestLight = Math.max(slowestLight, lightMax);
      rows.push([`${shape.label} (${size})`, path.endsWith('preview') ? 'preview' : 'create', String(status), ms.toFixed(0), String(latencies.length), Number.isFinite(lightMax) ? lightMax.toFixed(0) : '—', Number.isFinite(cpu) ? cpu.toFixed(0) : '—', loadavg()[0]!.toFixed(1)]);
    }
  }
  table(['hostile page (size)', 'route', 'status', 'ms', 'light n', 'light max ms', 'main CPU ms', 'load'], rows);
  allLight.sort((a, b) => a - b);
  info('light requests beside: p50 / p95 ms', `${percentile(allLight, 50).toFixed(0)} / ${percentile(allLight, 95).toFixed(0)} (${allLight.length})`);
  // Load-independent: how much the request thread worked during a hostile request (light probes included).
  info('request-thread CPU per hostile run (max)', Number.isFinite(mostMainCpu) && serverPid ? `${mostMainCpu.toFixed(0)} ms` : 'unknown');
  figure('hostile pages answered < 5 s', `${within}/${total}`, `${total}/${total}`, within === total);
  figure('slowest hostile page', `${slowest.toFixed(0)} ms`, '< 5000 ms', slowest < 5000);
  figure('light request beside hostile (max)', `${slowestLight.toFixed(0)} ms`, '< 250 ms', slowestLight < 250);

  // 3. Saturation: unique POSTs from 8 then 32 clients.
  const at8 = await uniquePosts(base, seedText, 8, seconds);
  const at32 = await uniquePosts(base, seedText, 32, seconds);
  const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(0) : '—');
  for (const [n, r] of [[8, at8], [32, at32]] as const) {
    info(`${n} clients: statuses`, Object.entries(r.statuses).map(([s, c]) => `${c}×${s}`).join(' '));
    info(`${n} clients: 201 per second`, r.okPerSecond.toFixed(2));
    info(`${n} clients: p95 201; p50/p95 503`, `${ms(r.p95Ok)}; ${ms(r.p50Busy)} / ${ms(r.p95Busy)} ms`);
  }
  info('load average after', load());
  const only = (r: typeof at8): boolean => Object.keys(r.statuses).every((s) => s === '201' || s === '503');
  figure('32 clients: only 201 or 503', only(at32) ? 'yes' : 'no', 'yes', only(at32));
  figure('32 clients: 503s answered early (p95)', `${ms(at32.p95Busy)} ms`, '< 250 ms', !(at32.p95Busy >= 250));
  figure('201/s at 32 ÷ at 8', (at32.okPerSecond / at8.okPerSecond).toFixed(2), '≥ 1.00', at32.okPerSecond >= at8.okPerSecond);
}
