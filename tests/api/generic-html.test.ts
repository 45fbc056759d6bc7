import { describe, expect, it } from 'vitest';
import { isArchiveMarkdown, toArticle } from '../../lib/api/to-article';
import { htmlToArticle, htmlShape } from '../../lib/ingest/generic-html';
import { IngestError } from '../../lib/ingest/ingest-error';

const BODY = '<p>美国国务卿布林肯周日抵达北京，与中国外长秦刚举行会谈。</p><p>外交部发言人表示，双方同意保持沟通。</p>';
const PAGE = `<!doctype html><html lang="zh-CN"><head><title>布林肯访华 - 示例新闻</title>
<meta property="og:site_name" content="示例新闻"><meta property="og:title" content="布林肯抵达北京">
<meta property="article:published_time" content="2023-06-18T22:54:00+08:00"><meta name="author" content="王小明">
<link rel="canonical" href="https://news.example.cn/2023/06/18/blinken.html"><script>var tracking = 1;</script></head>
<body><nav><a href="/">首页</a> <a href="/world">国际</a></nav><article><h1>布林肯抵达北京</h1>${BODY}</article><footer>版权所有</footer></body></html>`;

describe('htmlToArticle', () => {
  const article = htmlToArticle(PAGE, 'page.html');
  it.each([
    ['title (og:title)', article.title, '布林肯抵达北京'],
    ['url (canonical)', article.url, 'https://news.example.cn/2023/06/18/blinken.html'],
    ['outlet name (og:site_name)', article.outlet.name, '示例新闻'],
    ['outlet id (host)', article.outlet.id, 'unknown-news-example-cn'],
    ['outlet zone (from the date offset)', article.outlet.timeZone, 'Etc/GMT-8'],
    ['publishedAt (article:published_time)', article.publishedAt, '2023-06-18T14:54:00.000Z'],
    ['byline (meta author)', article.byline, '王小明'],
    ['script', article.script, 'simplified'],
    ['text (paragraphs joined by a blank line)', article.text, '美国国务卿布林肯周日抵达北京，与中国外长秦刚举行会谈。\n\n外交部发言人表示，双方同意保持沟通。'],
  ])('reads the %s', (_label, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('gives paragraph spans that slice the text', () => {
    for (const p of article.paragraphs) expect(article.text.slice(p.start, p.end)).not.toMatch(/^\s|\s$|\n/);
    expect(article.paragraphs).toHaveLength(2);
  });

  it('refuses a page with no story text', () => {
    expect(() => htmlToArticle('<html><body><nav></nav></body></html>', 'empty.html')).toThrow(IngestError);
  });

  it('reads a story longer than the Readability text budget whole (the linear reader takes it)', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `第${i + 1}段。${'布林肯说双方同意保持沟通。'.repeat(120)}`);
    const long = PAGE.replace(BODY, paragraphs.map((p) => `<p>${p}</p>`).join(''));
    const read = htmlToArticle(long, 'long.html');
    expect(read.text.length).toBeGreaterThan(50_000);
    expect(read.paragraphs.map((p) => read.text.slice(p.start, p.end))).toEqual(paragraphs);
  });
});

describe('pathological HTML is read or refused, never crashes (its time is measured in bench/hostile-inputs.ts)', () => {
  const shapes: [string, string][] = [
    ['5,000 nested divs', `<html><body>${'<div>'.repeat(5000)}${BODY}${'</div>'.repeat(5000)}</body></html>`],
    ['500 nested divs (slow for Readability)', `<html><body>${'<div>'.repeat(500)}${BODY}${'</div>'.repeat(500)}</body></html>`],
    ['30,000 attributes on one element', `<html><body><p ${Array.from({ length: 30_000 }, (_, i) => `a${i}="v"`).join(' ')}>${BODY}</p></body></html>`],
    ['45,000 sibling paragraphs', `<html><body>${'<p>文字。</p>'.repeat(45_000)}</body></html>`],
    // Readability is superlinear on long text (2 Mi characters of Chinese in one paragraph: 53 s); past its text budget the linear reader takes it.
    ['one paragraph of 1 Mi characters of Chinese', `<html><body><article><p>${'布林肯说双方同意保持沟通。'.repeat(80_000)}</p></article></body></html>`],
    ['the largest page Readability gets (3,000 tags, 48 deep)', `<html><body>${`${'<div>'.repeat(46)}<p>美国国务卿布林肯周日抵达北京。</p>${'</div>'.repeat(46)}`.repeat(60)}</body></html>`],
  ];
  it.each(shapes)('%s', (_label, html) => {
    let outcome: string;
    try {
      outcome = htmlToArticle(html, 'x.html').text.slice(0, 10);
    } catch (e) {
      outcome = e instanceof IngestError ? 'refused' : 'crashed';
    }
    expect(outcome).not.toBe('crashed');
  }, 30_000);

  it('refuses more than 50,000 start tags', () => {
    expect(() => htmlToArticle(`<html><body>${'<b>x</b>'.repeat(50_001)}</body></html>`, 'x.html')).toThrow(/too complex/);
  });

  it('measures depth and tags in one scan', () => {
    expect(htmlShape('<div><div><p>x<br></div></div>')).toEqual({ startTags: 4, depth: 2, attributes: 0, maxElementAttributes: 0, textChars: 1 });
  });
});

