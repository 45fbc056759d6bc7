import { describe, expect, it } from 'vitest';
import { IngestError, parseArticle } from '../../lib/ingest';
import { readSeed } from './support/seeds';

/** A bare-variant archive file: optional epoch comment, link line, rule, body. */
function bare(title: string, url: string, body: string, epoch = '<!--NaN-->'): string {
  return `${epoch}\n[${title}](${url})\n------\n\n${body}\n`;
}

const BODY = '<p>第一段正文，说明发生了什么。</p><p>第二段正文。</p>';

/** Replaces a seed's epoch comment with `<!--NaN-->`. */
function withNaNEpoch(file: string): { raw: string; name: string } {
  const { raw, name } = readSeed(file);
  return { raw: raw.replace(/<!--\d+-->/, '<!--NaN-->'), name };
}

describe('archive format variants', () => {
  it('parses a file without front matter like the same file with it', () => {
    const { raw, name } = readSeed('seeds/blinken-beijing-2023-06/dw-2023-06-14-qin-blinken-call.md');
    const stripped = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(stripped.startsWith('<!--')).toBe(true);
    const a = parseArticle(raw, name);
    const b = parseArticle(stripped, name);
    expect(b.outlet.id).toBe('dw');
    expect(b.text).toBe(a.text);
    expect(b.publishedAt).toBe(a.publishedAt);
    expect(b.id).not.toBe(a.id);
  });

  it('parses a body without a wrapping <div>', () => {
    const a = parseArticle(bare('标题', 'https://www.rfi.fr/cn/x', BODY, '<!--1686746702000-->'), 'x.md');
    expect(a.text).toBe('第一段正文，说明发生了什么。\n\n第二段正文。');
    expect(a.paragraphs).toEqual([
      { start: 0, end: 14, kind: 'p' },
      { start: 16, end: 22, kind: 'p' },
    ]);
  });

  it('splits <br><br>-separated blocks inside one <p> into paragraphs', () => {
    const a = parseArticle(bare('T', 'https://example.com/a', '<p>甲段。<br /><br />乙段。<br>仍是乙段。</p>'), 'br.md');
    expect(a.text).toBe('甲段。\n\n乙段。 仍是乙段。');
  });

  it('starts a paragraph at a <br> followed by an ideographic-space indent, and drops （完）', () => {
    const body = '<p>　　第一段。<br>　　第二段说完了。（完）</p><p>（完）</p>';
    const a = parseArticle(bare('T', 'https://example.com/a', body), 'indent.md');
    expect(a.text).toBe('第一段。\n\n第二段说完了。');
  });

  it('reads titles that contain square brackets', () => {
    const a = parseArticle(bare('[Chinese] [快讯] 标题 (更新)', 'https://www.bbc.com/zhongwen/simp/x-1', BODY), 'b.md');
    expect(a.title).toBe('[Chinese] [快讯] 标题 (更新)');
    expect(a.url).toBe('https://www.bbc.com/zhongwen/simp/x-1');
    expect(a.outlet.id).toBe('bbc');
  });

  it('names an unknown host after itself, in UTC', () => {
    const a = parseArticle(bare('Headline', 'https://news.example.org/story/1', BODY), 'u.md');
    expect(a.outlet).toEqual({
      id: 'unknown-news-example-org',
      name: 'news.example.org',
      english: 'news.example.org',
      timeZone: 'UTC',
    });
  });

  it('falls back to `unknown` without a URL host', () => {
    const a = parseArticle(bare('Headline', '', BODY), 'n.md');
    expect(a.outlet.id).toBe('unknown');
    expect(a.outlet.name).toBe('Unknown outlet');
  });

  it('finds the outlet from the front-matter author when the host is unknown', () => {
    const raw = `---\ntitle: "x"\nauthor: (臺)中央社CNA\n---\n${bare('標題', 'https://mirror.example.net/a', '<p>這是一則關於臺灣的報導。</p>')}`;
    const a = parseArticle(raw, 'm.md');
    expect(a.outlet.id).toBe('cna');
    expect(a.script).toBe('traditional');
    expect(a.language).toBe('zh-Hant');
  });

  it('does not execute `---js` front matter', () => {
    const g = globalThis as { pwned?: number };
    const raw = `---js\n{ title: (function () { globalThis.pwned = 1; return 'x'; })() }\n---\n${bare('T', 'https://example.com/', BODY)}`;
    try {
      parseArticle(raw, 'js.md');
    } catch (err) {
      expect(err).toBeInstanceOf(IngestError);
    }
    expect(g.pwned).toBeUndefined();
  });

  it('detects Latin-script articles as English', () => {
    const a = parseArticle(bare('Blinken in Beijing', 'https://example.com/x', '<p>Blinken met Xi on Monday.</p>'), 'en.md');
    expect(a.script).toBe('latin');
    expect(a.language).toBe('en');
  });
});

