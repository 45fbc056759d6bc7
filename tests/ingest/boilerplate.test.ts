import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../lib/ingest';
import { stripInlineFurniture } from '../../lib/ingest/boilerplate-phrases';
import { allSeedFiles, readSeed } from './support/seeds';

/**
 * Strings that sit in the raw seed files but are not story text: furniture, captions,
 * carousels, credits, datelines. None may survive into any article's text.
 */
const FORBIDDEN: ReadonlyArray<[label: string, text: string]> = [
  ['feedx RSS footer', '获取更多RSS'],
  ['feedx link', 'feedx.net'],
  ['CNA headline carousel heading', '聚焦新聞'],
  ['CNA carousel headline (18 Jun)', '北北基13縣市19日防36度以上高溫'],
  ['CNA carousel headline (18 Jun, related topic)', '布林肯訪北京 盤點拜登上任後美中重要互動'],
  ['CNA carousel headline (21 Jun)', 'AIT主席：台海和平穩定攸關全球'],
  ['CNA carousel headline (21 Jun)', '端午節國道車流平日1.4倍'],
  ['CNA related link', '戰狼外交興浪'],
  ['CNA related link', '拜登稱習近平獨裁者北京跳腳'],
  ['CNA keyword tag', '#布林肯'],
  ['CNA keyword tag', '#佐拉'],
  ['CNA translator credit', '譯者'],
  ['CNA copy-editor credit', '核稿'],
  ['CNA trailing serial', '1120618'],
  ['CNA trailing serial', '1120622'],
  ['CNA opening dateline', '（中央社'],
  ['RFI share widget', '分享 :'],
  ['RFI author line', '作者：'],
  ['RFI body dateline', '/06/2023 - 14:22'],
  ['DW copyright line', '版权声明'],
  ['copyright sign', '©'],
  ['DW opening dateline', '（德国之声中文网）'],
  ['DW in-story related link', '相关阅读'],
  ['DW image caption', '布林肯和秦刚周三通了电话'],
  ['DW image caption', '2月份的气球事件直接导致布林肯访华推迟'],
  ['DW source note', '（路透社、德新社）'],
  ['DW source note', '（法新社、路透社）'],
  ['DW body dateline', '2023-06-14T10:38'],
  ['VOA image caption', '资料照：美国总统拜登（左）'],
  ['VOA image caption', '（2019年6月19日）'],
  ['VOA body dateline', 'GMT'],
  ['VOA source note', '本文参考了法新社和路透社的报道'],
  ['RFA lead image caption', '美国国务卿布林肯与中国国务委员兼外长秦刚18日在会谈前握手致意'],
  ['RFA photo credit', '路透社图片'],
  ['RFA figure caption', '北京一处购物中心19日在户外的巨大荧屏上'],
  ['RFA related-article list', '秦刚以“最突出风险”称台湾问题'],
  ['RFA credit line', '责编'],
  ['RFA credit line', '网编'],
  ['BBC media placeholder', '你的器材不支持播放多媒体材料'],
  ['BBC video caption', '视频加注文字'],
  ['BBC image caption', '图像加注文字'],
  ['BBC figure caption', '习近平会晤布林肯的安排在举行前数小时才对外公布'],
  ['BBC image alt', 'Transparent line'],
  ['BBC related stories', '美国为何要终结中国的“发展中国家”地位'],
  ['BBC repeated date', '2023年6月19日'],
  ['Epoch Times opening dateline', '【大纪元'],
  ['Epoch Times reporter credit', '（大纪元记者'],
  ['Epoch Times editor credit', '责任编辑'],
  ['Epoch Times producer credit', '《新闻看点》制作组'],
  ['Epoch Times video title', '141项目安插美门口，危情13天重演'],
  ['Zaobao paywall/ad placeholder markup', 'dfp-ad'],
  ['any leftover markup', '<'],
  ['any leftover entity', '&nbsp;'],
];

const raws = allSeedFiles().map((file) => readSeed(file));
const articles = raws.map(({ raw, name }) => parseArticle(raw, name));

describe('boilerplate removal on the seed files', () => {
  it.each(FORBIDDEN)('finds the %s %j in some raw file (so the check below can fail)', (_label, text) => {
    expect(raws.some(({ raw }) => raw.includes(text))).toBe(true);
  });

  it.each(FORBIDDEN)('no article text contains the %s %j', (_label, text) => {
    const leaks = articles.filter((a) => a.text.includes(text)).map((a) => a.source);
    expect(leaks).toEqual([]);
  });

  it('keeps the BBC title out of the body although the page repeats it as an h1', () => {
    const bbc = articles.find((a) => a.outlet.id === 'bbc');
    expect(bbc?.text.includes('布林肯访华：习近平会晤美国国务卿促“让中美关系稳下来好起来”')).toBe(false);
  });

  it('keeps full-width and curly punctuation as written', () => {
    const rfi = articles.find((a) => a.source.startsWith('rfi-2023-06-21'));
    expect(rfi?.text).toContain('属于 "独裁者 "类别');
    expect(rfi?.text).toContain('“当我下令击落那个装满间谍设备的气球时');
  });

  it('decodes entities and collapses whitespace', () => {
    for (const a of articles) {
      expect(a.text).not.toMatch(/&[a-z]+;|&#\d+;/);
      expect(a.text).not.toMatch(/[ \t\u00a0]{2,}/);
    }
  });
});

describe('inline widget text inside a story paragraph', () => {
  it('removes newsletter, video, share and ad widgets run into the text, and keeps the story', () => {
    const text =
      'Get politics updates directly to your inbox + Subscribe Thank you for subscribing! Could not subscribe, try again later Invalid Email Rivals met at noon. ' +
      'Video Loading Video Unavailable Click to play Tap to play The video will start in 8 Cancel Play now Watch this video again Video will play in Share this video Watch Next ' +
      'They spoke. Click to share on Twitter (Opens in new window) Skip Ad Ad Loading... x Embed x Share It ended.';
    expect(stripInlineFurniture(text)).toBe('Rivals met at noon. They spoke. It ended.');
    expect(stripInlineFurniture('Subscribe to our updates, she said.')).toBe('Subscribe to our updates, she said.');
  });
});