describe('toArticle', () => {
  it.each([
    ['plain text', `标题\n\n${'x'.repeat(50_000)}\n\n布林肯说双方同意保持沟通。`],
    ['an HTML page (49,000 inline tags of one letter)', `<html><body><article>${'<i>x</i>'.repeat(49_000)}<p>布林肯说双方同意保持沟通。</p></article></body></html>`],
  ])('refuses story text with a run of tens of thousands of letters in %s, naming the limit', (_label, content) => {
    expect(() => toArticle({ name: 'w.txt', content })).toThrow(/"word" of \d+ letters or digits without a break \(limit 200\)/);
  });

  it('takes the longest real words and identifiers', () => {
    const text = `Pneumonoultramicroscopicsilicovolcanoconiosis ${'a'.repeat(200)} 0x${'f'.repeat(64)}\n\nBlinken arrived in Beijing on Sunday.`;
    expect(toArticle({ name: 'ok.txt', content: `Title\n\n${text}` }).text).toContain('a'.repeat(200));
  });

  it.each([
    ['front matter + link + rule', '---\ntitle: x\n---\n[标题](https://a.example/1)\n------\n<p>正文</p>', true],
    ['epoch comment + link + rule', '<!--1686746702000-->\n[标题](https://a.example/1)\n------\n<p>正文</p>', true],
    ['NaN comment + link + rule', '<!--NaN-->\n[标题](https://a.example/1)\n------\n<p>正文</p>', true],
    ['a title with brackets', '---\ntitle: "[Chinese] 标题"\n---\n<!--1687181935000-->\n[[Chinese] 标题](https://a.example/1?x=1&y=2)\n------\n<p>正文</p>', true],
    ['an HTML page', PAGE, false],
    ['plain text', '标题\n\n正文。', false],
  ])('recognises the archive format: %s → %s', (_label, text, expected) => {
    expect(isArchiveMarkdown(text)).toBe(expected);
  });

  it('reads an archive file whose title has brackets as the archive format: outlet from its URL, date from its epoch comment', () => {
    const body = '<div><time datetime="2023-06-19">2023年6月19日</time><p>美国国务卿布林肯周一在北京会见了中国国家主席习近平，双方同意稳定两国关系。</p><p>布林肯说，双方在一些具体问题上取得了进展。</p></div>';
    const content = `---\ntitle: "[Chinese] 布林肯访华"\ndate: 2023-06-19T13:38:55.000Z\nauthor: BBC\n---\n<!--1687181935000-->\n[[Chinese] 布林肯访华](https://www.bbc.com/zhongwen/simp/chinese-news-1?at_medium=RSS&at_campaign=X)\n------\n\n${body}\n`;
    const a = toArticle({ name: 'bbc.md', content });
    expect(a.outlet.id).toBe('bbc');
    expect(a.publishedAt).toBe('2023-06-19T13:38:55.000Z');
    expect(a.publishedEvidence.kind).toBe('epoch-comment');
    expect(a.title).toBe('[Chinese] 布林肯访华');
  });

  it('reads plain text with a short first line as the title', () => {
    const a = toArticle({ name: 'note.txt', content: '布林肯访华\n\n美国国务卿布林肯周日抵达北京。\n他与秦刚会谈。\n\n双方同意保持沟通。' });
    expect(a.title).toBe('布林肯访华');
    expect(a.text).toBe('美国国务卿布林肯周日抵达北京。他与秦刚会谈。\n\n双方同意保持沟通。');
  });

  it('applies the overrides: outlet, title, url, publishedAt', () => {
    const a = toArticle({ name: 'p.html', content: PAGE, outlet: 'My Paper', title: '新标题', url: 'https://mine.example/a', publishedAt: '2023-06-19' });
    expect(a.outlet).toMatchObject({ id: 'user-my-paper', name: 'My Paper' });
    expect([a.title, a.url, a.publishedAt]).toEqual(['新标题', 'https://mine.example/a', '2023-06-19T00:00:00.000Z']);
    expect(a.publishedEvidence.raw).toBe('user: 2023-06-19');
  });

  it('maps an outlet name the registry knows to that outlet', () => {
    expect(toArticle({ name: 'a.txt', content: '标题\n\n正文内容。', outlet: 'RFI' }).outlet.id).toBe('rfi');
  });
});
