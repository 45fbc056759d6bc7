import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { framingText } from '@/components/framing/framing-text';
import { messages } from '@/lib/i18n';
import { ARTIFACTS, hydrated, launchBrowser, screenshot } from './browser';

const baseURL = inject('baseURL');
const TABS = ['columns', 'claims', 'entities', 'timeline', 'overlap', 'framing'];

/** Every string of a value (nested objects of the framing text included). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The English interface strings a Chinese page must not show: the English dictionaries, minus
 * what reads the same in both (PNG, file formats) and placeholders' fixed parts only.
 */
const zhStrings = new Set([...strings(messages('zh')), ...strings(framingText('zh'))]);
const countries = new Set(strings(framingText('en').sides));
const ENGLISH = [...new Set([...strings(messages('en')), ...strings(framingText('en'))])]
  .filter((s) => !zhStrings.has(s) && !countries.has(s))
  .flatMap((s) => s.split(/\{\w+\}/))
  .map((s) => s.trim())
  .filter((s) => /[A-Za-z]{3,}/.test(s) && s.length >= 4);

/** Each English string as a whole-word pattern ("time" is not found in "times.csv"). */
const PATTERNS: [string, RegExp][] = ENGLISH.map((s) => [s, new RegExp(`(?<![A-Za-z.])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z.])`)]);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});
afterAll(async () => {
  await browser.close();
});

/**
 * The interface text of the page: every text node, `title` and `aria-label` outside content
 * marked as another language (article text, English glosses, the other-language questions).
 */
async function interfaceText(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    const foreign = (el: Element | null) => {
      const tagged = el?.closest('[lang]');
      return !!tagged && !tagged.getAttribute('lang')!.startsWith('zh');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style') || foreign(el)) continue;
      const text = (n.textContent ?? '').trim();
      if (text) out.push(text);
    }
    for (const el of Array.from(document.querySelectorAll('[title], [aria-label]'))) {
      if (foreign(el)) continue;
      for (const a of ['title', 'aria-label']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
}

describe('中文 mode', () => {
  it('the test knows the English interface strings (so it can fail)', () => {
    expect(ENGLISH.length).toBeGreaterThan(100);
    expect(ENGLISH).toContain('Reveal outlets');
  });

  for (const path of ['/', '/events/blinken-beijing-2023-06']) {
    for (const tab of TABS) {
      it(`${path} ${tab}: the page is zh-Hans and shows no English interface text`, async () => {
        await page.goto(`${baseURL}${path}?tab=${tab}&lang=zh`);
        await hydrated(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
        // Data is not interface: the English names of the outlets and the entities' English glosses.
        const slug = path === '/' ? 'blinken-seed-pair' : path.split('/').pop()!;
        const analysis = (await (await fetch(`${baseURL}/events/${slug}/analysis.json`)).json()) as {
          articles: { outlet: { english: string } }[];
          entities: { english?: string }[];
        };
        const data = [...analysis.articles.map((a) => a.outlet.english), ...analysis.entities.map((e) => e.english ?? '')].filter(Boolean).sort((a, b) => b.length - a.length);
        const texts = (await interfaceText(page)).map((text) => data.reduce((s, name) => s.split(name).join(' '), text));
        const english = texts.flatMap((text) => PATTERNS.filter(([, re]) => re.test(text)).map(([s]) => `${s} ← ${text.slice(0, 80)}`));
        expect(english).toEqual([]);
        // Axis labels and dates are written out in Chinese too (no Jun, Mon…).
        const svgText = await page.locator('svg text').allTextContents();
        expect(svgText.filter((s) => /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|AM|PM)\b/.test(s))).toEqual([]);
        if (path === '/') await screenshot(page, `zh-${tab}-1440`);
      });
    }
  }

  it('the share image follows the page into Chinese, drawn with a Chinese font', async () => {
    await page.goto(`${baseURL}/events/croydon-tram-2016-11?lang=zh`);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/\/card\.png\?lang=zh$/);
    expect(await page.title()).toMatch(/^克罗伊登有轨电车脱轨事故 · /);
    const [zh, en] = await Promise.all(
      [`${new URL(og!).pathname}?lang=zh`, new URL(og!).pathname].map(async (path) => {
        const res = await fetch(`${baseURL}${path}`);
        expect(res.headers.get('content-type')).toBe('image/png');
        return Buffer.from(await res.arrayBuffer());
      }),
    );
    expect(zh!.equals(en!)).toBe(false);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'zh-card.png'), zh!);
  });

  it('switching language reloads the page with the document language and the site header', async () => {
    await page.goto(`${baseURL}/?tab=claims`);
    await hydrated(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('a.lang-toggle').click();
    await page.waitForURL(/lang=zh/);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await page.locator('.tagline').innerText()).toBe(messages('zh').tagline);
  });
});
