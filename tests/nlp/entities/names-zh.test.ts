import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lib/nlp/entities';
import { docOf } from './doc';

/** Personal and foreign names found by evidence (session 18); sentences written for these tests. */
const found = (text: string, script: 'simplified' | 'traditional' = 'simplified'): string[] =>
  extractEntities(docOf(text, script)).map((e) => `${e.type}:${e.name}`);

describe('Tibetan and Uyghur names', () => {
  it('finds names made of two common elements, written together or joined by a dot', () => {
    const all = found('牧民多吉次仁说，他的邻居央金拉姆受了伤。工人买买提·吐尔洪和阿依古丽都已获救。');
    expect(all).toEqual(expect.arrayContaining(['PERSON:多吉次仁', 'PERSON:央金拉姆', 'PERSON:买买提·吐尔洪']));
  });

  it('takes no single element for a name', () => {
    expect(found('他们在格桑花盛开的草原上放牧。').filter((x) => x.startsWith('PERSON:'))).toEqual([]);
  });
});

describe('Latin-script names in Chinese text', () => {
  it('reads a Latin name after a role noun as a person and after an apposition of kind as an organisation', () => {
    const all = found('家佣Ana Cruz受了轻伤。外送平台Deliveroo表示将赔偿，研究机构Rhodium Group也发表了报告。');
    expect(all).toEqual(expect.arrayContaining(['PERSON:Ana Cruz', 'ORG:Deliveroo', 'ORG:Rhodium Group']));
  });
});

describe('foreign places and missions', () => {
  it('finds a transliterated place after a place role, before 省 and before 地区', () => {
    const all = found('事故发生在北基伍省首府戈马以北的鲁加里地区。');
    expect(all).toEqual(expect.arrayContaining(['GPE:北基伍省', 'GPE:戈马', 'GPE:鲁加里']));
  });

  it('reads a country, 驻, the host and the mission as one embassy', () => {
    expect(found('中国驻肯尼亚大使馆提醒中国公民注意安全。')).toContain('ORG:中国驻肯尼亚大使馆');
  });
});

describe('personal names by context', () => {
  it('keeps every name of a list after a role noun, weaker names included', () => {
    const all = found('遇难者包括村民黄桂英、曾水清等人。');
    expect(all).toEqual(expect.arrayContaining(['PERSON:黄桂英', 'PERSON:曾水清']));
  });

  it('ends a name before a speech verb the segmenter glued to it', () => {
    expect(found('建筑学教授何家明说，旧楼必须改造。')).toContain('PERSON:何家明');
  });

  it('reads a country before a field and an academic suffix as the institute', () => {
    expect(found('中国家用电器研究院发布报告。')).toContain('ORG:中国家用电器研究院');
  });
});

describe('a name after a title, glued to the next word', () => {
  it('keeps the given name whole when the segmenter glued its last character to a function word', () => {
    expect(found('海关总署新闻发言人吕大良将出口下跌归咎于外需疲软。')).toContain('PERSON:吕大良');
  });
});
