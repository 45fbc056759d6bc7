/**
 * Saved pages (tests/fixtures/saved-pages): each page read as the upload form sends it
 * (bytes → decode → format detection → extraction) and compared with what a careful
 * reader takes from it. Figures: pages accepted; text recall and precision (multiset
 * overlap of words — CJK characters count one each — micro-averaged over accepted pages);
 * titles, bylines, outlets and dates right; impossible dates (after the upload time, or
 * before 1990 on a page that is not an archive page).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { toArticle } from '../lib/api/to-article';
import type { Article } from '../lib/schema/article';
import { figure, heading, info, table } from './report';

export const SavedPageExpected = z.strictObject({
  split: z.enum(['tuning', 'test']),
  lang: z.string(),
  url: z.string(),
  title: z.string(),
  byline: z.string(),
  publishedAt: z.string(),
  outlet: z.string(),
  text: z.string(),
  source: z.string().optional(),
});
export type SavedPageExpected = z.infer<typeof SavedPageExpected>;

/** The upload time the set is read at: after every page's publication. */
export const SAVED_PAGES_NOW = Date.UTC(2025, 5, 1);

export interface PageResult {
  slug: string;
  split: 'tuning' | 'test';
  bytes: number;
  accepted: boolean;
  error?: string;
  recall: number;
  precision: number;
  overlap: number;
  expectedTokens: number;
  actualTokens: number;
  title: boolean;
  byline: boolean;
  outlet: boolean;
  date: boolean;
  impossibleDate: boolean;
  article?: Article;
  expected: SavedPageExpected;
}

/** Words (Latin, Cyrillic, digits) and single CJK characters, lower-cased. */
export function tokens(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? []) as string[];
}

function overlapOf(expected: readonly string[], actual: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of expected) counts.set(t, (counts.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of actual) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      n++;
      counts.set(t, c - 1);
    }
  }
  return n;
}

const squash = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Byline names as a set: split on commas and the words for "and". */
function names(byline: string | undefined): string {
  return (byline ?? '')
    .split(/\s*(?:,|，|、|;|\band\b|\bet\b|\by\b|\be\b|\ba\b|和|與|与)\s*/i)
    .map(squash)
    .filter(Boolean)
    .sort()
    .join('|');
}

