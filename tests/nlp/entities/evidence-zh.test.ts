import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lib/nlp/entities';
import { docOf } from './doc';

/**
 * Session 19: candidates checked for being names, not just for their shape (common words the
 * segmenter tags as places, persons or bodies; fragments at name boundaries), and names found by
 * their legal form, their interview, their faculty, their ordinal. Sentences written for these
 * tests; expected values from reading them.
 */
const entities = (text: string, script: 'simplified' | 'traditional' = 'simplified') => extractEntities(docOf(text, script));
const found = (text: string, script: 'simplified' | 'traditional' = 'simplified'): string[] => entities(text, script).map((e) => `${e.type}:${e.name}`);
const mentionsOf = (text: string, name: string): string[] => entities(text).find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];

describe('common words are no names', () => {
  it('reads 城市 and 山区 as common nouns, not places', () => {
    expect(found('这座城市的山区道路在暴雨后多处塌方。')).toEqual([]);
  });

  it('does not take a word after a title for a name (记者查询)', () => {
    expect(found('该局至今未回复记者查询。').filter((x) => x.startsWith('PERSON:'))).toEqual([]);
  });

  it('does not read a bare kind of body as an organisation (联谊会, 人财物)', () => {
    expect(found('联谊会的人财物由理事会统一管理。')).toEqual([]);
  });

  it('keeps a county that the segmenter reads as a name as a place (花蓮縣)', () => {
    expect(found('花蓮縣今晨發生地震，花蓮縣政府已成立應變中心。', 'traditional')).toContain('GPE:花莲县');
    expect(found('花蓮縣今晨發生地震，花蓮縣政府已成立應變中心。', 'traditional').filter((x) => x.startsWith('PERSON:'))).toEqual([]);
  });
});

describe('name boundaries', () => {
  it('leaves the given name of 某 off when its character opens the next word (张某|承认)', () => {
    expect(found('嫌疑人张某承认了犯罪事实。')).toContain('PERSON:张某');
    expect(found('嫌疑人张某承认了犯罪事实。')).not.toContain('PERSON:张某承');
  });

  it('does not glue a level word or a preposition to the known place after it (省会|合肥市, 至|厦门市)', () => {
    const all = found('游客从安徽省会合肥市出发，经漳州至厦门市。');
    expect(all).toEqual(expect.arrayContaining(['GPE:合肥市', 'GPE:厦门']));
    expect(all.some((x) => /会合肥市|至厦门市/.test(x))).toBe(false);
  });

  it('reads 路段 as a stretch of road after a town, not a street', () => {
    expect(found('事故发生在罗江县白马关镇路段。').some((x) => x.startsWith('FAC:'))).toBe(false);
  });

  it('splits a country from a university named after another place (英国|剑桥大学 style)', () => {
    expect(found('美国哥伦比亚大学的研究人员参与了调查。')).toEqual(expect.arrayContaining(['GPE:美国', 'ORG:哥伦比亚大学']));
  });
});

describe('bodies found by evidence', () => {
  it('finds a company by its legal form, without the words before it', () => {
    expect(found('位于郑州的宏图新材料科技有限公司宣布裁员。')).toContain('ORG:宏图新材料科技有限公司');
  });

  it('keeps a place in brackets inside a company name and the place that opens it', () => {
    expect(found('涉事的华信物流（成都）有限公司已被责令停业。')).toContain('ORG:华信物流（成都）有限公司');
    expect(found('投资方是中资企业赞比亚远达矿业有限公司。')).toContain('ORG:赞比亚远达矿业有限公司');
  });

  it('finds an outlet by the interview it held (接受X采访)', () => {
    expect(found('律师周明接受钱江晚报采访时说，此案仍有疑点。')).toContain('ORG:钱江晚报');
    expect(found('他接受媒体采访时说，此案仍有疑点。').filter((x) => x.startsWith('ORG:'))).toEqual([]);
  });

  it('types a titled newspaper as an organisation', () => {
    expect(found('《燕赵都市报》最先披露了此事。')).toEqual(['ORG:燕赵都市报']);
  });

  it('reads a faculty written after its university as a mention of the university', () => {
    expect(mentionsOf('清华大学公共管理与政策学院院长表示支持。', '清华大学')).toEqual(['清华大学公共管理与政策学院']);
  });

  it('finds a hospital named with an ordinal after its city', () => {
    expect(found('伤者被送往绵阳市第三人民医院。')).toContain('FAC:绵阳市第三人民医院');
  });

  it('finds a national body under the State Council', () => {
    expect(found('国务院反垄断委员会发布了指南。')).toContain('ORG:国务院反垄断委员会');
  });
});

describe('names by their form or their introduction', () => {
  it('finds coded roads with their level or road word', () => {
    expect(found('货车沿G205国道南行，随后驶入省道S312。')).toEqual(expect.arrayContaining(['FAC:G205国道', 'FAC:省道S312']));
    expect(found('国道3号南下车道封闭。', 'traditional')).toContain('FAC:国道3号');
    expect(found('峰会G20今年在印度举行。').some((x) => x.startsWith('FAC:'))).toBe(false);
  });

  it('types a quoted name by what it introduces: a business or a person', () => {
    expect(found('一家名为“老街坊”的连锁火锅店被查处。')).toContain('ORG:老街坊');
    expect(found('一个名叫“阿海”的男子在网上发帖。')).toContain('PERSON:阿海');
    expect(found('一首名为“春风”的歌走红。').some((x) => x.includes('春风'))).toBe(false);
  });

  it('reads a place after a verb of travel as a place (飞往|三亚)', () => {
    expect(found('航班由成都飞往敦煌，途中备降。')).toEqual(expect.arrayContaining(['GPE:成都', 'GPE:敦煌']));
  });

  it('reads a married woman’s name of four characters (husband’s surname first)', () => {
    expect(found('死者的妻子陈林美玲在庭上落泪说，希望法院严惩。')).toContain('PERSON:陈林美玲');
  });
});

describe('places by what stands around them', () => {
  it('leaves a one-character place inside a verb or determiner word out (回港, 本港)', () => {
    expect(found('台风来临前，所有渔船已回港避风。')).toEqual([]);
  });

  it('reads a city or county written bare after its province as that division (广东|韶关)', () => {
    expect(found('2015年，广东韶关一家工厂发生爆炸。')).toEqual(expect.arrayContaining(['GPE:广东', 'GPE:韶关市']));
    expect(found('中国东方航空公司表示，航班已恢复。')).not.toContain('GPE:东方市');
  });

  it('does not read a village suffix that opens 村民 as a village', () => {
    expect(found('黄陂区多名村民反映，道路已多日积水。').some((x) => x.includes('多名村'))).toBe(false);
  });

  it('finds a hospital named by its district alone', () => {
    expect(found('伤者被送往南区医院治疗。', 'traditional')).toContain('FAC:南区医院');
  });
});

describe('unknown words need more than a name’s shape', () => {
  it('does not read an unknown word inside a colloquial remark as a name', () => {
    expect(found('乘客说：「成個車卡震到好似地震咁」。', 'traditional').filter((x) => x.startsWith('PERSON:'))).toEqual([]);
  });
});
