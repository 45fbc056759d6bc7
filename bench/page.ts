import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { type BrowserLoad, browserLoads } from './page-browser';
import { figure, heading, info, loadLine } from './report';

/** The comparison page's goals (issue 12): HTML weight, load time in Chromium, first-load JavaScript (gzip). */
export const PAGE_HTML_BUDGET = 250 * 1024;
export const PAGE_LOAD_BUDGET_MS = 300;
export const FIRST_LOAD_JS_BUDGET = 180 * 1024;
/** The ten-outlet sample event. */
export const PAGE_PATH = '/events/blinken-beijing-2023-06';

export interface PageResult {
  medianMs: number;
  htmlBytes: number;
  jsGzipBytes: number;
  loadMs: number;
  highlightsMs: number;
}

/** The other tabs of the same page: their HTML weight is reported (each loads its data when opened). */
const TABS = ['claims', 'entities', 'timeline', 'overlap', 'framing'];

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * `<script src>` URLs of a page, in order, without duplicates; `noModule` scripts
 * (legacy polyfills, which module-capable browsers never fetch) are left out.
 */
export function scriptSources(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src && !/\bnomodule\b/i.test(attrs) && !out.includes(src)) out.push(src);
  }
  return out;
}

/** Bytes of the inline RSC payload (`self.__next_f.push(...)` scripts) inside the HTML. */
export function inlinePayloadBytes(html: string): number {
  let n = 0;
  for (const m of html.matchAll(/<script\b[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)) n += Buffer.byteLength(m[1] ?? '');
  return n;
}

/**
 * Section (e): the comparison page on a running server. Server time = time to the whole
 * HTML body, median of `requests` sequential requests after `warmup`; HTML weight of the
 * default view (and, for reference, of each tab); first-load JS = the page's `<script src>`
 * chunks, fetched and gzipped (zlib default level); load time in Chromium (fresh context per
 * load, median): to the `load` event (the figure) and to the first highlight on screen.
 */
export async function runPage(base: string, requests = 12, warmup = 3, loads = 7): Promise<PageResult> {
  heading('(e) Comparison page (ten-outlet sample event)');
  loadLine();
  const url = base + PAGE_PATH;
  let html = '';
  for (let i = 0; i < warmup; i++) html = await (await fetch(url)).text();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    const res = await fetch(url);
    html = await res.text();
    times.push(performance.now() - start);
    if (!res.ok) throw new Error(`${PAGE_PATH} answered ${res.status}`);
  }
  const medianMs = median(times);
  info('page', PAGE_PATH);
  info('server time (ms), sorted', [...times].sort((a, b) => a - b).map((t) => t.toFixed(0)).join(' '));
  info('server time (warm median)', `${medianMs.toFixed(0)} ms`);
  const htmlBytes = Buffer.byteLength(html);
  figure('HTML size', kb(htmlBytes), `≤ ${kb(PAGE_HTML_BUDGET)}`, htmlBytes <= PAGE_HTML_BUDGET);
  info('HTML gzipped', kb(gzipSync(html).length));
  info('of which inline RSC payload', kb(inlinePayloadBytes(html)));
  info('highlight spans in the HTML', String(html.match(/<span\b[^>]*class="hl-/g)?.length ?? 0));
  for (const tab of TABS) {
    const res = await fetch(`${url}?tab=${tab}`);
    info(`  ?tab=${tab} HTML`, kb(Buffer.byteLength(await res.text())));
  }
  const scripts = scriptSources(html);
  let jsGzipBytes = 0;
  let jsBytes = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    jsBytes += body.length;
    jsGzipBytes += gzipSync(body).length;
  }
  info('script chunks / raw size', `${scripts.length} / ${kb(jsBytes)}`);
  figure('first-load JS (gzipped)', kb(jsGzipBytes), `≤ ${kb(FIRST_LOAD_JS_BUDGET)}`, jsGzipBytes <= FIRST_LOAD_JS_BUDGET);
  const measured = await browserLoads(url, loads);
  const loadMs = median(measured.map((m) => m.loadMs));
  const highlightsMs = median(measured.map((m) => m.highlightsMs));
  info('Chromium loads (ms), sorted', measured.map((m) => m.loadMs).sort((a, b) => a - b).map((t) => t.toFixed(0)).join(' '));
  figure('load in Chromium (median)', `${loadMs.toFixed(0)} ms`, `< ${PAGE_LOAD_BUDGET_MS} ms`, loadMs < PAGE_LOAD_BUDGET_MS);
  info('of which HTML received (median)', `${median(measured.map((m) => m.responseMs)).toFixed(0)} ms`);
  info('first highlight on screen (median)', `${highlightsMs.toFixed(0)} ms`);
  info('ready: load and highlights (median)', `${median(measured.map((m) => Math.max(m.loadMs, m.highlightsMs))).toFixed(0)} ms`);
  const cpu = (k: keyof BrowserLoad['cpu']): string => median(measured.map((m) => m.cpu[k])).toFixed(0);
  info('renderer main thread: CPU to the first highlight (median)', `${cpu('threadMs')} ms`);
  info('  of which before the load event (median)', `${cpu('threadAtLoadMs')} ms`);
  info('  painting highlights before the first is seen (median)', `${median(measured.map((m) => m.paintMs.first)).toFixed(0)} ms`);
  info('painting highlights in all, the rest when idle (median)', `${median(measured.map((m) => m.paintMs.all)).toFixed(0)} ms`);
  info('renderer main thread: tasks, wall (median)', `${cpu('taskMs')} ms`);
  info('  of which script / layout / style', `${cpu('scriptMs')} / ${cpu('layoutMs')} / ${cpu('styleMs')} ms`);
  loadLine();
  return { medianMs, htmlBytes, jsGzipBytes, loadMs, highlightsMs };
}
