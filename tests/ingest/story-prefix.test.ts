import { describe, expect, it } from 'vitest';
import { stripStoryPrefix } from '../../lib/ingest/story-prefix';

describe('stripStoryPrefix', () => {
  it.each([
    ['Epoch Times dateline and reporter', '【大纪元2023年06月18日讯】（大纪元记者张婷综合报导）周日，布林肯抵达北京。', '周日，布林肯抵达北京。', '张婷', '2023-06-18T04:00:00.000Z', 'America/New_York'],
    ['CNA reporter with place and day', '（中央社記者王承中台北18日電）外交部今天表示。', '外交部今天表示。', '王承中', undefined, 'Asia/Taipei'],
    ['CNA wire roundup without reporter', '（中央社北京18日綜合外電報導）美國國務卿布林肯今天抵達北京。', '美國國務卿布林肯今天抵達北京。', undefined, undefined, 'Asia/Taipei'],
    ['DW service tag', '（德国之声中文网）美国国务卿布林肯和中国外长秦刚周三通话。', '美国国务卿布林肯和中国外长秦刚周三通话。', undefined, undefined, 'Europe/Berlin'],
    ['a parenthesis that is story text', '（6月18日）秦刚与布林肯会谈。', '（6月18日）秦刚与布林肯会谈。', undefined, undefined, 'UTC'],
  ])('%s', (_label, input, text, byline, instant, tz) => {
    const out = stripStoryPrefix(input, tz);
    expect(out.text).toBe(text);
    expect(out.byline).toBe(byline);
    expect(out.date?.instant).toBe(instant);
  });
});
