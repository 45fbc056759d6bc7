import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hydrated, launchBrowser, screenshot } from './browser';

// Everything here is driven by the keyboard only: Tab, arrows, Home/End, PageUp/PageDown,
// Enter and Space. No click, no programmatic focus.

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

/** Opens a view and leaves a marker on `window`: it is gone if the page reloads or navigates. */
async function open(path: string): Promise<void> {
  await page.goto(`${baseURL}${path}`);
  await hydrated(page);
  await page.evaluate(() => {
    (window as unknown as { __stay: number }).__stay = 1;
  });
}
const stayed = () => page.evaluate(() => (window as unknown as { __stay?: number }).__stay === 1);

/** Presses Tab until the focus is inside `selector` (at most `max` times); returns how many presses. */
async function tabInto(selector: string, max = 80): Promise<number> {
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector)) return n;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** How many Tab presses the focus stays inside `selector` before leaving it (1 = one Tab stop). */
async function tabStopsIn(selector: string): Promise<number> {
  let stops = 1;
  for (;;) {
    await page.keyboard.press('Tab');
    if (!(await page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector))) return stops;
    stops++;
    if (stops > 500) return stops;
  }
}

const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      ref: el?.getAttribute('data-ref') ?? el?.getAttribute('data-entity-row') ?? el?.getAttribute('data-set') ?? el?.getAttribute('data-mark') ?? '',
      index: el?.parentElement ? Array.from(el.parentElement.children).indexOf(el) : -1,
      selected: el?.getAttribute('aria-selected') ?? el?.getAttribute('aria-pressed') ?? el?.getAttribute('aria-current') ?? null,
      role: el?.getAttribute('role') ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 60),
    };
  });
/** The focused element's outline (the focus must be visible). */
const outline = () =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
const param = (name: string) => page.evaluate((n) => new URLSearchParams(window.location.search).get(n), name);

describe('a data table is one Tab stop with grid navigation', () => {
  it('claims: arrows, Home/End, PageUp/PageDown move the row focus; Enter and Space select without navigating', async () => {
    await open('/?tab=claims');
    const rows = await page.locator('.claims-table tbody tr').count();
    expect(rows).toBeGreaterThan(12);
    expect(await page.locator('.claims-table').getAttribute('role')).toBe('grid');
    // The filters come before the table: one Tab from the last one enters, one more leaves.
    await tabInto('.claims-table');
    expect((await focused()).tag).toBe('tr');
    expect((await focused()).index).toBe(0);
    expect(await tabStopsIn('.claims-table')).toBe(1);
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).index).toBe(0);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await focused()).index).toBe(2);
    expect(await outline()).toEqual({ style: 'solid', width: 3 });
    await page.keyboard.press('End');
    expect((await focused()).index).toBe(rows - 1);
    await page.keyboard.press('Home');
    expect((await focused()).index).toBe(0);
    await page.keyboard.press('PageDown');
    expect((await focused()).index).toBe(10);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowDown');
    expect((await focused()).index).toBe(1);

    await page.keyboard.press('Enter');
    const first = await focused();
    expect(first.selected).toBe('true');
    expect(await param('claim')).toBe(first.ref);
    await expect.poll(() => page.locator('.columns .is-selected').count(), poll).toBeGreaterThan(0);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    const second = await focused();
    expect(second.index).toBe(2);
    expect(second.selected).toBe('true');
    expect(await param('claim')).toBe(second.ref);
    expect(await page.locator('.claims-table tbody tr[aria-selected="true"]').count()).toBe(1);
    // Space selected the row; it did not scroll the page away.
    expect(await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1)).toBeGreaterThanOrEqual(0);
    expect(await stayed()).toBe(true);
    await screenshot(page, 'keyboard-claims-row');

    // Up from the first row reaches the header's sort buttons; Enter sorts, the focus stays.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    expect((await focused()).tag).toBe('button');
    await page.keyboard.press('ArrowRight');
    const column = () => page.evaluate(() => document.activeElement?.getAttribute('data-column'));
    expect(await column()).toBe('speaker');
    await page.keyboard.press('Enter');
    await expect.poll(() => param('sort'), poll).toBe('speaker');
    expect(await column()).toBe('speaker');
    expect(await page.locator('.claims-table th[aria-sort="ascending"]').count()).toBe(1);
    expect(await stayed()).toBe(true);
  });

  it('entities: one Tab stop, Space selects the row and marks the entity in the columns', async () => {
    await open('/?tab=entities');
    await tabInto('.entities-table');
    expect(await tabStopsIn('.entities-table')).toBe(1);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    const row = await focused();
    expect(row.index).toBe(1);
    expect(row.selected).toBe('true');
    expect(await param('entity')).toBe(row.ref);
    await expect.poll(() => page.locator('.columns .is-selected').count(), poll).toBeGreaterThan(0);
    expect(await stayed()).toBe(true);
  });

  it('framing tables and charts are one Tab stop each', async () => {
    await open('/?tab=framing');
    await page.locator('[data-testid="labels-table"]').waitFor();
    await tabInto('[data-testid="labels-table"]', 200);
    expect(await tabStopsIn('[data-testid="labels-table"]')).toBe(1);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect((await focused()).selected).toBe('true');
    await tabInto('[data-chart="terms"]', 10);
    expect(await tabStopsIn('[data-chart="terms"]')).toBe(1);
    expect(await stayed()).toBe(true);
  });
});

