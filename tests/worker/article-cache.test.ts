import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticles, articleAnalysisKey, ArticleCache } from '../../lib/analyze';
import { parseArticle } from '../../lib/ingest';

const dir = fileURLToPath(new URL('../../seeds/biden-xi-dictator-2023-06/', import.meta.url));
const [a, b, c] = [
  'cna-2023-06-21-zaobao-report-blocked-in-hk.md',
  'rfi-2023-06-21-biden-xi-dictator-china-absurd.md',
  'voa-2023-06-21-beijing-angered-ties-strained.md',
].map((f) => parseArticle(readFileSync(dir + f, 'utf8'), f)) as [ReturnType<typeof parseArticle>, ReturnType<typeof parseArticle>, ReturnType<typeof parseArticle>];

describe('ArticleCache: each article analysed once across comparisons', () => {
  it('gives the same analysis as no cache when an article comes back in another comparison and another position', () => {
    const cache = new ArticleCache(1_000_000);
    const first = JSON.stringify(analyzeArticles([a, b], { cache }));
    expect(cache.stats).toEqual({ hits: 0, misses: 2 });
    const second = JSON.stringify(analyzeArticles([c, a], { cache }));
    expect(cache.stats).toEqual({ hits: 1, misses: 3 });
    expect(second).toBe(JSON.stringify(analyzeArticles([c, a])));
    // A stored value is never changed by the comparisons that read it.
    expect(JSON.stringify(analyzeArticles([a, b], { cache }))).toBe(first);
    expect(cache.stats).toEqual({ hits: 3, misses: 3 });
  });

  it('keys an article by its analysed content: the title does not count, the text and publication instant do', () => {
    expect(articleAnalysisKey({ ...a, title: 'another title' })).toBe(articleAnalysisKey(a));
    expect(articleAnalysisKey({ ...a, text: `${a.text} ` })).not.toBe(articleAnalysisKey(a));
    expect(articleAnalysisKey({ ...a, publishedAt: '2020-01-01T00:00:00.000Z' })).not.toBe(articleAnalysisKey(a));
  });

  it('holds no more characters than its bound, dropping the least recently used article first', () => {
    const cache = new ArticleCache(a.text.length + b.text.length + c.text.length - 1);
    analyzeArticles([a, b], { cache });
    expect(cache.size).toBe(2);
    analyzeArticles([c, b], { cache });
    // c came in, a (least recently used) went out; b stays.
    expect(cache.stats).toEqual({ hits: 1, misses: 3 });
    analyzeArticles([b], { cache });
    expect(cache.stats.hits).toBe(2);
    analyzeArticles([a], { cache });
    expect(cache.stats.misses).toBe(4);
  });
});