describe('content id', () => {
  const raw = bare('标题', 'https://example.com/', BODY);

  it('is a- plus 16 hex digits, stable for the same input', () => {
    const id = parseArticle(raw, 'a.md').id;
    expect(id).toMatch(/^a-[0-9a-f]{16}$/);
    expect(parseArticle(raw, 'other-name.md').id).toBe(id);
  });

  it('ignores a BOM and CRLF line ends', () => {
    expect(parseArticle(`\uFEFF${raw.replace(/\n/g, '\r\n')}`, 'a.md').id).toBe(parseArticle(raw, 'a.md').id);
  });

  it('changes when the content changes', () => {
    expect(parseArticle(raw.replace('第二段', '第三段'), 'a.md').id).not.toBe(parseArticle(raw, 'a.md').id);
  });
});

describe('publication time precedence', () => {
  it.each([
    ['RFI day-first dateline in Paris time', 'seeds/blinken-beijing-2023-06/rfi-2023-06-14-blinken-qin-call-waimei-variant.md', '14/06/2023 - 14:22', 'Europe/Paris', '2023-06-14T12:22:00.000Z'],
    ['VOA RFC 822 dateline', 'seeds/biden-xi-dictator-2023-06/voa-2023-06-21-beijing-angered-ties-strained.md', 'Wed, 21 Jun 2023 17:44:55 GMT', 'UTC', '2023-06-21T17:44:55.000Z'],
    ['DW ISO instant dateline', 'seeds/blinken-beijing-2023-06/dw-2023-06-14-qin-blinken-call.md', '2023-06-14T10:38:07.907Z', 'UTC', '2023-06-14T10:38:07.907Z'],
    ['CNA ROC serial as a Taipei date', 'seeds/biden-xi-dictator-2023-06/cna-2023-06-21-zaobao-report-blocked-in-hk.md', '1120622', 'Asia/Taipei', '2023-06-21T16:00:00.000Z'],
    ['Epoch Times 【…讯】 dateline as a New York date', 'seeds/blinken-seed-pair/003_36c5c7af3f689e4a.txt', '【大纪元2023年06月18日讯】', 'America/New_York', '2023-06-18T04:00:00.000Z'],
    ['BBC <time datetime> as a London date', 'seeds/blinken-beijing-2023-06/bbc-2023-06-19-xi-meets-blinken.md', '2023-06-19', 'Europe/London', '2023-06-18T23:00:00.000Z'],
  ])('with a NaN epoch, prefers the body dateline over front matter: %s', (_label, file, raw, timeZone, instant) => {
    const { raw: input, name } = withNaNEpoch(file);
    const a = parseArticle(input, name);
    expect(a.publishedEvidence).toEqual({ kind: 'body-dateline', raw, timeZone });
    expect(a.publishedAt).toBe(instant);
  });

  it('uses a numeric epoch comment before anything else', () => {
    const a = parseArticle(bare('T', 'https://example.com/2020/01/01/x', BODY, '<!--1687207143000-->'), 'e.md');
    expect(a.publishedEvidence).toEqual({ kind: 'epoch-comment', raw: '<!--1687207143000-->', timeZone: 'UTC' });
    expect(a.publishedAt).toBe('2023-06-19T20:39:03.000Z');
  });

  it('uses the front-matter date when the epoch is NaN and the body has no dateline', () => {
    const raw = `---\ndate: 2023-06-18T09:34:53.648Z\n---\n${bare('T', 'https://example.com/2020/01/01/x', BODY)}`;
    const a = parseArticle(raw, 'f.md');
    expect(a.publishedEvidence.kind).toBe('front-matter');
    expect(a.publishedAt).toBe('2023-06-18T09:34:53.648Z');
  });

  it.each([
    ['Zaobao story id', 'https://www.zaobao.com/realtime/china/story20230618-1405485', '20230618', 'Asia/Singapore', '2023-06-17T16:00:00.000Z'],
    ['CNA article id', 'https://www.cna.com.tw/news/acn/202306220010.aspx', '202306220010', 'Asia/Taipei', '2023-06-21T16:00:00.000Z'],
    ['Epoch Times /yy/m/d/ path', 'https://www.epochtimes.com/gb/23/6/18/n14018244.htm', '/gb/23/6/18/', 'America/New_York', '2023-06-18T04:00:00.000Z'],
    ['RFA MMDDYYYYhhmmss stamp', 'https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/hcm-06182023075433.html', '06182023075433', 'America/New_York', '2023-06-18T11:54:33.000Z'],
    ['VOA -YYYYMMDD/ slug', 'https://www.voachinese.com/a/blinken-talks-20230619/7143913.html', '20230619', 'America/New_York', '2023-06-19T04:00:00.000Z'],
    ['unknown host /YYYY/MM/DD/ path', 'https://example.com/2023/06/19/story', '2023/06/19', 'UTC', '2023-06-19T00:00:00.000Z'],
  ])('falls back to a date in the URL: %s', (_label, url, raw, timeZone, instant) => {
    const a = parseArticle(bare('T', url, BODY), 'u.md');
    expect(a.publishedEvidence).toEqual({ kind: 'url', raw, timeZone });
    expect(a.publishedAt).toBe(instant);
  });

  it('reports kind none and a null time when nothing dates the article', () => {
    const a = parseArticle(bare('T', 'https://example.com/article/42', BODY), 'n.md');
    expect(a.publishedAt).toBeNull();
    expect(a.publishedEvidence).toEqual({ kind: 'none', raw: '', timeZone: 'UTC' });
  });
});

