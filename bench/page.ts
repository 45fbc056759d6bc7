import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { figure, heading, info } from './report';

/** Server time budget for the comparison page (warm median) and its first-load JavaScript. */
export const PAGE_BUDGET_MS = 300;
export const FIRST_LOAD_JS_BUDGET = 200 * 1024;
/** The ten-outlet sample event. */
export const PAGE_PATH = '/events/blinken-beijing-2023-06';

export interface PageResult {
  medianMs: number;
  htmlBytes: number;
  jsGzipBytes: number;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

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
 * HTML body, median of `requests` sequential requests after `warmup`; first-load JS = the
 * page's `<script src>` chunks, fetched and gzipped (zlib default level).
 */
export async function runPage(base: string, requests = 12, warmup = 3): Promise<PageResult> {
  heading('(e) Comparison page (ten-outlet sample event)');
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
  const sorted = [...times].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)]!;
  info('page', PAGE_PATH);
  info('requests (ms), sorted', sorted.map((t) => t.toFixed(0)).join(' '));
  figure('server time (warm median)', `${medianMs.toFixed(0)} ms`, `< ${PAGE_BUDGET_MS} ms`, medianMs < PAGE_BUDGET_MS);
  const htmlBytes = Buffer.byteLength(html);
  info('HTML size / gzipped', `${kb(htmlBytes)} / ${kb(gzipSync(html).length)}`);
  info('of which inline RSC payload', kb(inlinePayloadBytes(html)));
  info('highlight spans (<span class="hl-…">)', String(html.match(/<span\b[^>]*class="hl-/g)?.length ?? 0));
  const scripts = scriptSources(html);
  let jsGzipBytes = 0;
  let jsBytes = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    jsBytes += body.length;
    jsGzipBytes += gzipSync(body).length;
  }
  info('script chunks / raw size', `${scripts.length} / ${kb(jsBytes)}`);
  figure('first-load JS (gzipped)', kb(jsGzipBytes), `< ${kb(FIRST_LOAD_JS_BUDGET)}`, jsGzipBytes < FIRST_LOAD_JS_BUDGET);
  return { medianMs, htmlBytes, jsGzipBytes };
}
