import { describe, expect, it } from 'vitest';
import { latestEmbeddedPost } from '../../lib/ingest/dates/embedded-posts';
import { instantFinding } from '../../lib/ingest/dates/date-finding';
import { choosePublished } from '../../lib/ingest/dates/published';
import { parseArticle } from '../../lib/ingest';

const QUOTING = [
  'The council has closed the bridge after the storm. Residents said the closure came too late.',
  'Shut the bridge days ago, everyone knew -- Pat Rowe (@patrowe) March 3, 2021 "It was shaking," one driver said.',
  'Another resident wrote: Finally. -- Sam Lee (@sam_lee) 4 March 2021',
].join(' ');

describe('latestEmbeddedPost', () => {
  it('reads the day of each quoted post (month first or day first) and keeps the latest', () => {
    const d = latestEmbeddedPost(QUOTING, 'en', 'Europe/London');
    expect(d).toMatchObject({ kind: 'embedded-post', precision: 'date', instant: '2021-03-04T00:00:00.000Z' });
    expect(d?.raw).toBe('(@sam_lee) 4 March 2021');
  });

  it('reads a Chinese date after a handle', () => {
    expect(latestEmbeddedPost('网友写道：太慢了 (@citynews) 2023年6月19日 记者随后联系了当局。', 'zh', 'Asia/Shanghai')?.instant).toBe('2023-06-18T16:00:00.000Z');
  });

  it('finds nothing in a story without quoted posts, nor in a handle without a date', () => {
    expect(latestEmbeddedPost('The mayor (@mayor) said on Tuesday that the bridge would reopen in 2022.', 'en', 'UTC')).toBeNull();
    expect(latestEmbeddedPost('No posts here, only a date: March 3, 2021.', 'en', 'UTC')).toBeNull();
  });
});

describe('choosePublished with quoted posts', () => {
  const post = latestEmbeddedPost(QUOTING, 'en', 'UTC');
  const fm = (iso: string) => instantFinding('front-matter', iso, Date.parse(iso));

  it('passes over a date before a post the story quotes, and takes the next possible one', () => {
    const url = { ...fm('2021-03-05T00:00:00Z')!, kind: 'url' as const, raw: '2021/03/05' };
    const p = choosePublished({ epoch: null, datelines: [], frontMatter: fm('2021-01-03T00:00:00Z'), url, notBefore: post }, 'UTC');
    expect(p).toEqual({ publishedAt: '2021-03-05T00:00:00.000Z', publishedEvidence: { kind: 'url', raw: '2021/03/05', timeZone: 'UTC' } });
  });

  it('takes the day of the latest quoted post when every candidate is earlier', () => {
    const p = choosePublished({ epoch: null, datelines: [], frontMatter: fm('2021-01-03T00:00:00Z'), url: null, notBefore: post }, 'UTC');
    expect(p.publishedAt).toBe('2021-03-04T00:00:00.000Z');
    expect(p.publishedEvidence.kind).toBe('embedded-post');
  });

  it('keeps a date on the day of the post or after it, and a date up to a day and a half before it (zones)', () => {
    for (const iso of ['2021-03-04T09:00:00Z', '2021-03-09T00:00:00Z', '2021-03-02T13:00:00Z']) {
      expect(choosePublished({ epoch: null, datelines: [], frontMatter: fm(iso), url: null, notBefore: post }, 'UTC').publishedAt).toBe(new Date(iso).toISOString());
    }
  });

  it('applies in the archive reader: a front matter date months before the quoted posts is passed over', () => {
    const raw = `---\ntitle: "Bridge closed"\ndate: 2021-01-03T00:00:00Z\nauthor: independent\nfrom: http://www.independent.co.uk/news/uk/bridge-closed-a1.html\n---\n<!--NaN-->\n[Bridge closed](http://www.independent.co.uk/news/uk/bridge-closed-a1.html)\n------\n\n<div><p>${QUOTING}</p></div>\n`;
    const a = parseArticle(raw, 'bridge.md');
    expect(a.publishedAt).toBe('2021-03-04T00:00:00.000Z');
    expect(a.publishedEvidence.kind).toBe('embedded-post');
    const kept = parseArticle(raw.replace('date: 2021-01-03', 'date: 2021-03-04'), 'bridge.md');
    expect(kept.publishedEvidence).toMatchObject({ kind: 'front-matter', raw: '2021-03-04T00:00:00Z' });
  });
});
