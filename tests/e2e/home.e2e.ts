import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './browser';

let browser: Browser;
let page: Page;
const baseURL = inject('baseURL');
const poll = { timeout: 20_000, interval: 200 };

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: 'Asia/Tokyo' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser.close();
});

describe('the home page', () => {
  it('opens on the seed comparison: both outlets, titles, times and clean text', async () => {
    await page.goto(`${baseURL}/`);
    const columns = page.locator('article.column');
    await expect.poll(() => columns.count(), poll).toBe(2);
    const outlets = await page.locator('.outlet').allInnerTexts();
    expect(outlets.join(' ')).toContain('法广');
    expect(outlets.join(' ')).toContain('大纪元');
    const titles = await page.locator('.article-title').allInnerTexts();
    expect(titles).toContain('布林肯访华前夕与中国外长秦刚电话沟通 - 要闻解说');
    expect(titles).toContain('布林肯和秦刚会面5个半小时 双方分歧未解');
    const body = await page.locator('.column-body').first().innerText();
    expect(body).toContain('秦刚');
    expect(body).not.toContain('获取更多RSS');
    expect(body).not.toContain('<p>');
  });

  it('shows publication times in the reader’s time zone, with the source’s zone on hover', async () => {
    const time = page.locator('article.column time').first();
    await expect.poll(() => time.getAttribute('data-reader-zone'), poll).toBe('Asia/Tokyo');
    expect(await time.innerText()).toMatch(/2023-06-14/);
    expect(await time.getAttribute('title')).toContain('Europe/Paris');
  });

  it('links each column to its source article', async () => {
    const links = page.locator('a.source-link');
    expect(await links.count()).toBe(2);
    expect(await links.first().getAttribute('href')).toMatch(/^https:\/\/www\.rfi\.fr\//);
  });

  it('lists the other sample events and opens one', async () => {
    const events = page.locator('.more-events .event-list a');
    expect(await events.count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'home');
    await page.locator('.more-events .event-list a', { hasText: 'Blinken' }).first().click();
    await page.waitForURL(/\/events\//);
    await expect.poll(() => page.locator('article.column').count(), poll).toBeGreaterThanOrEqual(5);
    await expect.poll(() => page.locator('.columns.compact').count(), poll).toBe(1);
    const cna = page.locator('article.column', { hasText: '中央社' });
    expect(await cna.locator('.column-body').innerText()).not.toContain('聚焦新聞');
    await screenshot(page, 'event-blinken');
  });

  it('stays readable at a phone’s width', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${baseURL}/`);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(phone, 'home-phone');
    await phone.close();
  });
});
