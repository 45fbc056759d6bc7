import { describe, expect, it } from 'vitest';
import { scoreSavedPages, summarize } from '../../bench/saved-pages';

/**
 * The saved-page test set (tests/fixtures/saved-pages, see its README): every page is
 * accepted and never gets an impossible date; the tuning part meets the goals page
 * by page. The TEST part's figures are printed by `npm run bench` (section g), not tuned here.
 */
const results = scoreSavedPages(process.cwd());

describe('saved pages', () => {
  it('has at least 15 pages in several languages, some over 1 MiB', () => {
    expect(results.length).toBeGreaterThanOrEqual(15);
    expect(new Set(results.map((r) => r.expected.lang.slice(0, 2))).size).toBeGreaterThanOrEqual(5);
    expect(results.filter((r) => r.bytes > 1024 * 1024).length).toBeGreaterThanOrEqual(2);
  });

  it.each(results.map((r) => [r.slug, r] as const))('accepts %s without an impossible date', (_slug, r) => {
    expect(r.error).toBeUndefined();
    expect(r.accepted).toBe(true);
    expect(r.impossibleDate).toBe(false);
  });

  const tuning = results.filter((r) => r.split === 'tuning');
  it.each(tuning.map((r) => [r.slug, r] as const))('reads %s (tuning part): title, byline, outlet, date, text', (_slug, r) => {
    const a = r.article!;
    expect({ title: r.title, byline: r.byline, outlet: r.outlet, date: r.date }, `${a.title} | ${a.byline ?? ''} | ${a.outlet.name} | ${a.publishedAt}`).toEqual({
      title: true,
      byline: true,
      outlet: true,
      date: true,
    });
    expect(r.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('meets text recall ≥ 98% and precision ≥ 99% on the tuning part', () => {
    const s = summarize(tuning);
    expect(s.recall).toBeGreaterThanOrEqual(0.98);
    expect(s.precision).toBeGreaterThanOrEqual(0.99);
  });

  it('falls back to JSON-LD articleBody when the page body holds no story (a script-rendered shell)', () => {
    const qq = results.find((r) => r.slug === 'qq-zh-museum')!;
    expect(qq.recall).toBeGreaterThanOrEqual(0.98);
    expect(qq.article!.outlet.name).toBe('腾讯网');
  });

  it('tells BBC News from BBC 中文 and VOA from 美国之音 by path and language', () => {
    const outlet = (slug: string) => results.find((r) => r.slug === slug)!.article!.outlet;
    expect(outlet('bbc-news-en-flood')).toMatchObject({ id: 'bbc-news', name: 'BBC News' });
    expect(outlet('bbc-zhongwen-lantern')).toMatchObject({ id: 'bbc', name: 'BBC 中文' });
    expect(outlet('voanews-en-satellite')).toMatchObject({ id: 'voa-news', english: 'VOA' });
    expect(outlet('voachinese-zh-exports')).toMatchObject({ id: 'voa', name: '美国之音' });
  });

  it('skips a publication date after the upload time and takes the next plausible one', () => {
    const broken = results.find((r) => r.slug === 'guardian-en-broken-pubdate')!;
    expect(broken.article!.publishedAt).toBe('2024-09-06T10:00:00.000Z');
    expect(broken.article!.publishedEvidence.raw).toMatch(/^json-ld\[datePublished\]/);
  });
});