/** Reads one page folder and scores it. */
export function scorePage(dir: string, slug: string): PageResult {
  const expected = SavedPageExpected.parse(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
  const bytes = new Uint8Array(readFileSync(join(dir, 'page.html')));
  const base = { slug, split: expected.split, bytes: bytes.length, expected };
  let article: Article;
  try {
    article = toArticle({ name: `${slug}.html`, bytes }, { now: SAVED_PAGES_NOW });
  } catch (e) {
    const none = { recall: 0, precision: 0, overlap: 0, expectedTokens: tokens(expected.text).length, actualTokens: 0 };
    return { ...base, ...none, accepted: false, error: e instanceof Error ? e.message : String(e), title: false, byline: false, outlet: false, date: false, impossibleDate: false };
  }
  const want = tokens(expected.text);
  const got = tokens(article.text);
  const overlap = overlapOf(want, got);
  const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  const archive = /archive\.org/.test(expected.url);
  return {
    ...base,
    accepted: true,
    article,
    recall: want.length ? overlap / want.length : 1,
    precision: got.length ? overlap / got.length : 0,
    overlap,
    expectedTokens: want.length,
    actualTokens: got.length,
    title: squash(article.title) === squash(expected.title),
    byline: names(article.byline) === names(expected.byline),
    outlet: squash(article.outlet.name) === squash(expected.outlet),
    date: Number.isFinite(published) && Math.abs(published - Date.parse(expected.publishedAt)) <= 60_000,
    impossibleDate: Number.isFinite(published) && (published > SAVED_PAGES_NOW || (!archive && published < Date.UTC(1990, 0, 1))),
  };
}

/** Every page of the set, in folder order. */
export function scoreSavedPages(root: string): PageResult[] {
  const dir = join(root, 'tests', 'fixtures', 'saved-pages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'make')
    .map((d) => d.name)
    .sort()
    .map((slug) => scorePage(join(dir, slug), slug));
}

export interface SavedPageFigures {
  pages: number;
  accepted: number;
  recall: number;
  precision: number;
  titles: number;
  bylines: number;
  outlets: number;
  dates: number;
  impossibleDates: number;
}

/** Totals over a list of page results (text figures micro-averaged over accepted pages). */
export function summarize(results: readonly PageResult[]): SavedPageFigures {
  const ok = results.filter((r) => r.accepted);
  const sum = (f: (r: PageResult) => number) => ok.reduce((n, r) => n + f(r), 0);
  const count = (f: (r: PageResult) => boolean) => ok.filter(f).length;
  return {
    pages: results.length,
    accepted: ok.length,
    recall: sum((r) => r.overlap) / Math.max(1, sum((r) => r.expectedTokens)),
    precision: sum((r) => r.overlap) / Math.max(1, sum((r) => r.actualTokens)),
    titles: count((r) => r.title),
    bylines: count((r) => r.byline),
    outlets: count((r) => r.outlet),
    dates: count((r) => r.date),
    impossibleDates: count((r) => r.impossibleDate),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function report(label: string, s: SavedPageFigures): void {
  console.log(`\n  ${label}: ${s.pages} pages`);
  figure('pages accepted', `${s.accepted}/${s.pages}`, 'all', s.accepted === s.pages);
  figure('text recall (micro)', pct(s.recall), '≥ 98%', s.recall >= 0.98);
  figure('text precision (micro)', pct(s.precision), '≥ 99%', s.precision >= 0.99);
  figure('titles right', `${s.titles}/${s.accepted}`, 'all', s.titles === s.accepted);
  figure('bylines right', `${s.bylines}/${s.accepted}`, '≥ 95%', s.bylines >= 0.95 * s.accepted);
  figure('outlets named as the page does', `${s.outlets}/${s.accepted}`, 'all', s.outlets === s.accepted);
  figure('dates right (±1 min)', `${s.dates}/${s.accepted}`, 'all', s.dates === s.accepted);
  figure('impossible dates', String(s.impossibleDates), '0', s.impossibleDates === 0);
}

/** The bench section. */
export function runSavedPages(root: string, verbose: boolean): void {
  heading('(g) Saved pages: any news page saved from a browser');
  const started = performance.now();
  const results = scoreSavedPages(root);
  const ms = performance.now() - started;
  const big = results.filter((r) => r.bytes > 1024 * 1024).length;
  info('pages (over 1 MiB)', `${results.length} (${big})`);
  info('extraction time, all pages', `${(ms / 1000).toFixed(1)} s`);
  report('tuning part (used while building the reader)', summarize(results.filter((r) => r.split === 'tuning')));
  report('TEST part (never tuned on)', summarize(results.filter((r) => r.split === 'test')));
  report('all pages', summarize(results));
  const misses = results.filter((r) => !r.accepted || r.recall < 0.98 || r.precision < 0.99 || !r.title || !r.byline || !r.outlet || !r.date);
  if (misses.length > 0 && verbose) {
    console.log('');
    table(
      ['page', 'split', 'recall', 'prec.', 'title', 'byline', 'outlet', 'date'],
      misses.map((r) => [r.slug, r.split, pct(r.recall), pct(r.precision), r.title ? 'ok' : 'x', r.byline ? 'ok' : 'x', r.outlet ? 'ok' : 'x', r.date ? 'ok' : 'x']),
    );
    for (const r of misses) {
      if (!r.accepted) console.log(`  ${r.slug}: refused: ${r.error}`);
      else {
        const a = r.article!;
        if (!r.title) console.log(`  ${r.slug}: title "${a.title}" (expected "${r.expected.title}")`);
        if (!r.byline) console.log(`  ${r.slug}: byline "${a.byline ?? ''}" (expected "${r.expected.byline}")`);
        if (!r.outlet) console.log(`  ${r.slug}: outlet "${a.outlet.name}" (expected "${r.expected.outlet}")`);
        if (!r.date) console.log(`  ${r.slug}: date ${a.publishedAt} from ${a.publishedEvidence.raw} (expected ${r.expected.publishedAt})`);
      }
    }
  } else if (misses.length > 0) {
    info('pages with a miss (--verbose lists)', misses.map((r) => r.slug).join(', '));
  }
}
