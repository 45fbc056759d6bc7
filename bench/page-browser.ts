import { chromium } from 'playwright-core';
import { PAINT_MEASURE } from '../components/comparison/paint-highlights';

/** One page load in Chromium, in milliseconds from navigation start. */
export interface BrowserLoad {
  /** The HTML fully received (server time and transfer). */
  responseMs: number;
  /** The `load` event ended (HTML, CSS, scripts fetched and run). */
  loadMs: number;
  /** The first highlight span is in the DOM (hydrated and highlighted). */
  highlightsMs: number;
  /**
   * Main-thread time of the page's renderer until the highlights are on screen (Chromium's
   * Performance domain, ms): all tasks, and the script, layout and style parts of them.
   * Tasks are wall time of the main thread's tasks (they stretch when other processes take the
   * cores); `threadMs` is the CPU time of the renderer's main thread from navigation start
   * (Chromium's ThreadTime), the figure to read on a shared machine.
   */
  cpu: { taskMs: number; scriptMs: number; layoutMs: number; styleMs: number; threadMs: number; threadAtLoadMs: number };
  /**
   * Main-thread time the columns spent painting their highlights (the page's
   * `parallax:paint-highlights` measures, summed): before the first highlight was seen (the
   * paragraphs on screen), and in all (the rest is painted when the page is idle).
   */
  paintMs: { first: number; all: number };
}

/**
 * Records when the first highlight span appears, from the first byte of the document on, and the
 * painting measured by then (`paintMeasure` entries: the observer runs once the task that painted
 * the paragraphs on screen has ended, before the idle painting of the rest).
 */
function watchHighlights(paintMeasure: string): void {
  const w = window as unknown as { __highlightsAt?: number; __paintedFirst?: number };
  new MutationObserver((_records, observer) => {
    if (w.__highlightsAt === undefined && document.querySelector('.columns [data-entity]')) {
      w.__highlightsAt = performance.now();
      w.__paintedFirst = performance.getEntriesByName(paintMeasure).reduce((sum, e) => sum + e.duration, 0);
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Waits until Chromium's processes are idle (under 15 ms of CPU in each of two 150 ms windows;
 * 5 s at most). Headless Chromium builds a new window's own interface (the omnibox popup, a
 * WebUI page of some hundred modules) when a context opens its first page: about 0.5-1 s of
 * CPU that, started with the navigation, ran beside the measured load on the two cores and
 * added about 150-300 ms to it. A reader's window is open before they follow a link.
 */
async function browserIdle(cpuMs: () => Promise<number>): Promise<void> {
  const deadline = Date.now() + 5000;
  let last = await cpuMs();
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    const now = await cpuMs();
    quiet = now - last < 15 ? quiet + 1 : 0;
    last = now;
  }
}

/**
 * Loads `url` `runs` times in Debian's Chromium (headless, as the e2e tests run it), each in a
 * fresh browser context (empty cache: every script is fetched) whose window is open and idle
 * before the navigation starts, after one warm-up load.
 */
export async function browserLoads(url: string, runs: number): Promise<BrowserLoad[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const system = await browser.newBrowserCDPSession();
    const cpuMs = async (): Promise<number> =>
      1000 * (await system.send('SystemInfo.getProcessInfo')).processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
    const out: BrowserLoad[] = [];
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.addInitScript(watchHighlights, PAINT_MEASURE);
      await browserIdle(cpuMs);
      const before = await cdp.send('Performance.getMetrics');
      await page.goto(url, { waitUntil: 'load' });
      const atLoad = await cdp.send('Performance.getMetrics');
      await page.waitForFunction(() => (window as unknown as { __highlightsAt?: number }).__highlightsAt !== undefined, null, { timeout: 30_000 });
      const load = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return { responseMs: nav?.responseEnd ?? NaN, loadMs: nav?.loadEventEnd ?? NaN, highlightsMs: (window as unknown as { __highlightsAt: number }).__highlightsAt };
      });
      const { metrics } = await cdp.send('Performance.getMetrics');
      const painted = (name: string) => performance.getEntriesByName(name).reduce((sum, e) => sum + e.duration, 0);
      const first = await page.evaluate(() => (window as unknown as { __paintedFirst: number }).__paintedFirst);
      // Two measures per column: the paragraphs on screen, then the rest when idle.
      await page.waitForFunction((name) => performance.getEntriesByName(name).length >= 2 * document.querySelectorAll('.columns > .column').length, PAINT_MEASURE, { timeout: 10_000 });
      const paintMs = { first, all: await page.evaluate(painted, PAINT_MEASURE) };
      const metric = (name: string): number => 1000 * (metrics.find((m) => m.name === name)?.value ?? NaN);
      const threadAtStart = 1000 * (before.metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
      const cpu = {
        taskMs: metric('TaskDuration'),
        scriptMs: metric('ScriptDuration'),
        layoutMs: metric('LayoutDuration'),
        styleMs: metric('RecalcStyleDuration'),
        threadMs: metric('ThreadTime') - threadAtStart,
        threadAtLoadMs: 1000 * (atLoad.metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) - threadAtStart,
      };
      if (i > 0) out.push({ ...load, cpu, paintMs });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}
