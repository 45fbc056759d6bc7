import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, hydrated } from './browser';

let browser: Browser;
let page: Page;
const baseURL = inject('baseURL');
const poll = { timeout: 20_000, interval: 200 };

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});
afterAll(async () => {
  await browser.close();
});

describe('the seed comparison views', () => {
  it('selecting an entity in one column highlights it in every column and puts it in the URL', async () => {
    await page.goto(`${baseURL}/`);
    await hydrated(page);
    const first = page.locator('article.column').first().locator('[data-entity]', { hasText: '秦刚' }).first();
    await first.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('entity'), poll).toBeTruthy();
    for (const column of await page.locator('article.column').all()) {
      await expect.poll(() => column.locator('.is-selected').count(), poll).toBeGreaterThan(0);
    }
    expect(await page.getByTestId('selected-name').innerText()).toContain('秦刚');
    await screenshot(page, 'seed-entity-selected');
  });

  it('a shared link reopens the same selection', async () => {
    const shared = page.url();
    const other = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await other.goto(shared);
    await hydrated(other);
    await expect.poll(() => other.locator('article.column .is-selected').count(), poll).toBeGreaterThan(1);
    expect(await other.getByTestId('selected-name').innerText()).toContain('秦刚');
    await other.close();
  });

  it('the claims table sorts, filters by speaker and "only in", and a row selects its spans', async () => {
    await page.goto(`${baseURL}/?tab=claims`);
    await hydrated(page);
    const rows = page.locator('.claims-table tbody tr');
    await expect.poll(() => rows.count(), poll).toBeGreaterThan(4);
    const total = await rows.count();

    await page.locator('.claims-table th button[data-column="speaker"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort'), poll).toBe('speaker');
    const speakers = await page.locator('.claims-table td[data-column="speaker"]').allInnerTexts();
    expect(speakers).toEqual([...speakers].sort((a, b) => a.localeCompare(b)));

    await page.locator('input[name="speaker"]').fill('秦刚');
    await expect.poll(() => rows.count(), poll).toBeLessThan(total);
    for (const s of await page.locator('.claims-table td[data-column="speaker"]').allInnerTexts()) expect(s).toContain('秦刚');
    await page.locator('input[name="speaker"]').fill('');

    await page.locator('input[name="only"]').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('only'), poll).toBe('1');
    for (const r of await page.locator('.claims-table td[data-column="relation"]').allInnerTexts()) expect(r).toMatch(/^only in /);
    await page.locator('input[name="only"]').uncheck();

    const grouped = page.locator('.claims-table tbody tr:not(.relation-only)').first();
    await grouped.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('claim'), poll).toBeTruthy();
    for (const column of await page.locator('article.column').all()) {
      await expect.poll(() => column.locator('.is-selected').count(), poll).toBeGreaterThan(0);
    }
    await screenshot(page, 'seed-claims-table');
  });

  it('the entities table lists each entity with its mentions and labels per outlet', async () => {
    await page.goto(`${baseURL}/?tab=entities`);
    await hydrated(page);
    const row = page.locator('.entities-table tbody tr', { hasText: '布林肯' }).first();
    await expect.poll(() => row.count(), poll).toBe(1);
    expect(await row.innerText()).toContain('Antony Blinken');
    const counts = await row.locator('td .num').allInnerTexts();
    expect(counts.length).toBe(2);
    await row.click();
    await expect.poll(() => page.locator('article.column .is-selected').count(), poll).toBeGreaterThan(2);
  });

  it('the timeline puts the 14 June call at 2023-06-14 and shows its sentence', async () => {
    await page.goto(`${baseURL}/?tab=timeline`);
    await hydrated(page);
    const mark = page.locator('[data-testid="timeline"] [data-value="2023-06-14"]').first();
    await expect.poll(() => mark.count(), poll).toBe(1);
    expect(await page.locator('[data-testid="timeline"] [data-publication]').count()).toBe(2);
    await mark.click();
    await expect.poll(() => page.getByTestId('mark-detail').innerText(), poll).toContain('6月14日');
    expect(await page.getByTestId('mark-detail').innerText()).toContain('即将对北京进行融冰访问前夕');
    await screenshot(page, 'seed-timeline');
  });

  it("an article's list of dated mentions gives each with the clause it dates (read from the text by offsets)", async () => {
    await page.goto(`${baseURL}/`);
    await hydrated(page);
    for (const summary of await page.locator('article.column .findings details:nth-of-type(3) > summary').all()) await summary.click();
    await expect.poll(() => page.locator('.findings .event').allInnerTexts(), poll).toContainEqual(expect.stringContaining('周三（6月14日）他与中国外长秦刚通电话'));
  });

  it('the overlap chart lists the members of the shared set and highlights them', async () => {
    await page.goto(`${baseURL}/?tab=overlap`);
    await hydrated(page);
    expect(await page.locator('[data-chart="venn"]').count()).toBe(2);
    const both = page.locator('figure[data-kind="entities"] a[data-set*="+"]').first();
    await both.click();
    await expect.poll(() => page.getByTestId('set-members').innerText(), poll).toContain('布林肯');
    await expect.poll(() => page.locator('article.column').nth(1).locator('.is-selected').count(), poll).toBeGreaterThan(0);
    await screenshot(page, 'seed-overlap');
  });

  it('switches the interface to Chinese and back', async () => {
    await page.goto(`${baseURL}/?tab=claims`);
    await page.locator('a.lang-toggle').click();
    await expect.poll(() => page.locator('nav.tabs a[aria-current="page"]').innerText(), poll).toBe('说法');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
  });
});

describe('the largest sample event', () => {
  it('shows ten columns in compact mode, an UpSet matrix and a timeline', async () => {
    await page.goto(`${baseURL}/events/blinken-beijing-2023-06?tab=overlap`);
    await hydrated(page);
    expect(await page.locator('article.column').count()).toBe(10);
    expect(await page.locator('.columns.compact').count()).toBe(1);
    expect(await page.locator('[data-chart="upset"]').count()).toBe(2);
    const column = page.locator('figure[data-kind="entities"] a[data-set]').first();
    await column.click();
    await expect.poll(() => page.locator('.member-list li').count(), poll).toBeGreaterThan(0);
    await screenshot(page, 'event-overlap');
    await page.goto(`${baseURL}/events/blinken-beijing-2023-06?tab=timeline`);
    await hydrated(page);
    expect(await page.locator('[data-testid="timeline"] [data-publication]').count()).toBe(10);
    await expect.poll(() => page.locator('[data-testid="timeline"] [data-value="2023-06-18"]').count(), poll).toBeGreaterThan(0);
    await screenshot(page, 'event-timeline');
  });
});
