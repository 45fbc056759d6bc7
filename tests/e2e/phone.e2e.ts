import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, hydrated, launchBrowser } from './browser';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';

const baseURL = inject('baseURL');
const TABS = ['columns', 'claims', 'entities', 'timeline', 'overlap', 'framing'];
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
});
afterAll(async () => {
  await browser.close();
});

describe('at phone width (390 px)', () => {
  for (const [name, path] of [
    ['seed', '/'],
    ['ten', '/events/blinken-beijing-2023-06'],
  ] as const) {
    for (const tab of TABS) {
      it(`${name} ${tab}: the page is no wider than the viewport, and its text is readable`, async () => {
        await page.goto(`${baseURL}${path}?tab=${tab}`);
        await hydrated(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        // Chart labels keep a readable size (SVG text scaled down with its chart counts too).
        // (polled: the timeline takes its width from the page once it has laid out)
        const smallest = () => page.evaluate(() => {
          let min = Infinity;
          for (const el of Array.from(document.querySelectorAll('svg text'))) {
            const box = el.getBoundingClientRect();
            if (box.height > 0 && (el.textContent ?? '').trim()) min = Math.min(min, box.height);
          }
          return min;
        });
        await expect.poll(smallest, { timeout: 10_000 }).toBeGreaterThanOrEqual(8);
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS, `phone-${name}-${tab}-390.png`) });
      });
    }
  }
});
