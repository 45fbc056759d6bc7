import { describe, expect, it } from 'vitest';
import { readCreditLine, splitTrailingCredit } from '../../lib/ingest/credits';

describe('readCreditLine', () => {
  it.each([
    ['RFA with outlet prefix, no colons', '自由亚洲电台记者黄春梅 台北报道 责编 陈美华 许书婷', { byline: '黄春梅', editor: '陈美华 许书婷' }],
    ['RFA with colons and 网编', '记者：古亭 责编： 许书婷 陈美华 嘉远 网编： 何足', { byline: '古亭', editor: '许书婷 陈美华 嘉远' }],
    ['RFI author line', '作者： 林兰', { byline: '林兰' }],
    ['Epoch Times editor with trailing #', '责任编辑：高静#', { editor: '高静' }],
    ['CNA translator and copy editor', '譯者：劉淑琴/核稿：陳彥鈞', { byline: '劉淑琴', editor: '陳彥鈞' }],
    ['traditional editor line', '編輯：張均懋', { editor: '張均懋' }],
  ])('reads %s', (_label, text, want) => {
    expect(readCreditLine(text)).toEqual(want);
  });

  it.each([
    ['a heading that starts with a label word', '记者手记'],
    ['a sentence mentioning a reporter', '记者：我们问他为什么这样做，他没有回答。'],
    ['a long paragraph', `记者：${'很长的句子'.repeat(30)}`],
    ['a quote before the label', '他说：“记者 张三”'],
  ])('rejects %s', (_label, text) => {
    expect(readCreditLine(text)).toBeNull();
  });
});

describe('splitTrailingCredit', () => {
  it('splits a parenthesised credit off the end of a paragraph', () => {
    expect(splitTrailingCredit('對方口頭回覆本台稱「了解中」。（譯者：陳正健）')).toEqual({
      text: '對方口頭回覆本台稱「了解中」。',
      credits: { byline: '陳正健' },
    });
  });

  it('leaves a paragraph without a trailing credit alone', () => {
    expect(splitTrailingCredit('兩人會談5個半小時（路透社）')).toBeNull();
  });
});