describe('overlap regions select in place', () => {
  it('Venn: one Tab stop per chart; Enter and Space select a region, the page does not reload and the focus stays', async () => {
    await open('/?tab=overlap');
    await tabInto('figure[data-kind="entities"] svg');
    expect(await tabStopsIn('figure[data-kind="entities"] svg')).toBe(1);
    await page.keyboard.press('Shift+Tab');
    const start = await focused();
    await page.keyboard.press('ArrowRight');
    const region = await focused();
    expect(region.ref).not.toBe(start.ref);
    await page.keyboard.press('Enter');
    await expect.poll(() => param('set'), poll).toBe(`entities:${region.ref}`);
    await expect.poll(() => page.getByTestId('set-members').locator('li').count(), poll).toBeGreaterThan(0);
    expect((await focused()).ref).toBe(region.ref);
    await expect.poll(async () => (await focused()).selected, poll).toBe('true');
    expect(await stayed()).toBe(true);
    await expect.poll(() => page.locator('.columns .is-selected').count(), poll).toBeGreaterThan(0);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press(' ');
    await expect.poll(() => param('set'), poll).toBe(`entities:${start.ref}`);
    expect((await focused()).ref).toBe(start.ref);
    expect(await stayed()).toBe(true);
    await screenshot(page, 'keyboard-venn-region');
  });

  it('UpSet (ten outlets): the columns step with the arrows and select with Enter', async () => {
    await open('/events/blinken-beijing-2023-06?tab=overlap');
    await tabInto('figure[data-kind="claims"] svg', 120);
    expect(await tabStopsIn('figure[data-kind="claims"] svg')).toBe(1);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('End');
    const column = await focused();
    await page.keyboard.press('Enter');
    await expect.poll(() => param('set'), poll).toBe(`claims:${column.ref}`);
    expect((await focused()).ref).toBe(column.ref);
    expect(await stayed()).toBe(true);
  });
});

