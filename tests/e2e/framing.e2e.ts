import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, hydrated } from './browser';

let browser: Browser;
let page: Page;
const baseURL = process.env.PARALLAX_E2E_URL ?? inject('baseURL');
const poll = { timeout: 20_000, interval: 200 };
const PANELS = ['labels', 'distinctive', 'speakers', 'omissions', 'context'];

/** How many ranges the term highlight marks in each column. */
async function termHits(p: Page): Promise<number[]> {
  return p.locator('article.column .column-body').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-term-hits') ?? 0)));
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});
afterAll(async () => {
  await browser.close();
});

describe('the framing lens on the seed pair', () => {
  it('shows every panel, and the labels table lists 中国外长秦刚 and 中共外交部长秦刚', async () => {
    await page.goto(`${baseURL}/?tab=framing`);
    await hydrated(page);
    for (const panel of PANELS) await expect.poll(() => page.locator(`[data-framing="${panel}"]`).isVisible()).toBe(true);
    const qin = page.locator('[data-testid="labels-table"] tr', { hasText: '秦刚' }).first();
    const text = await qin.innerText();
    expect(text).toContain('中国外长秦刚');
    expect(text).toContain('中共外交部长秦刚');
    expect(await page.locator('[data-testid="labels-table"] tr[data-row="state:CN"]').innerText()).toContain('中共');
    expect(await page.locator('[data-chart="terms"] [data-term="中共"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="speakers-table"] tbody tr').count()).toBeGreaterThan(2);
    await screenshot(page, 'framing-seed');
  });

  it('selecting a label marks its spans in the columns and puts it in the URL', async () => {
    await page.locator('[data-testid="labels-table"] button[data-term="中共外交部长秦刚"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('term'), poll).toBe('中共外交部长秦刚');
    await expect.poll(async () => (await termHits(page)).reduce((a, b) => a + b, 0), poll).toBeGreaterThan(0);
    const marked = await page.evaluate(() => {
      const h = CSS.highlights.get('parallax-term');
      return h ? [...h].map((r) => (r instanceof Range ? r.toString() : "")) : [];
    });
    expect(marked).toContain('中共外交部长秦刚');
    await screenshot(page, 'framing-label-selected');
  });

  it('selecting a distinctive term marks every occurrence in every column', async () => {
    await page.locator('[data-chart="terms"] [data-term="美国"], [data-chart="terms"] [data-term="中共"]').first().click();
    await expect.poll(async () => (await termHits(page)).filter((n) => n > 0).length, poll).toBeGreaterThan(0);
  });

  it('the samples prior is selectable and named', async () => {
    await page.locator('.prior-choice a[data-prior="samples"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('prior'), poll).toBe('samples');
    await expect.poll(() => page.locator('.prior-choice a[aria-current="true"]').getAttribute('data-prior'), poll).toBe('samples');
    expect(await page.locator('[data-chart="terms"] .bar').count()).toBeGreaterThan(0);
  });

  it('reassigning a speaker changes the counts', async () => {
    await page.goto(`${baseURL}/?tab=framing`);
    await hydrated(page);
    const before = await page.locator('[data-testid="speakers-table"] tr[data-group="media"]').count();
    await page.locator('.reassign-list summary').click();
    await page.locator('.reassign-list select').first().selectOption('media');
    await expect.poll(() => new URL(page.url()).searchParams.get('reassign') ?? '', poll).toContain(':media');
    await expect.poll(() => page.locator('[data-testid="speakers-table"] tr[data-group="media"]').count(), poll).toBeGreaterThanOrEqual(before);
  });
});

describe('the framing lens in Chinese', () => {
  it('names the panels and asks the questions in Chinese', async () => {
    await page.goto(`${baseURL}/?tab=framing&lang=zh`);
    await hydrated(page);
    expect(await page.locator('#framing-labels').innerText()).toBe('称谓');
    expect(await page.locator('[data-framing="speakers"] .guided-questions').innerText()).toContain('谁的话被直接引用');
    expect(await page.locator('[data-testid="speakers-table"]').innerText()).toContain('中国官员');
  });

  it('a shared link with a selected term marks it on load', async () => {
    await page.goto(`${baseURL}/?tab=framing&term=${encodeURIComponent('中共外交部长秦刚')}`);
    await hydrated(page);
    await expect.poll(async () => (await termHits(page)).reduce((a, b) => a + b, 0), poll).toBeGreaterThan(0);
  });
});

describe('teaching mode', () => {
  it('hides outlet names until the teacher reveals them', async () => {
    await page.goto(`${baseURL}/?tab=framing`);
    await hydrated(page);
    await page.getByTestId('blind-toggle').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('blind'), poll).toBe('1');
    await expect.poll(() => page.locator('article.column .outlet-name').first().innerText(), poll).toBe('Outlet A');
    const body = await page.locator('body').innerText();
    for (const name of ['RFI', '法广', 'Epoch Times', '大纪元', '林兰', '张婷']) expect(body).not.toContain(name);
    expect(await page.locator('a.source-link').count()).toBe(0);
    await screenshot(page, 'framing-blind');
    await page.getByTestId('blind-toggle').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('blind'), poll).toBeNull();
    await expect.poll(() => page.locator('body').innerText(), poll).toContain('Epoch Times');
  });
  // The printed handout (2, 4 and 10 outlets) is tested in handout.e2e.ts.
});

describe('the framing lens on the largest sample event', () => {
  it('shows every panel with ten outlets and marks a label in the columns', async () => {
    await page.goto(`${baseURL}/events/blinken-beijing-2023-06?tab=framing`);
    await hydrated(page);
    for (const panel of PANELS) await expect.poll(() => page.locator(`[data-framing="${panel}"]`).isVisible()).toBe(true);
    expect(await page.locator('[data-testid="labels-table"] thead th').count()).toBe(11);
    await page.locator('[data-testid="labels-table"] tr[data-kind="state"] button.label-use').first().click();
    await expect.poll(async () => (await termHits(page)).filter((n) => n > 0).length, poll).toBeGreaterThan(1);
    await screenshot(page, 'framing-event');
  });
});
