import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hydrated, launchBrowser, screenshot } from './browser';

const baseURL = inject('baseURL');
const poll = { timeout: 15_000, interval: 200 };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});
afterAll(async () => {
  await browser.close();
});

/** Whether any highlight of the selection is inside the window. */
const selectionOnScreen = (p: Page) =>
  p.evaluate(() =>
    Array.from(document.querySelectorAll('.columns .is-selected')).some((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    }),
  );

describe('selecting from a table', () => {
  it('a claims-table row brings its highlight into view and the bar names the claim in words', async () => {
    await page.goto(`${baseURL}/events/blinken-beijing-2023-06?tab=claims`);
    await hydrated(page);
    expect(await selectionOnScreen(page)).toBe(false);
    const row = page.locator('.claims-table tbody tr').nth(3);
    const speaker = (await row.locator('td').nth(1).innerText()).trim();
    await row.click();
    await expect.poll(() => selectionOnScreen(page), poll).toBe(true);
    const name = await page.getByTestId('selected-name').innerText();
    expect(name).not.toMatch(/#c\d+|a-[0-9a-f]{6}/);
    expect(name).toContain('“');
    expect(speaker.length).toBeGreaterThan(0);
    await screenshot(page, 'selection-claim-row');
  });
});

describe('ten outlets side by side', () => {
  it('says that more columns lie to the right, and the seed pair does not', async () => {
    await page.goto(`${baseURL}/events/blinken-beijing-2023-06`);
    await hydrated(page);
    expect(await page.getByTestId('scroll-hint').isVisible()).toBe(true);
    expect(await page.getByTestId('columns').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await screenshot(page, 'ten-columns-scroll-hint');
    await page.goto(`${baseURL}/`);
    await hydrated(page);
    expect(await page.getByTestId('scroll-hint').count()).toBe(0);
  });
});
