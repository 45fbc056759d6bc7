import { describe, expect, it } from 'vitest';
import { readHtmlMeta } from '../../lib/api/html-meta';
import { describeFailures, readArticles } from '../../lib/api/to-article';
import { isPlausible, readMetaDate } from '../../lib/ingest/dates/meta-date';
import { readWrittenDate } from '../../lib/ingest/dates/written-date';
import { readJsonLd } from '../../lib/ingest/json-ld';
import { findAdapter } from '../../lib/ingest/outlets/registry';
import { siteNameFromTitle, stripSiteName } from '../../lib/ingest/site-name';
import { itemErrorsOf, type Item } from '../../components/upload/upload-request';

describe('readWrittenDate reads dates as pages print them, in the page language', () => {
  it.each([
    ['7 de julio de 2024 • 10:20', 'es', 'America/Argentina/Buenos_Aires', '2024-07-07T13:20:00.000Z'],
    ['May 21, 2024 at 9:47 p.m. EDT', 'en-US', 'UTC', '2024-05-22T01:47:00.000Z'],
    ['3.mai.2024 às 17h15', 'pt-BR', 'America/Sao_Paulo', '2024-05-03T20:15:00.000Z'],
    ['19. 9. 2024 10:42', 'cs', 'Europe/Prague', '2024-09-19T08:42:00.000Z'],
    ['19. září 2024', 'cs', 'Europe/Prague', '2024-09-18T22:00:00.000Z'],
    ['Sat 30 Sep 2023 06.00 BST', 'en', 'UTC', '2023-09-30T05:00:00.000Z'],
    ['16 avril 2024 à 07h30', 'fr', 'Europe/Paris', '2024-04-16T05:30:00.000Z'],
  ])('%s (%s)', (text, lang, zone, instant) => {
    expect(readWrittenDate(text, lang, zone)?.instant).toBe(instant);
  });

  it.each([['The year 2024 was good'], ['31 February 2024'], ['Page 3 of 2024 results, see more']])('is not fooled by %s', (text) => {
    expect(readWrittenDate(text, 'en', 'UTC')).toBeNull();
  });
});

describe('metadata dates', () => {
  it.each([
    ['2023-06-18T22:54:00+08:00', '2023-06-18T14:54:00.000Z', true],
    ['2023-06-18T22:54:00+0800', '2023-06-18T14:54:00.000Z', true],
    ['2023-06-18 22:54:00', '2023-06-18T14:54:00.000Z', false],
    ['20230618', '2023-06-17T16:00:00.000Z', false],
    ['1687099440', '2023-06-18T14:44:00.000Z', true],
  ])('reads %s in the outlet zone when it has none', (raw, instant, zoned) => {
    const read = readMetaDate(raw, 'meta[x]', 'Asia/Shanghai');
    expect(read?.finding.instant).toBe(instant);
    expect(read?.zoned).toBe(zoned);
  });

  const now = Date.UTC(2025, 0, 1);
  const finding = (iso: string) => ({ kind: 'front-matter' as const, raw: iso, timeZone: 'UTC', instant: iso, precision: 'time' as const });
  it.each([
    ['after the upload time', '2089-09-06T10:00:00.000Z', {}, false],
    ['before 1990', '1989-11-10T00:00:00.000Z', {}, false],
    ['before 1990 on an archive page', '1989-11-10T00:00:00.000Z', { archive: true }, true],
    ['an ordinary date', '2024-01-01T00:00:00.000Z', {}, true],
  ])('a date %s is plausible: %s', (_label, iso, options, expected) => {
    expect(isPlausible(finding(iso), now, { zoned: true, ...options })).toBe(expected);
  });
});

