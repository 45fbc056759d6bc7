import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lib/nlp/entities';
import { docOf } from './doc';

/**
 * Session 20: lines and stations, social-media accounts typed by who holds them, Hong Kong's public
 * bodies and neighbourhoods, roles before names (航天员, 主帅). Sentences written for these tests;
 * expected values from reading them.
 */
const found = (text: string, script: 'simplified' | 'traditional' = 'simplified'): string[] =>
  extractEntities(docOf(text, script)).map((e) => `${e.type}:${e.name}`);

describe('metro and railway lines and stations', () => {
  it('finds numbered lines and the stations between a preposition and 站', () => {
    const xs = found('地铁3号线北延段开通后，乘客可在龙归站与14号线换乘，从嘉禾望岗站到机场只需20分钟。');
    expect(xs).toEqual(expect.arrayContaining(['FAC:3号线', 'FAC:14号线', 'FAC:龙归站', 'FAC:嘉禾望岗站']));
  });

  it('keeps two numbered lines apart (4号线 is no short form of 14号线)', () => {
    const xs = found('地铁14号线与4号线在新造站交会。');
    expect(xs).toEqual(expect.arrayContaining(['FAC:14号线', 'FAC:4号线']));
  });

  it('finds a named line after its system (港鐵觀塘綫) and its stations', () => {
    const xs = found('港鐵觀塘綫今早一度暫停，黃埔站至調景嶺站列車服務受阻。', 'traditional');
    expect(xs).toEqual(expect.arrayContaining(['FAC:观塘线', 'FAC:黄埔站', 'FAC:调景岭站']));
  });

  it('reads kinds of station and common words in 线 as no names', () => {
    const xs = found('地铁公司表示，加油站和充电站附近的公交站已迁移，乘客可登录网站查询新的路线，沿线车站照常开放。');
    expect(xs.filter((x) => x.startsWith('FAC:'))).toEqual([]);
  });

  it('finds no station where the story is not about transit', () => {
    expect(found('他在空间站驻留了六个月，多次出舱作业。').filter((x) => x.startsWith('FAC:'))).toEqual([]);
  });
});

describe('social-media accounts', () => {
  it('types a netizen or blogger by the account word: a person', () => {
    expect(found('微博网友“小城夜跑者”留言说，路灯已经坏了半个月。')).toContain('PERSON:小城夜跑者');
    expect(found('博主“江边老周”发文称，码头已经停航。')).toContain('PERSON:江边老周');
  });

  it('keeps an account introduced as an account a body', () => {
    expect(found('微信公众号“南城发布”发文称，道路已恢复通行。')).toContain('ORG:南城发布');
  });
});

describe('Hong Kong bodies and places', () => {
  it('knows the government departments and neighbourhoods by name', () => {
    const xs = found('渠務署表示，旺角及油麻地多處水浸，消防處已派員到場。', 'traditional');
    expect(xs).toEqual(expect.arrayContaining(['ORG:渠务署', 'LOC:旺角', 'LOC:油麻地', 'ORG:消防处']));
  });

  it('does not read a generic bureau or observatory word as a Hong Kong body', () => {
    const xs = found('该县教育局和气象部门的天文台联合开展科普活动。');
    expect(xs).not.toContain('ORG:香港天文台');
    expect(xs.filter((x) => x.includes('教育局'))).toEqual([]);
  });
});

describe('roles before names', () => {
  it('reads every name of a list after a role (航天员A、B、C)', () => {
    const xs = found('航天员王子明、赵文涛、陈冬将在轨驻留半年。');
    expect(xs).toEqual(expect.arrayContaining(['PERSON:王子明', 'PERSON:赵文涛', 'PERSON:陈冬']));
  });

  it('keeps a transliterated name whole after a role (主帅斯卢茨基)', () => {
    expect(found('主帅伊万诺维奇表示，球队会继续进攻。')).toContain('PERSON:伊万诺维奇');
    expect(found('主帅伊万诺维奇表示，球队会继续进攻。')).not.toContain('PERSON:伊万诺');
  });
});

describe('names inside and around quotes', () => {
  it('reads a named storm and an operation code name as events, and no place inside them', () => {
    const xs = found('强台风“桑加沙”今晨登陆，桑加沙带来的暴雨持续两天。警方展开代号“清风”的专项行动。');
    expect(xs).toEqual(expect.arrayContaining(['EVENT:桑加沙', 'EVENT:清风']));
    expect(xs).not.toContain('GPE:加沙');
  });

  it('still finds a place that fills its quotes', () => {
    expect(found('他在纸上写下“香港”两个字。')).toContain('GPE:香港');
  });
});