describe('robustness', () => {
  it('parses 3000-deep nesting', () => {
    const deep = `${'<div><span>'.repeat(3000)}深层正文。${'</span></div>'.repeat(3000)}`;
    const a = parseArticle(bare('T', 'https://example.com/', deep), 'deep.md');
    expect(a.text).toBe('深层正文。');
  });

  it('rejects pathological bodies beyond the tag limit with an IngestError', () => {
    const huge = '<b>'.repeat(60_000);
    expect(() => parseArticle(bare('T', 'https://example.com/', huge), 'huge.md')).toThrow(/huge\.md: HTML body too complex/);
  });

  it.each([
    ['an empty body', ''],
    ['only furniture', '<div>分享 :</div><img src="x.jpg"><br><hr><div>获取更多RSS：<br><a href="https://feedx.net">https://feedx.net</a></div>'],
    ['only an image with a caption', '<img src="x.jpg"><div><small>图片说明</small></div>'],
  ])('throws an IngestError naming the file when the story is empty: %s', (_label, body) => {
    let caught: unknown;
    try {
      parseArticle(bare('T', 'https://example.com/', body), 'seeds/x.md');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(IngestError);
    expect((caught as IngestError).message).toBe('seeds/x.md: no story text found after removing boilerplate');
    expect((caught as IngestError).source).toBe('seeds/x.md');
  });

  it('throws an IngestError for a file that is not an archive article', () => {
    expect(() => parseArticle('{ "name": "parallax" }\n', 'package.json')).toThrow(
      'package.json: not an archive article: no [title](url) line and no front matter title',
    );
  });

  it('throws an IngestError for empty input', () => {
    expect(() => parseArticle('\uFEFF  \n', 'e.md')).toThrow('e.md: empty input');
  });
});
