import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './browser';
import { encodeLegacy } from '../api/legacy-encoder';

let browser: Browser;
let page: Page;
const baseURL = inject('baseURL');

/** GBK bytes of a text (the test helper that inverts the WHATWG GBK decoder). */
const gbkBytes = (text: string): Buffer => Buffer.from(encodeLegacy(text, 'gbk'));

const SIMPLIFIED = readFileSync('seeds/blinken-seed-pair/000_367715f6ebdcc400.txt', 'utf8');
const TRADITIONAL = readFileSync('seeds/blinken-beijing-2023-06/cna-2023-06-18-blinken-qin-5h-talks.md', 'utf8');
const GBK_TEXT = [
  '布林肯抵达北京与秦刚会谈',
  '',
  '美国国务卿布林肯6月18日抵达北京，与中国外交部长秦刚举行会谈。双方讨论了中美关系的稳定问题。',
  '',
  '秦刚表示，中方希望美方秉持客观理性的认知。布林肯说，美国致力于管控分歧，保持沟通渠道畅通。',
  '',
  '外交部发言人汪文斌19日说，会谈是坦诚、深入和建设性的。',
].join('\n');

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser.close();
});

describe('the upload form', () => {
  it('reads pasted simplified and traditional articles and a GBK file, and shows what it found', async () => {
    await page.goto(`${baseURL}/#upload`);
    const items = page.getByTestId('upload-item');
    await expect.poll(() => items.count()).toBe(2);
    await page.getByLabel('Text or HTML of the article').nth(0).fill(SIMPLIFIED);
    await page.getByLabel('Text or HTML of the article').nth(1).fill(TRADITIONAL);
    await page.setInputFiles('#upload-files', { name: 'gbk-note.txt', mimeType: 'text/plain', buffer: gbkBytes(GBK_TEXT) });
    await expect.poll(() => items.count()).toBe(3);
    const gbk = items.nth(2);
    await expect.poll(() => gbk.getByTestId('detected-encoding').textContent(), { timeout: 20_000 }).toMatch(/gb18030|gbk/i);
    await expect.poll(() => gbk.getByLabel('Title').inputValue()).toBe('布林肯抵达北京与秦刚会谈');
    await expect.poll(() => items.nth(0).getByLabel('Outlet').inputValue(), { timeout: 20_000 }).not.toBe('');
    await expect.poll(() => items.nth(1).getByLabel('Outlet').inputValue(), { timeout: 20_000 }).toContain('中央社');
    await gbk.getByLabel('Outlet').fill('My Test Outlet');
    await screenshot(page, 'upload-form');
  }, 90_000);

  it('lets the user re-read a file in another encoding', async () => {
    const gbk = page.getByTestId('upload-item').nth(2);
    await gbk.getByTestId('encoding-select').selectOption('big5');
    await expect.poll(() => gbk.getByTestId('detected-encoding').textContent(), { timeout: 20_000 }).toMatch(/big5.*your choice|big5/i);
    await gbk.getByTestId('encoding-select').selectOption('gb18030');
    await expect.poll(() => gbk.getByTestId('detected-encoding').textContent(), { timeout: 20_000 }).toContain('gb18030 (your choice)');
    expect(await gbk.getByLabel('Outlet').inputValue()).toBe('My Test Outlet');
  }, 60_000);

  it('shows an API error next to the article it names, keeping what was typed', async () => {
    const gbk = page.getByTestId('upload-item').nth(2);
    await gbk.getByLabel('URL').fill('not a url');
    await page.getByTestId('upload-submit').click();
    await expect.poll(() => gbk.getByTestId('article-error').textContent(), { timeout: 30_000 }).toMatch(/url/i);
    expect(await page.getByLabel('Text or HTML of the article').nth(0).inputValue()).toBe(SIMPLIFIED);
    await gbk.getByLabel('URL').fill('https://example.org/gbk-note');
  }, 60_000);

  it('creates the comparison and opens its permalink with all columns and the edited outlet', async () => {
    await page.getByTestId('upload-submit').click();
    await page.waitForURL(/\/c\/[A-Za-z0-9_-]{24}$/, { timeout: 150_000 });
    await expect.poll(() => page.locator('article.column').count()).toBe(3);
    const outlets = (await page.locator('.outlet').allInnerTexts()).join(' ');
    expect(outlets).toContain('My Test Outlet');
    expect(outlets).toContain('中央社');
    const titles = await page.locator('.article-title').allInnerTexts();
    expect(titles).toContain('布林肯抵达北京与秦刚会谈');
    expect(await page.getByTestId('analyzer-version').textContent()).toMatch(/\S/);
    await screenshot(page, 'permalink-uploaded');
  }, 180_000);
});

