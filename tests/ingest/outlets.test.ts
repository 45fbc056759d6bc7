import { describe, expect, it } from 'vitest';
import { findAdapter, normalizeAuthor } from '../../lib/ingest/outlets/registry';
import { detectScript } from '../../lib/ingest/script';

describe('findAdapter', () => {
  it.each([
    ['https://www.rfi.fr/cn/x', undefined, 'rfi', 'Europe/Paris'],
    ['https://www.epochtimes.com/gb/23/6/18/n1.htm', undefined, 'epochtimes', 'America/New_York'],
    ['https://www.dw.com/zh/x/a-1', undefined, 'dw', 'Europe/Berlin'],
    ['https://www.zaobao.com/realtime/china/story1', undefined, 'zaobao', 'Asia/Singapore'],
    ['https://www.rfa.org/mandarin/x.html', undefined, 'rfa', 'America/New_York'],
    ['https://www.cna.com.tw/news/aopl/1.aspx', undefined, 'cna', 'Asia/Taipei'],
    ['https://www.bbc.com/zhongwen/simp/x', undefined, 'bbc', 'Europe/London'],
    ['https://www.voachinese.com/a/x.html', undefined, 'voa', 'America/New_York'],
    ['https://mirror.example/x', '(臺)中央社CNA', 'cna', 'Asia/Taipei'],
    ['https://mirror.example/x', '中央社', 'cna', 'Asia/Taipei'],
    ['', '法广', 'rfi', 'Europe/Paris'],
    ['', '德國之聲', 'dw', 'Europe/Berlin'],
    ['', '美国之音', 'voa', 'America/New_York'],
  ])('maps %s / author %s to %s', (url, author, id, tz) => {
    const a = findAdapter(url, author);
    expect(a?.outlet.id).toBe(id);
    expect(a?.outlet.timeZone).toBe(tz);
  });

  it('returns null for an unknown host and author', () => {
    expect(findAdapter('https://example.com/x', 'Someone')).toBeNull();
  });

  it('normalises author spellings', () => {
    expect(normalizeAuthor('(臺)中央社CNA')).toBe('中央社cna');
    expect(normalizeAuthor(' BBC 中文 ')).toBe('bbc中文');
  });
});

describe('detectScript', () => {
  it.each([
    ['simplified Chinese', '美国国务卿布林肯周一在北京与中国国家主席习近平会面。', 'simplified'],
    ['traditional Chinese', '美國國務卿布林肯今天抵達北京，成為近5年來第1位訪問中國的美國最高外交官。', 'traditional'],
    ['English', 'Secretary Blinken met President Xi in Beijing on Monday.', 'latin'],
    ['Chinese with Latin names', '布林肯（Antony Blinken）说，这是一次坦诚的会谈。', 'simplified'],
  ])('classifies %s', (_label, text, want) => {
    expect(detectScript(text)).toBe(want);
  });
});