describe('highlights in the text and timeline marks are reached by keyboard', () => {
  it('each column is one Tab stop; arrows step through its highlights; Enter selects and syncs the columns', async () => {
    await open('/');
    await page.locator('.columns [data-entity]').first().waitFor();
    const columns = await page.locator('.columns .article-text').count();
    expect(columns).toBe(2);
    for (let i = 0; i < columns; i++) {
      expect(await page.locator('.columns .article-text').nth(i).locator('[tabindex="0"]').count()).toBe(1);
    }
    await tabInto('.columns .article-text');
    expect((await focused()).role).toBe('button');
    const article = await page.evaluate(() => document.activeElement?.closest('[data-article]')?.getAttribute('data-article'));
    expect(await tabStopsIn(`.columns [data-article="${article}"] .article-text`)).toBe(1);
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await outline()).toEqual({ style: 'solid', width: 3 });
    const hl = await page.evaluate(() => ({
      entity: document.activeElement?.getAttribute('data-entity')?.split(' ')[0] ?? null,
      claim: document.activeElement?.getAttribute('data-claim')?.split(' ')[0] ?? null,
      start: Number(document.activeElement?.getAttribute('data-start')),
    }));
    const firstStart = await page.locator('.columns .article-text').first().locator('[data-entity], [data-claim]').first().getAttribute('data-start');
    expect(hl.start).toBeGreaterThan(Number(firstStart));
    await page.keyboard.press('Enter');
    if (hl.entity) await expect.poll(() => param('entity'), poll).toBe(hl.entity);
    else await expect.poll(async () => (await param('claim'))?.endsWith(`#${hl.claim}`), poll).toBe(true);
    await expect.poll(async () => (await focused()).selected, poll).toBe('true');
    // The selection bar names it, and the table/other column see it like a click's selection.
    await expect.poll(() => page.getByTestId('selected-name').count(), poll).toBe(1);
    expect(await stayed()).toBe(true);
    await screenshot(page, 'keyboard-highlight');
    // Space again clears it (a toggle, as a click is).
    await page.keyboard.press(' ');
    await expect.poll(() => Promise.all([param('entity'), param('claim')]), poll).toEqual([null, null]);
  });

  it('timeline marks are one Tab stop; arrows step in time order; Enter selects and marks the mention in the columns', async () => {
    await open('/?tab=timeline');
    await page.getByTestId('timeline').locator('.mark').first().waitFor();
    await tabInto('[data-testid="timeline"] .mark');
    const marks = await page.locator('[data-testid="timeline"] .mark').count();
    expect(marks).toBeGreaterThan(2);
    expect(await tabStopsIn('[data-testid="timeline"] .mark, [data-testid="timeline"] .mark *')).toBe(1);
    await page.keyboard.press('Shift+Tab');
    const x0 = Number(await page.evaluate(() => document.activeElement?.getAttribute('data-x')));
    await page.keyboard.press('ArrowRight');
    const next = await focused();
    expect(await outline()).toEqual({ style: 'solid', width: 3 });
    const x1 = Number(await page.evaluate(() => document.activeElement?.getAttribute('data-x')));
    expect(x1).toBeGreaterThanOrEqual(x0);
    await page.keyboard.press('Enter');
    await expect.poll(() => param('mark'), poll).toBe(next.ref);
    await expect.poll(async () => (await focused()).selected, poll).toBe('true');
    await expect.poll(() => page.getByTestId('mark-detail').locator('li').count(), poll).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(() => (typeof CSS !== 'undefined' && 'highlights' in CSS ? (CSS.highlights.get('parallax-term')?.size ?? 0) : 0)), poll)
      .toBeGreaterThan(0);
    expect(await stayed()).toBe(true);
    await screenshot(page, 'keyboard-timeline-mark');
  });

  it('ten outlets: the lanes’ off-screen counts are one Tab stop too; arrows step between them, Enter pans', async () => {
    await open('/events/blinken-beijing-2023-06?tab=timeline');
    await page.locator('[data-testid="timeline"] .offscreen').first().waitFor();
    const counts = await page.locator('[data-testid="timeline"] .offscreen').count();
    expect(counts).toBeGreaterThan(2);
    await tabInto('[data-testid="timeline"] .offscreen', 150);
    expect(await tabStopsIn('[data-testid="timeline"] .offscreen')).toBe(1);
    await page.keyboard.press('Shift+Tab');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe(first);
    const tick = await page.locator('[data-tick]').first().getAttribute('data-tick');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-tick]').first().getAttribute('data-tick'), poll).not.toBe(tick);
    expect(await stayed()).toBe(true);
  });
});
