import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hydrated, launchBrowser, screenshot } from './browser';

const baseURL = inject('baseURL');
const DIR = 'seeds/biden-xi-dictator-2023-06';
const FILES = ['rfi-2023-06-21-biden-xi-dictator-china-absurd.md', 'voa-2023-06-21-beijing-angered-ties-strained.md', 'epochtimes-2023-06-22-why-biden-mocked-xi.md'];

interface Body {
  articles: { id: string; title: string; url: string; source: string; byline?: string; outlet: { name: string; english: string } }[];
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let id = '';
let stored: Body;

/** What would tell a student which outlet wrote which account. */
function giveaways(body: Body): string[] {
  const out = body.articles.flatMap((a) => [a.outlet.name, a.outlet.english, a.url, a.source, a.byline ?? '', new URL(a.url || 'http://x.invalid').hostname]);
  return [...new Set(out)].filter((s) => s.length >= 2 && s !== 'x.invalid');
}

/** The giveaways a text contains (HTML-escaped forms too). */
function leaksIn(text: string): string[] {
  const html = text.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
  return giveaways(stored).filter((s) => html.includes(s));
}

beforeAll(async () => {
  const res = await fetch(`${baseURL}/api/comparisons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ articles: FILES.map((name) => ({ name, content: readFileSync(`${DIR}/${name}`, 'utf8') })) }),
  });
  expect(res.status).toBeLessThan(300);
  id = ((await res.json()) as { id: string }).id;
  stored = (await (await fetch(`${baseURL}/api/comparisons/${id}`)).json()) as Body;
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
}, 180_000);
afterAll(async () => {
  await browser.close();
});

describe('teaching mode on an uploaded permalink', () => {
  it('the test data names its outlets (so the checks below can fail)', () => {
    expect(giveaways(stored).length).toBeGreaterThanOrEqual(6);
    expect(leaksIn(JSON.stringify(stored)).length).toBeGreaterThanOrEqual(6);
  });

  it('the page HTML, title, headings and metadata name no outlet, URL or file name, in either language', async () => {
    for (const lang of ['en', 'zh']) {
      for (const tab of ['columns', 'claims', 'entities', 'timeline', 'overlap', 'framing']) {
        const html = await (await fetch(`${baseURL}/c/${id}?tab=${tab}&blind=1&lang=${lang}`)).text();
        expect({ tab, lang, leaks: leaksIn(html) }).toEqual({ tab, lang, leaks: [] });
      }
    }
    await page.goto(`${baseURL}/c/${id}?blind=1`);
    await hydrated(page);
    const title = await page.title();
    expect(title).toContain('Outlet A');
    expect(title).toContain('3 accounts compared');
    expect(await page.locator('.permalink-head h2').innerText()).toContain('Outlet A');
    const meta = await page.locator('meta').evaluateAll((els) => els.map((e) => e.outerHTML).join('\n'));
    expect(leaksIn(meta)).toEqual([]);
    expect(leaksIn(await page.locator('body').innerText())).toEqual([]);
    const titles = await page.locator('[title], [aria-label], a[href]').evaluateAll((els) =>
      els.map((e) => [e.getAttribute('title'), e.getAttribute('aria-label'), e.getAttribute('href')].join(' ')).join('\n'),
    );
    expect(leaksIn(titles)).toEqual([]);
    await screenshot(page, 'blind-permalink-1440');
  });

  it('the columns are in a neutral order: the same whatever the upload order', async () => {
    const shown = await page.locator('article.column').evaluateAll((els) => els.map((e) => e.getAttribute('data-article')));
    expect([...shown].sort()).toEqual(stored.articles.map((a) => a.id).sort());
    expect(await page.locator('article.column .outlet-name').allInnerTexts()).toEqual(['Outlet A', 'Outlet B', 'Outlet C']);
    // The same articles uploaded in the other order: another permalink, the same blind columns.
    const res = await fetch(`${baseURL}/api/comparisons`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles: [...FILES].reverse().map((name) => ({ name, content: readFileSync(`${DIR}/${name}`, 'utf8') })) }),
    });
    const other = ((await res.json()) as { id: string }).id;
    expect(other).not.toBe(id);
    const p2 = await context.newPage();
    await p2.goto(`${baseURL}/c/${other}?blind=1`);
    expect(await p2.locator('article.column').evaluateAll((els) => els.map((e) => e.getAttribute('data-article')))).toEqual(shown);
    await p2.close();
    // So at least one of the two uploads is shown in an order other than its own.
    const uploads = [stored.articles.map((a) => a.id), [...stored.articles.map((a) => a.id)].reverse()];
    expect(uploads.some((u) => JSON.stringify(u) !== JSON.stringify(shown))).toBe(true);
  }, 180_000);

  it('the preview image is the blind copy', async () => {
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/\/card\.png\?blind=1$/);
    const twitter = await page.locator('meta[name="twitter:image"]').getAttribute('content');
    expect(twitter).toBe(og);
    const image = await fetch(new URL(new URL(og!).pathname + new URL(og!).search, baseURL));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    // The non-blind card differs (it draws the outlets' names).
    const open = await fetch(`${baseURL}/c/${id}/card.png`);
    const [a, b] = [Buffer.from(await image.arrayBuffer()), Buffer.from(await open.arrayBuffer())];
    expect(a.equals(b)).toBe(false);
  });

  it('every download (JSON, CSV) is the blind copy: Outlet A, B… and no outlet name, URL or file name', async () => {
    const links = page.locator('[data-testid="export-menu"] a[download]');
    expect(await links.count()).toBe(4);
    for (let i = 0; i < 4; i++) {
      const [download] = await Promise.all([page.waitForEvent('download'), links.nth(i).click()]);
      const path = await download.path();
      const text = readFileSync(path, 'utf8');
      expect(download.suggestedFilename()).toContain('blind');
      expect({ file: download.suggestedFilename(), leaks: leaksIn(text) }).toEqual({ file: download.suggestedFilename(), leaks: [] });
      if (!text.startsWith('{') && !text.startsWith('article_id,') && text.includes('Outlet')) expect(text).toContain('Outlet A');
    }
    const json = JSON.parse(readFileSync(await (await Promise.all([page.waitForEvent('download'), links.first().click()]))[0].path(), 'utf8')) as Body;
    expect(json.articles.map((a) => a.outlet.name)).toEqual(['Outlet A', 'Outlet B', 'Outlet C']);
    expect(json.articles.every((a) => a.url === '' && a.source === '')).toBe(true);
  });

  it('the chart exports name Outlet A, B… only', async () => {
    for (const tab of ['timeline', 'overlap']) {
      await page.goto(`${baseURL}/c/${id}?tab=${tab}&blind=1`);
      await hydrated(page);
      const button = page.locator('[data-testid="export-menu"] button[data-export$=".svg"]').first();
      await button.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const svg = readFileSync(await download.path(), 'utf8');
      expect(leaksIn(svg)).toEqual([]);
      expect(svg).toContain('Outlet A');
    }
  });

  it('a sample event in teaching mode: no outlet in the page, metadata or downloads', async () => {
    const slug = 'biden-xi-dictator-2023-06';
    const original = (await (await fetch(`${baseURL}/events/${slug}/analysis.json`)).json()) as Body;
    const names = giveaways(original);
    expect(names.length).toBeGreaterThan(4);
    const html = await (await fetch(`${baseURL}/events/${slug}?blind=1`)).text();
    expect(names.filter((n) => html.includes(n))).toEqual([]);
    for (const f of ['analysis.json', 'claims.csv', 'entities.csv', 'times.csv']) {
      const text = await (await fetch(`${baseURL}/events/${slug}/${f}?blind=1`)).text();
      expect({ f, leaks: names.filter((n) => text.includes(n)) }).toEqual({ f, leaks: [] });
    }
  });
});

describe('teaching mode at phone width', () => {
  it('shows the blind permalink at 390 px', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${baseURL}/c/${id}?blind=1`);
    await hydrated(phone);
    expect(leaksIn(await phone.locator('body').innerText())).toEqual([]);
    await screenshot(phone, 'blind-permalink-390');
    await phone.close();
  });
});
