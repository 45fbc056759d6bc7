import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from './browser';

const NEXT = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
const PORT = String(3300 + Math.floor(Math.random() * 90));
const BASE = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(join(tmpdir(), 'parallax-permalink-'));
let server: ChildProcess | null = null;
let browser: Browser;

/** `next start` on this test's own port and data directory; resolves once it answers. */
async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [NEXT, 'start', '-p', PORT], {
    env: { ...process.env, PARALLAX_DATA_DIR: dataDir, PORT },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${BASE}/api/comparisons/nope`)).status === 404) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

async function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const ARTICLES = [
  { name: 'rfi.txt', content: readFileSync('seeds/blinken-seed-pair/000_367715f6ebdcc400.txt', 'utf8') },
  { name: 'epoch.txt', content: readFileSync('seeds/blinken-seed-pair/003_36c5c7af3f689e4a.txt', 'utf8') },
];

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
}, 90_000);
afterAll(async () => {
  await stopServer();
  await browser.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a permalink', () => {
  let id = '';
  let stored: { articles: { title: string; claims: unknown[] }[]; analyzerVersion: string; createdAt: string };

  it('is created by POST /api/comparisons', async () => {
    const res = await fetch(`${BASE}/api/comparisons`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles: ARTICLES }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; url: string };
    expect(body.url).toBe(`/c/${body.id}`);
    id = body.id;
    stored = (await (await fetch(`${BASE}/api/comparisons/${id}`)).json()) as typeof stored;
  }, 150_000);

  it('shows the same comparison after the server restarts, in a fresh browser context', async () => {
    await stopServer();
    server = await startServer();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const res = await page.goto(`${BASE}/c/${id}`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('article.column').count()).toBe(2);
    expect(await page.locator('.article-title').allInnerTexts()).toEqual(stored.articles.map((a) => a.title));
    expect(await page.getByTestId('analyzer-version').textContent()).toBe(stored.analyzerVersion);
    expect(await page.locator('.permalink-head time').getAttribute('datetime')).toBe(stored.createdAt);
    await screenshot(page, 'permalink-after-restart');
    await page.goto(`${BASE}/c/${id}?tab=claims`);
    const count = await page.getByTestId('claim-count').textContent();
    expect(count).toContain(String(stored.articles.reduce((n, a) => n + a.claims.length, 0)));
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/\/card\.png$/);
    const image = await fetch(new URL(new URL(og!).pathname + new URL(og!).search, BASE));
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toContain(stored.articles[0]!.title);
    await context.close();
  }, 150_000);

  it('renders with the current analyzer on request, and links back to the stored analysis', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${BASE}/c/${id}`);
    await page.getByTestId('analyzer-toggle').click();
    await page.waitForURL(/analyzer=current/, { timeout: 120_000 });
    await expect.poll(() => page.locator('article.column').count(), { timeout: 120_000 }).toBe(2);
    expect(await page.locator('.notice-inline').count()).toBe(1);
    await page.getByTestId('analyzer-toggle').click();
    await page.waitForURL((u) => !u.search.includes('analyzer'));
    await expect.poll(() => page.locator('.notice-inline').count()).toBe(0);
    await context.close();
  }, 150_000);

  it('answers 404 with a page for unknown and malformed ids', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const bad of ['AAAAAAAAAAAAAAAAAAAAAAAA', 'not-an-id', '%3Cscript%3E']) {
      const res = await page.goto(`${BASE}/c/${bad}`);
      expect(res?.status()).toBe(404);
      // The not-found boundary may stream in after the shell: wait for it.
      await expect.poll(() => page.getByTestId('permalink-not-found').count(), { timeout: 15_000 }).toBe(1);
    }
    await context.close();
  }, 60_000);
});