describe('JSON-LD', () => {
  it('resolves @graph, @id references and author arrays', () => {
    const ld = readJsonLd([
      JSON.stringify({
        '@graph': [
          { '@type': 'NewsArticle', headline: 'H', datePublished: '2024-01-02', author: [{ '@type': 'Person', name: 'A B' }, { name: 'C D' }], publisher: { '@id': '#org' }, articleBody: 'Body.' },
          { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'The Paper' },
        ],
      }),
    ]);
    expect(ld).toMatchObject({ headline: 'H', datePublished: '2024-01-02', authors: ['A B', 'C D'], publisher: 'The Paper', articleBody: 'Body.' });
  });

  it('survives malformed blocks and raw new lines inside strings', () => {
    expect(readJsonLd(['{oops', '{"@type":"Article","headline":"a\nb"}']).headline).toBe('a b');
  });
});

describe('site names and titles', () => {
  it.each([
    ['习近平会见布林肯_光明网', '习近平会见布林肯', '光明网'],
    ['标题新闻-新闻-腾讯网', undefined, '腾讯网'],
    ['River levels fall - BBC News', 'River levels fall', 'BBC News'],
    ['COVID-19 vaccines arrive in rural clinics', undefined, undefined],
  ])('the site in "%s"', (title, headline, site) => {
    expect(siteNameFromTitle(title, headline)).toBe(site);
  });

  it('strips the site name around a headline', () => {
    expect(stripSiteName('River levels fall - BBC News', ['BBC News'])).toBe('River levels fall');
  });

  it('reads og:site_name, preferring the publisher’s fuller form', () => {
    const ld = ['{"@type":"NewsArticle","headline":"x","publisher":{"name":"The Washington Post"}}'];
    expect(readHtmlMeta('<meta property="og:site_name" content="Washington Post">', ld).siteName).toBe('The Washington Post');
    expect(readHtmlMeta('<meta property="og:site_name" content="BBC News">', ld).siteName).toBe('BBC News');
  });
});

describe('outlets told apart by path and language', () => {
  it.each([
    ['https://www.bbc.com/news/uk-123', undefined, 'bbc-news'],
    ['https://www.bbc.com/zhongwen/simp/chinese-news-1', undefined, 'bbc'],
    ['https://www.voanews.com/a/x/1.html', undefined, 'voa-news'],
    ['https://www.voachinese.com/a/x/1.html', undefined, 'voa'],
    ['https://www.rfi.fr/fr/afrique/x', 'fr', null],
    ['https://www.rfi.fr/cn/中国/x', 'zh-CN', 'rfi'],
    ['', 'en', 'bbc-news'],
    ['', 'zh', 'bbc'],
  ])('%s (language %s) with site name "BBC" → %s', (url, lang, id) => {
    expect(findAdapter(url, 'BBC', { language: lang })?.outlet.id ?? null).toBe(id);
  });
});

describe('a comparison with unreadable articles', () => {
  it('reads every article and names every failing one', () => {
    const result = readArticles([
      { name: 'ok.txt', content: '标题\n\n美国国务卿布林肯周日抵达北京。' },
      { name: 'empty.html', content: '<html><body><nav><a href="/">Home</a></nav></body></html>' },
      { name: 'blank.html', content: '<html><body><footer>©</footer></body></html>' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failures.map((f) => f.name)).toEqual(['empty.html', 'blank.html']);
    expect(result.error).toMatch(/^2 articles cannot be used: article "empty\.html": no story text.*; article "blank\.html": no story text/);
    expect(describeFailures([{ name: 'a', problem: 'p' }])).toBe('article "a": p');
  });

  it('lets the upload form mark each article the message names', () => {
    const item = (name: string) => ({ key: name, name, encoding: '', edits: {}, preview: null, busy: false, error: null }) as Item;
    const items = [item('ok.txt'), item('empty.html'), item('blank.html')];
    const marked = itemErrorsOf('2 articles cannot be used: article "empty.html": no story text; article "blank.html": too large', items);
    expect([...marked]).toEqual([
      [1, 'article "empty.html": no story text'],
      [2, 'article "blank.html": too large'],
    ]);
  });
});