describe('exports', () => {
  it('downloads the analysis JSON and the CSV files from a permalink', async () => {
    const menu = page.getByTestId('export-menu');
    const [json] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="json"]').click()]);
    const analysis = JSON.parse(readFileSync((await json.path()), 'utf8')) as { articles: unknown[]; id: string };
    expect(analysis.articles).toHaveLength(3);
    for (const name of ['claims.csv', 'entities.csv', 'times.csv']) {
      const [csv] = await Promise.all([page.waitForEvent('download'), menu.locator(`[data-export="${name}"]`).click()]);
      const text = readFileSync((await csv.path()), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.split('\r\n').length).toBeGreaterThan(1);
    }
  }, 60_000);

  it('downloads the timeline as a valid SVG and a PNG', async () => {
    await page.locator('a[data-tab="timeline"]').click();
    await page.getByTestId('timeline').waitFor();
    const button = page.locator('[data-export="timeline.svg"]');
    await button.waitFor();
    const [svg] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(svg.suggestedFilename()).toMatch(/timeline\.svg$/);
    const text = readFileSync((await svg.path()), 'utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName, texts: doc.querySelectorAll('text').length };
    }, text);
    expect(parsed).toEqual({ error: false, root: 'svg', texts: expect.any(Number) as number });
    expect(parsed.texts).toBeGreaterThan(0);
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="timeline.png"]').click()]);
    const bytes = readFileSync((await png.path()));
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  }, 60_000);

  it('downloads the JSON and CSV of a sample event', async () => {
    await page.goto(`${baseURL}/events/blinken-beijing-2023-06`);
    const menu = page.getByTestId('export-menu');
    const [json] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="json"]').click()]);
    const analysis = JSON.parse(readFileSync((await json.path()), 'utf8')) as { articles: unknown[] };
    expect(analysis.articles.length).toBeGreaterThanOrEqual(5);
    const [csv] = await Promise.all([page.waitForEvent('download'), menu.locator('[data-export="claims.csv"]').click()]);
    expect(readFileSync((await csv.path()), 'utf8')).toMatch(/^\uFEFFarticle_id,outlet,source,claim_id/);
    const missing = await fetch(`${baseURL}/events/blinken-beijing-2023-06/secrets.txt`);
    expect(missing.status).toBe(404);
  }, 60_000);
});

describe('a comparison with a saved page that cannot be read', () => {
  const fixture = (slug: string) => readFileSync(`tests/fixtures/saved-pages/${slug}/page.html`);
  const EMPTY_PAGE = Buffer.from(
    '<!doctype html><html lang="en"><head><title>Subscribe - Example Daily</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>' +
      '<div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div><footer>© Example Daily</footer></body></html>',
  );

  it('marks the unreadable page by name, keeps the others, and creates the comparison once it is removed', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await p.goto(`${baseURL}/#upload`);
    await p.setInputFiles('#upload-files', [
      { name: 'voa-satellite.html', mimeType: 'text/html', buffer: fixture('voanews-en-satellite') },
      { name: 'bbc-flood.html', mimeType: 'text/html', buffer: fixture('bbc-news-en-flood') },
      { name: 'subscribe-wall.html', mimeType: 'text/html', buffer: EMPTY_PAGE },
    ]);
    const items = p.getByTestId('upload-item');
    await expect.poll(() => items.count()).toBe(3);
    const broken = items.filter({ hasText: 'subscribe-wall.html' });
    await expect.poll(() => broken.getByTestId('article-error').textContent(), { timeout: 30_000 }).toMatch(/no story text/);
    await expect.poll(() => items.nth(0).getByLabel('Outlet').inputValue(), { timeout: 30_000 }).toBe('Voice of America');
    await expect.poll(() => items.nth(1).getByLabel('Outlet').inputValue(), { timeout: 30_000 }).toBe('BBC News');
    await expect.poll(() => items.nth(1).getByLabel('Title').inputValue()).toBe('River levels fall as town begins flood clean-up');

    // submitted anyway: the API answers 422 naming that page; the form marks it and keeps the others as they were
    await p.getByTestId('upload-submit').click();
    await expect.poll(() => broken.getByTestId('article-error').textContent(), { timeout: 60_000 }).toMatch(/subscribe-wall\.html.*no story text/);
    expect(await items.nth(0).getByTestId('article-error').count()).toBe(0);
    expect(await items.nth(1).getByTestId('article-error').count()).toBe(0);
    expect(await items.count()).toBe(3);
    await screenshot(p, 'upload-unreadable-page');

    await broken.getByRole('button', { name: /subscribe-wall\.html/ }).click();
    await expect.poll(() => items.count()).toBe(2);
    await p.getByTestId('upload-submit').click();
    await p.waitForURL(/\/c\/[A-Za-z0-9_-]{24}$/, { timeout: 150_000 });
    await expect.poll(() => p.locator('article.column').count()).toBe(2);
    const outlets = (await p.locator('.outlet').allInnerTexts()).join(' ');
    expect(outlets).toContain('BBC News');
    await p.close();
  }, 240_000);
});
