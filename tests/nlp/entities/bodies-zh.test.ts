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

describe('bodies written with their level word only', () => {
  it('reads 县… as the body of the one county the story names', () => {
    const text = '安徽省泾县发生山洪。县水利局局长说，县应急管理局已派人。';
    expect(found(text)).toEqual(expect.arrayContaining(['ORG:泾县水利局', 'ORG:泾县应急管理局']));
  });

  it('leaves the level word alone when the story names two counties', () => {
    const text = '泾县和旌德县发生山洪。县水利局局长说，河水上涨。';
    expect(found(text).filter((x) => x.endsWith('水利局'))).toEqual([]);
  });

  it('does not read a conjunction and a level word as a county (…局长和县…)', () => {
    const text = '泾县财政局局长和县审计局局长被免职。';
    expect(found(text)).not.toContain('GPE:和县');
  });
});

describe('bodies named without a place, by what follows them', () => {
  it('finds a bureau or department before a speech verb or its head', () => {
    expect(found('水務署表示，供水已恢復。', 'traditional')).toContain('ORG:水务署');
    expect(found('運輸署署長說，路面已清理。', 'traditional')).toContain('ORG:运输署');
  });

  it('does not take common words ending in 处 or 局 for bodies', () => {
    expect(found('此处表示欢迎。当局表示关注。大局已定。')).toEqual([]);
  });
});

describe('towns and villages by the text alone', () => {
  it('finds a town followed by its village and a village after a verb of place', () => {
    const all = found('客车开往太平镇新塘村。震中位于桑珠乡，距县城40公里。');
    expect(all).toEqual(expect.arrayContaining(['GPE:太平镇', 'GPE:新塘村', 'GPE:桑珠乡']));
  });

  it('finds a town again when the story repeats it alone', () => {
    const text = '湖北省宜昌市夷陵区小溪塔街道发生火灾。小溪塔街道办事处表示，已安置居民。';
    expect(found(text)).toContain('ORG:小溪塔街道办事处');
  });
});

describe('place words that are something else', () => {
  it('does not read 县市 after a county-like word as a county (南部县市)', () => {
    expect(found('南部縣市須提高警覺。', 'traditional')).toEqual([]);
  });

  it('does not read a surname in a word before 某 as an anonymised name (军区|某部)', () => {
    expect(found('北部战区某部官兵赶到现场。').filter((x) => x.startsWith('PERSON:'))).toEqual([]);
  });

  it('keeps the city of a party secretary and names no committee (上饶市委书记)', () => {
    const all = found('江西省吉安市委书记到现场指挥。');
    expect(all).toContain('GPE:吉安市');
    expect(all.filter((x) => x.startsWith('ORG:'))).toEqual([]);
  });

  it('types a river the segmenter tags as a place as a location', () => {
    expect(found('暴雨过后，闽江水位持续上涨。')).toContain('LOC:闽江');
  });
});

describe('body names with 和 and short streets', () => {
  it('reads a bureau whose name joins two fields with 和', () => {
    expect(found('宜昌市文化和旅游局发布通知。')).toContain('ORG:宜昌市文化和旅游局');
  });

  it('finds a three-character street named by one proper word', () => {
    expect(found('事发地点位于中山路附近。')).toContain('FAC:中山路');
  });
});

describe('common phrases that look like names', () => {
  it('reads no street in a verb phrase (铺平道路) and no body in a polity and a common noun (美国公司)', () => {
    expect(found('这次会谈为两国关系铺平道路。不少美国公司已撤出。').filter((x) => /^(?:FAC|ORG):/.test(x))).toEqual([]);
  });

  it('reads a faculty written with its university as the university', () => {
    expect(found('清华大学公共管理学院的学者说，政策需要调整。')).toContain('ORG:清华大学');
  });
});

describe('sides are not outlets', () => {
  it('reads no outlet in a side that reports (中方报道指出)', () => {
    expect(found('美方报道指出，谈判仍在进行。').filter((x) => x.startsWith('ORG:'))).toEqual([]);
  });
});

describe('an organisation named without its form', () => {
  it('links 中国海关 to the one 中国海关总署 of the story', () => {
    const text = '中国海关总署发布数据。中国海关表示，出口下降。';
    expect(mentionsOf(text, '中国海关总署')).toEqual(['中国海关总署', '中国海关']);
  });
});
