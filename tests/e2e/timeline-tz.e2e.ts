import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hydrated, launchBrowser, screenshot } from './browser';

const NEXT = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'];
let browser: Browser;

/** `next start` with the server's TZ set to `zone`, on its own port and data directory. */
async function startServer(zone: string, port: string): Promise<{ child: ChildProcess; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-tz-'));
  const child = spawn(process.execPath, [NEXT, 'start', '-p', port], {
    env: { ...process.env, TZ: zone, PARALLAX_DATA_DIR: dataDir, PORT: port },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/comparisons/nope`)).status === 404) return { child, dataDir };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

async function stopServer(s: { child: ChildProcess; dataDir: string }): Promise<void> {
  if (s.child.exitCode === null) {
    const exited = new Promise((r) => s.child.once('exit', r));
    s.child.kill('SIGTERM');
    await exited;
  }
  rmSync(s.dataDir, { recursive: true, force: true });
}

/** What the timeline draws: tick labels and positions, marks, publications, off-screen counts. */
async function drawn(baseURL: string, zone: string, path: string): Promise<string> {
  const context = await browser.newContext({ timezoneId: zone, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}${path}`);
  await hydrated(page);
  const svg = page.getByTestId('timeline');
  await svg.locator('[data-mark]').first().waitFor();
  // Drawn at the container's measured width, not the 900 px of the server render.
  await page.locator('[data-testid="timeline"][data-measured="yes"]').waitFor();
  const picture = await svg.evaluate((el) =>
    JSON.stringify({
      title: el.querySelector('[data-testid="timeline-title"]')?.textContent,
      ticks: Array.from(el.querySelectorAll('[data-tick]')).map((t) => [t.getAttribute('data-tick'), t.getAttribute('transform'), t.textContent]),
      marks: Array.from(el.querySelectorAll('[data-mark]')).map((m) => [m.getAttribute('data-mark'), m.getAttribute('data-value'), m.getAttribute('data-x')]),
      publications: Array.from(el.querySelectorAll('[data-publication]')).map((p) => [p.getAttribute('data-publication'), p.getAttribute('transform')]),
      offscreen: Array.from(el.querySelectorAll('[data-offscreen]')).map((o) => o.textContent),
    }),
  );
  await screenshot(page, `timeline-${zone.replace('/', '-')}${path.includes('lang=zh') ? '-zh' : ''}`);
  await context.close();
  return picture;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the timeline in every time zone', () => {
  it('draws the same marks, ticks and labels with server and reader in UTC, Asia/Shanghai and America/Los_Angeles', async () => {
    const pictures = new Map<string, string>();
    for (const [i, zone] of ZONES.entries()) {
      const server = await startServer(zone, String(3500 + Math.floor(Math.random() * 90) + i * 100));
      const base = `http://127.0.0.1:${server.child.spawnargs.at(-1)}`;
      try {
        for (const reader of ZONES) {
          for (const path of ['/?tab=timeline', '/events/blinken-beijing-2023-06?tab=timeline&lang=zh']) {
            pictures.set(`${zone} server, ${reader} reader, ${path}`, await drawn(base, reader, path));
          }
        }
      } finally {
        await stopServer(server);
      }
    }
    const byPath = (path: string) => [...pictures].filter(([k]) => k.endsWith(path)).map(([, v]) => v);
    for (const path of ['/?tab=timeline', '/events/blinken-beijing-2023-06?tab=timeline&lang=zh']) {
      const all = byPath(path);
      expect(all).toHaveLength(9);
      expect(new Set(all).size).toBe(1);
    }
    // The 14 June 2023 call is drawn on 14 June (a UTC day), with the month and year on the axis.
    const seed = JSON.parse(byPath('/?tab=timeline')[0]!) as { ticks: [string, string, string][]; marks: [string, string, string][]; title: string };
    expect(seed.marks.some(([, value]) => value === '2023-06-14')).toBe(true);
    expect(seed.ticks.some(([, , label]) => /Jun 2023/.test(label))).toBe(true);
    expect(seed.title).toMatch(/2023/);
  }, 300_000);

  it('counts marks outside the view at the lane edges, and the count pans to them', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${inject('baseURL')}/events/blinken-beijing-2023-06?tab=timeline`);
    await hydrated(page);
    const before = page.locator('[data-offscreen="before"]').first();
    await before.waitFor();
    const firstTick = await page.locator('[data-tick]').first().getAttribute('data-tick');
    await before.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-tick]').first().getAttribute('data-tick')).not.toBe(firstTick);
    expect(Number(await page.locator('[data-tick]').first().getAttribute('data-tick'))).toBeLessThan(Number(firstTick));
    await screenshot(page, 'timeline-panned');
    await context.close();
  }, 60_000);
});
