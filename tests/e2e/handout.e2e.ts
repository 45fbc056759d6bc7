import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { QUESTIONS } from '@/components/framing/framing-text';
import { ARTIFACTS, hydrated, launchBrowser } from './browser';

const baseURL = inject('baseURL');
/** The printable width of A4 with the handout's 12 mm margins, in CSS pixels. */
const PRINT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);
const EVENTS = [
  { outlets: 2, slug: 'blinken-seed-pair' },
  { outlets: 4, slug: 'biden-xi-dictator-2023-06' },
  { outlets: 10, slug: 'blinken-beijing-2023-06' },
];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: PRINT_WIDTH, height: 1000 } });
});
afterAll(async () => {
  await browser.close();
});

/**
 * Text without any white space: `pdftotext -raw` gives the text in the order Chromium drew it,
 * but breaks lines where the page wrapped them and spaces CJK differently from the DOM.
 */
const squash = (s: string) => s.replace(/\s+/g, '');

/** Elements of the printed comparison whose content is clipped or that run past the page's right edge. */
async function cutContent(p: Page): Promise<string[]> {
  return p.evaluate((width) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main *'))) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.closest('svg')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const name = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      if (box.right > width + 1) out.push(`past the edge (${Math.round(box.right)} px): ${name}`);
      const clips = /(hidden|clip|auto|scroll)/.test(style.overflowX + style.overflowY);
      if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) out.push(`clipped: ${name}`);
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) out.push(`ellipsis: ${name}`);
    }
    return out;
  }, PRINT_WIDTH);
}

describe('the printed framing handout', () => {
  for (const { outlets, slug } of EVENTS) {
    it(`${outlets} outlets: every outlet, question and account head on A4, nothing cut`, async () => {
      await page.goto(`${baseURL}/events/${slug}?tab=framing&blind=1`);
      await hydrated(page);
      // A reader prints what they see: the framing panel's guided questions on screen (its chart leaves load with the tab).
      await page.locator('.guided-questions').last().waitFor({ state: 'visible' });
      await page.emulateMedia({ media: 'print' });
      const names = await page.locator('article.column .outlet-name').allInnerTexts();
      const titles = await page.locator('article.column .article-title').allInnerTexts();
      expect(names.length).toBe(outlets);
      expect(await cutContent(page)).toEqual([]);
      // Paper cannot expand "+6": the printed lists say how many more there are, in words.
      expect(await page.locator('.screen-only').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length)).toBe(0);
      mkdirSync(ARTIFACTS, { recursive: true });
      const stem = join(ARTIFACTS, `handout-${outlets}`);
      for (const f of readdirSync(ARTIFACTS)) if (f.startsWith(`handout-${outlets}-`)) rmSync(join(ARTIFACTS, f));
      await page.pdf({ path: `${stem}.pdf`, format: 'A4', printBackground: true, preferCSSPageSize: true });
      await page.emulateMedia({ media: 'screen' });
      const info = execFileSync('pdfinfo', [`${stem}.pdf`], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
      const text = squash(execFileSync('pdftotext', ['-raw', `${stem}.pdf`, '-'], { encoding: 'utf8' }));
      // Every guided question, in both languages, whole.
      for (const [en, zh] of Object.values(QUESTIONS).flat()) {
        expect(text).toContain(squash(en));
        expect(text).toContain(squash(zh));
      }
      // Every outlet in every section (labels, terms, speakers, omissions, context, its account).
      for (const name of new Set(names)) expect(text.split(squash(name)).length - 1).toBeGreaterThanOrEqual(6);
      for (const title of titles) expect(text).toContain(squash(title));
      execFileSync('pdftoppm', ['-png', '-r', '60', `${stem}.pdf`, stem]);
      const pages = readdirSync(ARTIFACTS).filter((f) => f.startsWith(`handout-${outlets}-`) && f.endsWith('.png'));
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(outlets <= 4 ? 4 : 10);
    }, 120_000);
  }
});
