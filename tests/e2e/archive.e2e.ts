import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ArchiveEventsJson, ArchiveStats } from '../../lib/schema/archive';
import { launchBrowser, screenshot } from './browser';

/** The shared corpora beside the repository or one folder up (a worktree): Chinese events, English events, seeds. */
const SHARED = [join(process.cwd(), '..', 'shared'), join(process.cwd(), '..', '..', 'shared')].find((d) => existsSync(join(d, 'corpus'))) ?? '';
const CORPORA = ['corpus', 'corpus-en', 'seeds'].map((d) => join(SHARED, d));
const PORT = String(3400 + Math.floor(Math.random() * 90));
const BASE = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(join(tmpdir(), 'parallax-archive-e2e-'));
let server: ChildProcess | null = null;
let browser: Browser;

/** `npm run archive`: the bundled CLI that `next build` wrote (no compiler at run time). */
const CLI = [join('scripts', 'archive.mjs')];
const env = { ...process.env, PARALLAX_DATA_DIR: dataDir, TZ: 'UTC', PARALLAX_WORKERS: '2' };

function archive(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile(process.execPath, [...CLI, ...args], { env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    ),
  );
}

/** Starts `add`, and kills it (SIGKILL) once its progress line acknowledges `atLeast` stored articles; returns that count. */
function addAndKill(dirs: string[], atLeast: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...CLI, 'add', ...dirs], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let acknowledged = 0;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      for (const m of chunk.matchAll(/ (\d+) added/g)) acknowledged = Math.max(acknowledged, Number(m[1]));
      if (acknowledged >= atLeast && child.exitCode === null) child.kill('SIGKILL');
    });
    child.once('exit', () => done(acknowledged));
    child.once('error', fail);
  });
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join('scripts', 'serve.mjs'), '-p', PORT], { env: { ...env, PORT }, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${BASE}/archive`)).status === 200) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

const articleFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(md|txt)$/.test(f) && !f.endsWith('SOURCES.md'));

beforeAll(async () => {
  if (!SHARED) throw new Error('../shared (corpus, corpus-en, seeds) not found');
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  const child = server;
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  await browser?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('archive mode', () => {
  const expected = CORPORA.reduce((n, dir) => n + articleFiles(dir).length, 0);

  it('loses no acknowledged article when add is killed, and a re-run completes the archive', async () => {
    expect(expected).toBeGreaterThanOrEqual(120);
    const acknowledged = await addAndKill(CORPORA, 3);
    expect(acknowledged).toBeGreaterThanOrEqual(3);
    const partial = ArchiveStats.parse(JSON.parse((await archive('stats', '--json')).stdout));
    expect(partial.articles).toBeGreaterThanOrEqual(acknowledged);
    const rerun = await archive('add', ...CORPORA);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).not.toMatch(/bundling/); // the build's bundle, current: nothing compiled
    expect(rerun.stderr).toMatch(new RegExp(`${expected - partial.articles} added`));
    expect(rerun.stderr).toMatch(new RegExp(`${partial.articles} already stored`));
    const stats = ArchiveStats.parse(JSON.parse((await archive('stats', '--json')).stdout));
    expect(stats).toMatchObject({ articles: expected, unclustered: 0 });
    const { events } = ArchiveEventsJson.parse(JSON.parse((await archive('events', '--json')).stdout));
    expect(events.flatMap((e) => e.articles)).toHaveLength(expected);
    server = await startServer();
  }, 400_000);

  let page: Page;
  it('lists the events newest first with coverage bars', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${BASE}/archive`);
    await expect.poll(() => page.getByTestId('archive-event').count()).toBeGreaterThanOrEqual(8);
    const dates = await page.locator('[data-testid=archive-event] header time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect(await page.getByTestId('archive-counts').textContent()).toContain(`${expected} articles`);
    const bar = page.getByTestId('coverage-bar').first();
    expect(await bar.locator('[data-reported=yes]').count()).toBeGreaterThanOrEqual(1);
    expect(await bar.locator('li').count()).toBeGreaterThanOrEqual(8);
    const metas = (await page.locator('[data-testid=archive-event] header .meta').allTextContents()).join('\n');
    expect(metas).toMatch(/\b1 account\b/); // single-account events exist in this archive, and read in the singular
    expect(metas).not.toMatch(/\b1 accounts/);
    await screenshot(page, 'archive-events');
  });

  it('searches titles and text (秦剛 finds the Blinken events, toblerone the chocolate one) and filters by outlet and date', async () => {
    await page.getByTestId('archive-search').fill('秦剛');
    await page.getByTestId('archive-apply').click();
    await page.waitForURL(/q=/);
    const titles = await page.locator('[data-testid=archive-event] h3').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(1);
    expect(titles.join(' ')).toMatch(/布林肯|秦刚|秦剛/);
    expect(titles.join(' ')).not.toMatch(/Croydon|tram|Toblerone/i);
    // An English word: the Toblerone event (English accounts only), none of the Chinese events.
    await page.getByTestId('archive-search').fill('toblerone');
    await page.getByTestId('archive-apply').click();
    await page.waitForURL(/q=toblerone/);
    const english = await page.locator('[data-testid=archive-event] h3').allTextContents();
    expect(english.length).toBeGreaterThanOrEqual(1);
    for (const t of english) expect(t).toMatch(/Toblerone/i);
    const toblerone = page.getByTestId('archive-event').first();
    expect(await toblerone.getByTestId('event-article').count()).toBeGreaterThanOrEqual(5);
    // The Chinese outlets' articles are all from 2023: they had no say on a 2016 story, so they
    // are drawn faint and not listed as "not reported by".
    expect(await toblerone.locator('[data-outlet=cna]').getAttribute('data-reported')).toBe('idle');
    const cnaName = (await toblerone.locator('[data-outlet=cna] .visually-hidden').textContent())!;
    const silent = (await toblerone.getByTestId('not-reported').count()) ? await toblerone.getByTestId('not-reported').textContent() : '';
    expect(silent).not.toContain(cnaName);
    await screenshot(page, 'archive-search-en');
    await page.getByTestId('archive-search').fill('');
    await page.getByTestId('archive-outlet').selectOption('cna');
    await page.getByTestId('archive-from').fill('2023-06-15');
    await page.getByTestId('archive-to').fill('2023-06-30');
    await page.getByTestId('archive-apply').click();
    await page.waitForURL(/outlet=cna/);
    const events = page.getByTestId('archive-event');
    const n = await events.count();
    expect(n).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < n; i++) {
      expect(await events.nth(i).locator('[data-outlet=cna]').first().getAttribute('data-reported')).toBe('yes');
      // The Daily Mail's articles are all from 2016: idle on a 2023 event, never "not reported".
      expect(await events.nth(i).locator('[data-outlet=dailymail]').first().getAttribute('data-reported')).toBe('idle');
      const notReported = events.nth(i).getByTestId('not-reported');
      expect((await notReported.count()) ? await notReported.textContent() : '').not.toContain('Daily Mail');
      const day = (await events.nth(i).locator('header time').getAttribute('datetime'))!.slice(0, 10);
      expect(day >= '2023-06-13' && day <= '2023-06-30').toBe(true);
    }
    await screenshot(page, 'archive-filtered');
  });

  it('opens an event as a comparison with its permalink', async () => {
    await page.goto(`${BASE}/archive?q=${encodeURIComponent('布林肯')}&min=3`);
    const card = page.getByTestId('archive-event').first();
    const accounts = await card.getByTestId('event-article').count();
    await card.getByTestId('compare-event').click();
    await page.waitForURL(/\/c\/[A-Za-z0-9_-]{24}/, { timeout: 120_000 });
    await page.getByTestId('permalink-head').waitFor();
    expect(await page.locator('.column').count()).toBe(Math.min(10, accounts));
    await screenshot(page, 'archive-event-comparison');
    const first = page.url();
    await page.goto(`${BASE}/archive?q=${encodeURIComponent('布林肯')}&min=3`);
    await page.getByTestId('archive-event').first().getByTestId('compare-event').click();
    await page.waitForURL(/\/c\//);
    expect(page.url()).toBe(first);
  }, 180_000);

  it('shows the coverage matrix and each outlet’s exclusive events and blind spots, in Chinese too', async () => {
    await page.goto(`${BASE}/archive?view=matrix`);
    const matrix = page.getByTestId('coverage-matrix');
    await matrix.waitFor();
    expect(await matrix.locator('tbody tr').count()).toBeGreaterThanOrEqual(8);
    expect(await matrix.locator('td.on').count()).toBeGreaterThanOrEqual(20);
    await screenshot(page, 'archive-matrix');
    await page.goto(`${BASE}/archive?view=outlets&lang=zh`);
    await page.getByTestId('outlet-reports').waitFor();
    expect(await page.locator('h2').first().textContent()).toBe('档案库');
    expect(await page.getByTestId('blind-spots').count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'archive-outlets-zh');
  });
});
