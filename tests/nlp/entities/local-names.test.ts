import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lib/nlp/entities';
import { docOf } from './doc';

/** `TYPE:name` of every entity with the mention texts, for compact expectations. */
function found(text: string, script: 'simplified' | 'traditional' = 'simplified'): string[] {
  return extractEntities(docOf(text, script)).map((e) => `${e.type}:${e.name}`);
}
const mentions = (text: string, name: string): string[] =>
  extractEntities(docOf(text)).find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];

describe('administrative divisions and units below them', () => {
  it.each([
    ['河南省洛阳市伊川县白沙镇东村发生一起事故。', ['GPE:伊川县', 'GPE:白沙镇', 'GPE:东村']],
    ['事故发生在四川省南充市阆中市的一个村庄。', ['GPE:阆中市']],
    ['湖南省耒阳市坪石镇的居民说，河水暴涨。', ['GPE:耒阳市', 'GPE:坪石镇']],
  ])('in %s finds %j', (text, names) => {
    expect(found(text)).toEqual(expect.arrayContaining(names));
  });

  it('keeps a local body with its innermost place, not the province before it', () => {
    const all = found('湛江市遂溪县公安局通报，嫌犯已被控制。');
    expect(all).toContain('ORG:遂溪县公安局');
    expect(all).not.toContain('ORG:湛江市遂溪县公安局');
  });

  it('recognises a county or city by its bare stem once the article named it in full', () => {
    expect(mentions('阆中市位于四川东北部。阆中的古城吸引了游客。', '阆中市')).toEqual(['阆中市', '阆中']);
  });

  it('names a body after its place by suffix (人民法院, 教育局)', () => {
    expect(found('耒阳市人民法院和耒阳市教育局都回应了。')).toEqual(expect.arrayContaining(['ORG:耒阳市人民法院', 'ORG:耒阳市教育局']));
  });

  it('reads a known place plus a facility word as the facility', () => {
    expect(found('香港机场地勤人员赶到现场。')).toContain('FAC:香港机场');
  });

  it('does not take common words for places', () => {
    expect(found('农村和城镇的居民都受到影响，双方同意合作。')).toEqual([]);
  });
});

describe('outlets named by the report they are cited for', () => {
  it.each([
    ['据南方都市报报道，河水暴涨。', 'ORG:南方都市报'],
    ['红星新闻此前报道，该厂已经停产。', 'ORG:红星新闻'],
    ['“大象新闻”报导，现场一片混乱。', 'ORG:大象新闻'],
    ['英国路透社报道，会谈将于下周举行。', 'ORG:路透社'],
  ])('in %s finds %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it('does not take generic sources for outlets', () => {
    expect(found('有媒体报道，当地官方报道称，相关报道引发关注。')).toEqual([]);
  });
});

describe('personal names by evidence', () => {
  it.each([
    ['25岁男子杨某华已被抓获。', 'PERSON:杨某华'],
    ['嫌犯张某已被刑事拘留。', 'PERSON:张某'],
    ['目击者刘先生表示，他听到了巨响。', 'PERSON:刘先生'],
    ['维权人士李海表示，该案仍在审理中。', 'PERSON:李海'],
    ['村民王大成说，桥已经拆了。', 'PERSON:王大成'],
    ['八九学潮经历者季风说，情况很糟。', 'PERSON:季风'],
    ['中国异议人士王丹对记者说，他很失望。', 'PERSON:王丹'],
  ])('in %s finds %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it('does not read a common word before a speech verb as a name', () => {
    expect(found('高度表示关切，公开指称对方违约。')).toEqual([]);
  });

  it('does not take the adverb after a known name into it', () => {
    expect(found('王毅还说，双方应加强沟通。')).toEqual(['PERSON:王毅']);
  });
});

describe('organisation and place grammar at every level (data/name-grammar.json)', () => {
  it.each([
    ['邵阳市委已成立调查组。', 'ORG:邵阳市委'],
    ['隆回县委宣传部当晚发布通报。', 'ORG:隆回县委宣传部'],
    ['隆回县人民政府办公室回应称正在核查。', 'ORG:隆回县人民政府办公室'],
    ['湖北省自然资源厅派出专家。', 'ORG:湖北省自然资源厅'],
    ['国家矿山安全监察局表示将督导处置。', 'ORG:国家矿山安全监察局'],
  ])('in %s finds %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it('finds a county-level unit inside a known city (宜昌市|伍家岗区)', () => {
    expect(found('宜昌市伍家岗区发生一起事故。')).toContain('GPE:伍家岗区');
  });

  it('reads an autonomous county by its short name (阿坝州|汶川县 style, 甘孜州|巴塘县)', () => {
    expect(found('事故发生在马边县境内。')).toContain('GPE:马边彝族自治县');
  });

  it('finds businesses and compounds by a proper stem and their suffix', () => {
    const all = found('大火从蜀香园火锅店烧到隔壁的华联超市，附近翠湖花园小区的住户被疏散。');
    expect(all).toEqual(expect.arrayContaining(['ORG:蜀香园火锅店', 'ORG:华联超市', 'FAC:翠湖花园小区']));
  });

  it('finds a shop named after its owner (老王面馆 style: 老 + surname)', () => {
    expect(found('事发时老周烧烤店里有二十多人。')).toContain('ORG:老周烧烤店');
  });

  it('finds media and platforms, and accounts quoted after an account word (a blogger is a person, docs/annotation-guide.md)', () => {
    const all = found('视频最早出现在抖音，微博博主“江城小灰”发文称已有多人受伤，据澎湃新闻报道，警方已介入。');
    expect(all).toEqual(expect.arrayContaining(['ORG:抖音', 'PERSON:江城小灰', 'ORG:澎湃新闻']));
  });

  it('takes no quoted phrase for an account without an account word', () => {
    expect(found('外交部称这是“公开的政治挑衅”。')).not.toContain('ORG:公开的政治挑衅');
  });
});

describe('precision of the local-name grammar', () => {
  it('reads a town and a village after a county even when the segmenter joins the level to the next name', () => {
    const all = found('山东省临沂市沂南县界湖镇东山村村民说，路被冲毁了。');
    expect(all).toEqual(expect.arrayContaining(['GPE:界湖镇', 'GPE:东山村']));
    expect(all.filter((x) => /^GPE:[镇县村乡]/.test(x))).toEqual([]);
  });

  it('does not take a district and street after a city for a business (…区…街 is no shop)', () => {
    const all = found('广东省佛山市顺德区容桂街道发生事故。');
    expect(all).toEqual(expect.arrayContaining(['GPE:顺德区', 'GPE:容桂街道']));
    expect(all.filter((x) => x.startsWith('FAC:'))).toEqual([]);
  });

  it('takes no common word after a title for a name (官员|来访)', () => {
    expect(found('华府欢迎更多中国官员来访。').filter((x) => x.startsWith('PERSON:'))).toEqual([]);
  });

  it('takes no "other related" report for an outlet', () => {
    expect(found('其他相关报道说，会谈将延期。')).toEqual([]);
  });
});