describe('bodies: evidence and spans', () => {
  it('keeps an outlet whole when its name opens with a place and two more characters (四川在线)', () => {
    const xs = found('据浙江在线报道，大桥已恢复通行。');
    expect(xs).toContain('ORG:浙江在线');
    expect(xs).not.toContain('ORG:在线');
  });

  it('names an institute by its whole field (运载火箭技术研究院, 21世纪教育研究院)', () => {
    expect(found('该型火箭由中国空间技术研究院负责研制。')).toContain('ORG:中国空间技术研究院');
    expect(found('21世纪经济研究院发布了报告。')).toContain('ORG:21世纪经济研究院');
  });

  it('reads a bare 国会 as a body only where the story names it with its polity', () => {
    expect(found('国会改革是人民的期待，不应被任何政党绑架。')).toEqual([]);
    expect(found('美国国会通过了法案，国会将在下周休会。')).toEqual(['ORG:美国国会']);
  });

  it('reads a party committee before a title as the place (广州市委副书记), and a committee that acts as the body', () => {
    expect(found('南宁市委副书记周明出席了仪式。')).toContain('GPE:南宁市');
    expect(found('南宁市委副书记周明出席了仪式。')).not.toContain('ORG:南宁市委');
    expect(found('南宁市委已派出工作组。')).toContain('ORG:南宁市委');
  });

  it('resolves a people’s congress or CPPCC written with a bare level to the one city of the story', () => {
    const xs = found('柳州市举行新闻发布会，市人大常委会主任和市政协主席出席。');
    expect(xs).toEqual(expect.arrayContaining(['ORG:柳州市人大常委会', 'ORG:柳州市政协']));
  });

  it('gives a curated city and its division one name (广州 = 广州市)', () => {
    const xs = found('广州市今天发布暴雨预警，广州全市停课。');
    expect(xs.filter((x) => x.startsWith('GPE:'))).toEqual(['GPE:广州']);
  });

  it('takes no verb after a title for a name (记者|查询|时)', () => {
    expect(found('该局回应记者查询时表示，已关注到相关情况。').filter((x) => x.startsWith('PERSON:'))).toEqual([]);
  });
});

describe('kinds of body are no bodies; spans and types of bodies', () => {
  it('reads a place or quantifier with generic modifiers and a body word as no name (浙江上市银行, 部分中小企业)', () => {
    const xs = found('部分中小银行公司经营承压，浙江上市银行的不良率普遍上升。');
    expect(xs.filter((x) => x.startsWith('ORG:') || x.startsWith('FAC:'))).toEqual([]);
  });

  it('keeps a court of a place whose kind opens with 地方 (台中地方法院)', () => {
    expect(found('臺中地方法院今天宣判。', 'traditional')).toContain('ORG:台中地方法院');
  });

  it('names a party body of a place with the 中共 written before it', () => {
    expect(found('中共浙江省纪委监委网站发布消息。')).toContain('ORG:中共浙江省纪委监委');
  });

  it('reads a national agency and its bureau of a place as one body, with a numbered sub-unit in the mention', () => {
    const es = extractEntities(docOf('国家税务总局广州市税务局第二稽查局发布通报。'));
    const body = es.find((e) => e.name === '国家税务总局广州市税务局');
    expect(body?.mentions.map((m) => m.text)).toEqual(['国家税务总局广州市税务局第二稽查局']);
  });

  it('types a launch or sports centre as a facility', () => {
    expect(found('卫星在西昌卫星发射中心发射。')).toContain('FAC:西昌卫星发射中心');
  });

  it('types a bay or island the segmenter finds as a natural feature (LOC)', () => {
    const xs = found('渔船驶出大鹏湾，停靠在南澳岛。');
    expect(xs.filter((x) => x.startsWith('GPE:'))).toEqual([]);
  });

  it('reads a company’s party committee as the company (华宁证券|党委书记)', () => {
    const xs = found('华宁证券党委书记王海平被查。');
    expect(xs).toContain('ORG:华宁证券');
    expect(xs).not.toContain('ORG:华宁证券党委');
  });
});

describe('people and places: more evidence, and its limits', () => {
  it('reads a surname with a kinship honorific as a name only where the name ends there (黄伯说; 陈伯达 is a name)', () => {
    expect(found('在街口卖报纸的黄伯说，生意越来越难做。')).toContain('PERSON:黄伯');
    const xs = found('陈伯达在会上发言。');
    expect(xs).toContain('PERSON:陈伯达');
    expect(xs).not.toContain('PERSON:陈伯');
  });

  it('ends a name after a role before a copula the segmenter glued to it (父亲|刘志远|系)', () => {
    expect(found('该生的父亲刘志远系当地一家企业的负责人。')).toContain('PERSON:刘志远');
  });

  it('reads a transliterated name after 外援', () => {
    expect(found('客队外援马尔科姆头球破门。')).toContain('PERSON:马尔科姆');
  });

  it('reads a segmenter place that is the stem of a known city as the city (珠海、中山等地)', () => {
    expect(found('暴雨袭击珠海、中山等地。')).toEqual(expect.arrayContaining(['GPE:珠海', 'GPE:中山']));
  });

  it('reads no place in 北京时间', () => {
    expect(found('火箭于北京时间今晨发射。')).toEqual([]);
  });
});

describe('local bodies of every level', () => {
  it('reads bodies whose field word holds a stop character, and command posts, unions and exam authorities', () => {
    const xs = found('江门市卫生健康局通报后，江门市三防指挥部、蓬江区总工会和广东省教育考试院先后回应，拱北海关加强查验。');
    expect(xs).toEqual(expect.arrayContaining(['ORG:江门市卫生健康局', 'ORG:江门市三防指挥部', 'ORG:蓬江区总工会', 'ORG:广东省教育考试院', 'ORG:拱北海关']));
  });

  it('still ends a stem at a clause verb (发生)', () => {
    expect(found('江门市发生交通事故后，交警支队到场处置。').filter((x) => x.startsWith('ORG:'))).toEqual([]);
  });
});
