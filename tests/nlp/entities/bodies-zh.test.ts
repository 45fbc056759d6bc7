import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lib/nlp/entities';
import { docOf } from './doc';

/**
 * Bodies, facilities and short forms written with or after their place (session 18). Sentences
 * written for these tests; expected values from reading them.
 */
const entities = (text: string, script: 'simplified' | 'traditional' = 'simplified') => extractEntities(docOf(text, script));
const found = (text: string, script: 'simplified' | 'traditional' = 'simplified'): string[] => entities(text, script).map((e) => `${e.type}:${e.name}`);
const mentionsOf = (text: string, name: string, script: 'simplified' | 'traditional' = 'simplified'): string[] =>
  entities(text, script).find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];

describe('hospitals named with their place', () => {
  it('types a county or city hospital as a facility and keeps the place in its name', () => {
    const all = found('伤者被送往遂溪县人民医院和湛江市中心医院抢救。');
    expect(all).toEqual(expect.arrayContaining(['FAC:遂溪县人民医院', 'FAC:湛江市中心医院']));
    expect(all.filter((x) => x.startsWith('ORG:'))).toEqual([]);
  });
});

describe('sub-units written after their parent body', () => {
  it('reads a named sub-unit as a mention of the parent body', () => {
    expect(mentionsOf('耒阳市公安局刑侦大队当天抓获了两名嫌犯。', '耒阳市公安局')).toEqual(['耒阳市公安局刑侦大队']);
  });

  it('does not take a word after a body for a sub-unit (局长, 处理)', () => {
    expect(found('耒阳市公安局局长表示，案件正在处理。')).toContain('ORG:耒阳市公安局');
  });

  it('reads a city government and one of its bureaus as that bureau', () => {
    expect(found('新竹市政府環保局今天公布檢測結果。', 'traditional')).toContain('ORG:新竹市政府环保局');
  });
});

describe('places written with their level', () => {
  it('reads 高雄市 as a mention of the known city 高雄', () => {
    expect(mentionsOf('高雄市今天降雨，高雄的學校停課。', '高雄', 'traditional')).toEqual(['高雄市', '高雄']);
  });

  it('does not attach 市 when it starts another word (市场)', () => {
    expect(mentionsOf('中国市场需求下滑。', '中国')).toEqual(['中国']);
  });

  it('finds a district inside a city before a street, and the street named after a place', () => {
    const all = found('車禍發生在新竹市東區中華路二段。', 'traditional');
    expect(all).toEqual(expect.arrayContaining(['GPE:东区', 'FAC:中华路']));
  });
});

describe('short forms of an organisation named in full', () => {
  it('links the short form to the one full name it abbreviates', () => {
    const text = '湖南金穗种业有限公司发布声明。金穗公司表示将配合调查。';
    expect(mentionsOf(text, '湖南金穗种业有限公司')).toEqual(['湖南金穗种业有限公司', '金穗公司']);
  });

  it('links a bureau written without its city to the city bureau of the story', () => {
    const text = '新竹市政府環保局今天公布檢測結果。環保局說，水質合格。';
    expect(mentionsOf(text, '新竹市政府环保局', 'traditional')).toEqual(['新竹市政府環保局', '環保局']);
  });

  it('leaves a short form alone when two full names could be meant', () => {
    const text = '耒阳市市场监督管理局和衡阳市市场监督管理局联合检查。市场监督管理局称，未发现问题。';
    expect(entities(text).some((e) => e.mentions.some((m) => m.text === '市场监督管理局' && e.name !== '市场监督管理局'))).toBe(false);
  });
});

describe('quantifiers before a facility word', () => {
  it('does not read 全县 + a common noun as a named facility', () => {
    expect(found('全县中小学食堂将接受检查。').filter((x) => x.startsWith('FAC:'))).toEqual([]);
  });
});
