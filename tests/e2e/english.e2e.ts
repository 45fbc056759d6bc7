import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hydrated, launchBrowser, screenshot } from './browser';

let browser: Browser;
let page: Page;
const baseURL = inject('baseURL');
const poll = { timeout: 20_000, interval: 200 };
const EVENT = `${baseURL}/events/croydon-tram-2016-11`;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});
afterAll(async () => {
  await browser.close();
});

describe('the English sample event (Croydon tram crash)', () => {
  it('opens with four English outlets side by side', async () => {
    await page.goto(EVENT);
    await hydrated(page);
    expect(await page.locator('article.column').count()).toBe(4);
    const outlets = (await page.locator('.outlet').allInnerTexts()).join(' ');
    for (const name of ['The New York Times', 'USA Today', 'Daily Express', 'The Telegraph']) expect(outlets).toContain(name);
    await screenshot(page, 'english-event');
  });

  it('links one referent across outlets: selecting British Transport Police marks it in every column that names it', async () => {
    const mention = page.locator('article.column').first().locator('[data-entity]', { hasText: 'British Transport Police' }).first();
    await mention.click();
    await expect.poll(() => page.getByTestId('selected-name').innerText(), poll).toContain('British Transport Police');
    let columns = 0;
    for (const column of await page.locator('article.column').all()) if ((await column.locator('.is-selected').count()) > 0) columns++;
    expect(columns).toBeGreaterThanOrEqual(3);
  });

  it('shows English names in the entities table, not the Chinese gazetteer names', async () => {
    await page.goto(`${EVENT}?tab=entities`);
    await hydrated(page);
    const table = page.locator('.entities-table');
    await expect.poll(() => table.locator('tbody tr').count(), poll).toBeGreaterThan(5);
    const text = await table.innerText();
    expect(text).toContain('London');
    expect(text).toContain('Croydon');
    expect(text).not.toMatch(/伦敦|克罗伊登/);
  });

  it('attributes quotes to their speakers in the claims table', async () => {
    await page.goto(`${EVENT}?tab=claims`);
    await hydrated(page);
    const rows = page.locator('table tbody tr');
    await expect.poll(() => rows.count(), poll).toBeGreaterThan(5);
    expect(await page.locator('table').first().innerText()).toContain('Martin Bamford');
    await screenshot(page, 'english-claims');
  });

  it('asks English-press questions in the framing lens, none about 中共', async () => {
    await page.goto(`${EVENT}?tab=framing`);
    await hydrated(page);
    const questions = page.locator('.guided-questions');
    await expect.poll(() => questions.count(), poll).toBeGreaterThan(0);
    const text = await questions.first().innerText();
    expect(text).toContain('Which names does each outlet use');
    expect(text).not.toContain('中共');
  });

  it('puts the crash on 9 November 2016 in the timeline', async () => {
    await page.goto(`${EVENT}?tab=timeline`);
    await hydrated(page);
    expect(await page.locator('[data-testid="timeline"] [data-publication]').count()).toBe(4);
    await expect.poll(() => page.locator('[data-testid="timeline"] [data-value="2016-11-09"]').count(), poll).toBeGreaterThan(0);
  });

  it('opens in 中文 mode with a Chinese interface and the articles unchanged', async () => {
    await page.goto(`${EVENT}?lang=zh`);
    await hydrated(page);
    await expect.poll(() => page.locator('nav.tabs a[aria-current="page"]').innerText(), poll).toBe('并排对照');
    expect(await page.locator('article.column').count()).toBe(4);
    expect(await page.locator('article.column').first().locator('.column-body').innerText()).toMatch(/tram/i);
    await page.goto(`${EVENT}?lang=zh&tab=entities`);
    await hydrated(page);
    await expect.poll(() => page.locator('.entities-table tbody tr').count(), poll).toBeGreaterThan(5);
    expect(await page.locator('.entities-table').innerText()).toContain('British Transport Police');
    await screenshot(page, 'english-event-zh');
  });
});
