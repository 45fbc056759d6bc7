import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
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

/** Light requests (a stored comparison's JSON) sent one after another while `during` runs; their latencies. */
async function lightBeside<T>(base: string, path: string, during: Promise<T>): Promise<{ result: T; latencies: number[] }> {
  let done = false;
  const latencies: number[] = [];
  const wrapped = during.finally(() => (done = true));
  const prober = (async () => {
    await new Promise((r) => setTimeout(r, 30));
    while (!done) {
      const t = performance.now();
      // A failed probe is recorded as never answered (Infinity) rather than ending the bench.
      const ok = await fetchRetrying(`${base}${path}`).then(
        async (r) => (await r.arrayBuffer(), true),
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
async function uniquePosts(base: string, text: string, connections: number, seconds: number): Promise<{ statuses: Record<number, number>; okPerSecond: number; p95Ok: number; p95Busy: number }> {
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
  return { statuses, okPerSecond: ok.length / seconds, p95Ok: percentile(ok, 95), p95Busy: percentile(busy, 95) };
}

/**
 * Section (i): robustness on a running server (issue 14's goals). 320 generated bad requests
 * (broken escapes, hostile query strings, header floods, wrong methods, malformed bodies,
 * hostile HTML; seeded) → no 5xx other than 503, every security header; each hostile page
 * shape at its largest, previewed and posted → answered within 5 s, with light requests
 * beside it < 250 ms; 8 then 32 clients posting unique comparisons → every answer 201 or an
 * early 503, successful throughput at 32 not lower than at 8.
 */
export async function runRobustness(base: string, root: string, seconds = 12): Promise<void> {
  heading('(i) Robustness: bad inputs, hostile pages, saturation');
  const seedText = readFileSync(join(root, 'seeds/blinken-seed-pair/000_367715f6ebdcc400.txt'), 'utf8');
  const small = JSON.stringify({ articles: [{ name: 'a.txt', content: seedText }, { name: 'b.txt', content: `${seedText}\n\n另一篇。` }] });
  const created = await fetch(`${base}/api/comparisons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: small });
  const { id } = (await created.json()) as { id?: string };
  if (!id) throw new Error(`could not create the light comparison: ${created.status}`);
  const light = `/api/comparisons/${id}`;

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

  // 2. Hostile pages, one at a time, with light requests beside.
  const rows: string[][] = [];
  let slowest = 0;
  let slowestLight = 0;
  let within = 0;
  let total = 0;
  for (const shape of HOSTILE_SHAPES) {
    const html = shape.page(shape.sizes[1]);
    for (const path of ['/api/comparisons/preview', '/api/comparisons']) {
      const body = JSON.stringify({ articles: [{ name: 'hostile.html', content: html }, { name: 'plain.txt', content: seedText }] });
      const t = performance.now();
      const { result: status, latencies } = await lightBeside(
        base,
        light,
        fetchRetrying(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(async (r) => (await r.arrayBuffer(), r.status)),
      );
      const ms = performance.now() - t;
      const lightMax = latencies.length > 0 ? Math.max(...latencies) : NaN;
      total++;
      if (ms < 5000) within++;
      slowest = Math.max(slowest, ms);
      if (Number.isFinite(lightMax)) slowestLight = Math.max(slowestLight, lightMax);
      rows.push([`${shape.label} (${shape.sizes[1]})`, path.endsWith('preview') ? 'preview' : 'create', String(status), ms.toFixed(0), String(latencies.length), Number.isFinite(lightMax) ? lightMax.toFixed(0) : '—']);
    }
  }
  table(['hostile page', 'route', 'status', 'ms', 'light n', 'light max ms'], rows);
  figure('hostile pages answered < 5 s', `${within}/${total}`, `${total}/${total}`, within === total);
  figure('slowest hostile page', `${slowest.toFixed(0)} ms`, '< 5000 ms', slowest < 5000);
  figure('light request beside hostile (max)', `${slowestLight.toFixed(0)} ms`, '< 250 ms', slowestLight < 250);

  // 3. Saturation: unique POSTs from 8 then 32 clients.
  const at8 = await uniquePosts(base, seedText, 8, seconds);
  const at32 = await uniquePosts(base, seedText, 32, seconds);
  for (const [n, r] of [[8, at8], [32, at32]] as const) {
    info(`${n} clients: statuses`, Object.entries(r.statuses).map(([s, c]) => `${c}×${s}`).join(' '));
    info(`${n} clients: 201 per second`, r.okPerSecond.toFixed(2));
    info(`${n} clients: p95 201 / p95 503`, `${r.p95Ok.toFixed(0)} / ${Number.isFinite(r.p95Busy) ? r.p95Busy.toFixed(0) : '—'} ms`);
  }
  const only = (r: typeof at8): boolean => Object.keys(r.statuses).every((s) => s === '201' || s === '503');
  figure('32 clients: only 201 or 503', only(at32) ? 'yes' : 'no', 'yes', only(at32));
  figure('32 clients: 503s answered early (p95)', `${Number.isFinite(at32.p95Busy) ? at32.p95Busy.toFixed(0) : '—'} ms`, '< 250 ms', !(at32.p95Busy >= 250));
  figure('201/s at 32 ÷ at 8', (at32.okPerSecond / at8.okPerSecond).toFixed(2), '≥ 1.00', at32.okPerSecond >= at8.okPerSecond);
}
