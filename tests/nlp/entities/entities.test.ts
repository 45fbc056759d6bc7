import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '../../../lib/schema/analysis';
import { extractEntities, linkAcrossArticles } from '../../../lib/nlp/entities';
import { docOf } from './doc';

const entitiesOf = (text: string, script: Parameters<typeof docOf>[1] = 'simplified'): ArticleEntity[] =>
  extractEntities(docOf(text, script));
/** The entity one of whose mentions is exactly `surface` (the first such mention). */
const withMention = (ents: ArticleEntity[], surface: string): ArticleEntity | undefined =>
  ents.find((e) => e.mentions.some((m) => m.text === surface));

describe('entity types and English glosses', () => {
  const table: [string, string, string, string, string | undefined][] = [
    // sentence, mention, type, canonical name, english
    ['美国国务卿布林肯周三与中国外长秦刚通电话。', '布林肯', 'PERSON', '布林肯', 'Antony Blinken'],
    ['美国国务卿布林肯周三与中国外长秦刚通电话。', '秦刚', 'PERSON', '秦刚', 'Qin Gang'],
    ['美国国务卿布林肯周三与中国外长秦刚通电话。', '美国', 'GPE', '美国', 'United States'],
    ['中国国防部长李尚福拒绝与奥斯汀会面。', '李尚福', 'PERSON', '李尚福', 'Li Shangfu'],
    ['王毅在北京会见来访的客人。', '王毅', 'PERSON', '王毅', 'Wang Yi'],
    ['莫迪总理将于下月访问新德里以外的城市。', '新德里', 'GPE', '新德里', 'New Delhi'],
    ['双方在南海和台湾海峡的分歧仍然很大。', '南海', 'LOC', '南海', 'South China Sea'],
    ['习近平在人民大会堂会见了他。', '人民大会堂', 'FAC', '人民大会堂', 'Great Hall of the People'],
    ['他出席了新加坡香格里拉对话。', '香格里拉对话', 'EVENT', '香格里拉对话', 'Shangri-La Dialogue'],
    ['据路透社和新华社报道，会谈持续了五个小时。', '路透社', 'ORG', '路透社', 'Reuters'],
    ['据路透社和新华社报道，会谈持续了五个小时。', '新华社', 'ORG', '新华社', 'Xinhua'],
    ['白宫国家安全顾问沙利文在维也纳与王毅会谈。', '白宫', 'ORG', '白宫', 'White House'],
    // A faculty written with its university is one referent, the university (docs/annotation-guide.md, sub-units).
    ['北京大学国际关系学院教授王勇接受采访时说，局势危险。', '北京大学国际关系学院', 'ORG', '北京大学', 'Peking University'],
    ['北京大学国际关系学院教授王勇接受采访时说，局势危险。', '王勇', 'PERSON', '王勇', undefined],
    ['美中领袖去年在20国集团峰会期间会面。', '20国集团峰会', 'EVENT', '20国集团峰会', undefined],
    ['这是《台湾关系法》规定的。', '台湾关系法', 'WORK', '台湾关系法', undefined],
    ['美国空军战机击落了气球。', '美国空军', 'ORG', '美国空军', 'U.S. Air Force'],
  ];
  it.each(table)('in %s, %s is %s %s (%s)', (sentence, surface, type, name, english) => {
    const e = withMention(entitiesOf(sentence), surface);
    expect(e).toMatchObject({ type, name, id: `${type}:${name}` });
    expect(e?.english).toBe(english);
  });
});

describe('one entity per referent within an article', () => {
  const table: [string, string, string[]][] = [
    ['title + name forms', '美国国务卿布林肯抵达北京。国务卿布林肯随后会见秦刚。布林肯表示满意。', ['布林肯']],
    ['a bare title refers back to its holder', '美国国务卿布林肯抵达北京。这位国务卿随后表示，会谈坦诚。', ['布林肯', '国务卿']],
    ['transliterations joined by a middle dot and surname-only back-references', '美国中情局局长威廉·伯恩斯秘密访华。伯恩斯此行未公开。', ['威廉·伯恩斯', '伯恩斯']],
    ['hyphen-joined transliterations', '国务院发言人马修-米勒在声明中说，米勒还透露了更多细节。', ['马修-米勒', '米勒']],
    ['abbreviations of an organisation', '美国国家安全委员会发表声明。国安会发言人随后补充说明。', ['美国国家安全委员会', '国安会']],
    ['a bare institution refers back to the qualified one', '中国外交部发布通告。外交部还表示不满。', ['中国外交部', '外交部']],
    ['a Latin gloss is a mention of the same person', '白宫安全顾问苏利文（Jake Sullivan）与王毅会谈。', ['苏利文', 'Jake Sullivan']],
  ];
  it.each(table)('merges %s', (_rule, sentence, surfaces) => {
    const ents = entitiesOf(sentence);
    const ids = surfaces.map((s) => withMention(ents, s)?.id);
    expect(ids[0]).toBeDefined();
    expect(new Set(ids).size).toBe(1);
  });

  it('keeps a capital named as a place as the city', () => {
    const ents = entitiesOf('布林肯周日抵达北京。');
    expect(withMention(ents, '北京')?.id).toBe('GPE:北京');
  });
});

describe('roles and title phrases on mentions', () => {
  const table: [string, string, string | undefined, string | undefined][] = [
    // sentence, mention, role, label
    ['中国外长秦刚表示，责任在美方。', '秦刚', '外长', '中国外长秦刚'],
    ['中共外交部长秦刚表示，责任在美方。', '秦刚', '外交部长', '中共外交部长秦刚'],
    ['中国国务委员兼外长秦刚应约同布林肯通电话。', '秦刚', '外长', '中国国务委员兼外长秦刚'],
    ['美国国务院发言人米勒说，双方讨论了问题。', '米勒', '发言人', '美国国务院发言人米勒'],
    ['国务卿布林肯与秦刚外长讨论了沟通渠道。', '秦刚', '外长', '秦刚外长'],
    ['秦刚在会谈中强调了台湾问题。', '秦刚', undefined, undefined],
  ];
  it.each(table)('in %s, %s has role %s and label %s', (sentence, surface, role, label) => {
    const m = withMention(entitiesOf(sentence), surface)?.mentions.find((x) => x.text === surface);
    expect(m).toBeDefined();
    expect(m?.role).toBe(role);
    expect(m?.label).toBe(label);
  });

  it('keeps each mention its own framing when mentions merge', () => {
    const ents = entitiesOf('中国外长秦刚会见布林肯。中共外交部长秦刚随后发表讲话。');
    const qin = withMention(ents, '秦刚');
    expect(qin?.mentions.map((m) => m.label)).toEqual(['中国外长秦刚', '中共外交部长秦刚']);
  });
});

describe('stop-list: words the segmenter mistakes for names', () => {
  const table: [string, string][] = [
    ['秦刚则明言双方关系遭遇的新困难和挑战。', '明言'],
    ['秦刚就台湾问题重申严正立场。', '严正'],
    ['两人简短寒暄后进入会议厅。', '寒暄'],
    ['布林肯预定于本周末前往北京。', '于本周'],
    ['不过在北京时间周三进行的通话中，双方交换了意见。', '北京'],
  ];
  it.each(table)('in %s, %s is not an entity', (sentence, word) => {
    const ents = entitiesOf(sentence);
    expect(ents.flatMap((e) => e.mentions).some((m) => m.text.includes(word))).toBe(false);
  });

  // Sentences written for this test (not from any article): the listed words in new contexts.
  const fresh: [string, string][] = [
    ['两国高层将于下月在东京会面。', '高层'],
    ['金融市场对加息反应平和。', '金融'],
    ['他强调地区和平与安全至关重要。', '和平'],
    ['周边国家对此高度关注。', '周边'],
    ['时任总理曾访问当地华人社区。', '华人'],
    ['本台记者在现场看到，双方仍有分歧。', '本台'],
    ['会谈在台北时间晚上举行。', '台北'],
    ['中美关系近来有所缓和。', '中美关系'],
  ];
  it.each(fresh)('in %s, %s is not an entity', (sentence, word) => {
    const ents = entitiesOf(sentence);
    expect(ents.flatMap((e) => e.mentions).some((m) => m.text.includes(word))).toBe(false);
  });

  it('types 新德里 as a place, not a person', () => {
    expect(withMention(entitiesOf('莫迪从新德里出发。'), '新德里')?.type).toBe('GPE');
  });
});

describe('traditional script', () => {
  const table: [string, string, string][] = [
    ['美國國務卿布林肯今天抵達北京，中國外交部長秦剛在釣魚台國賓館迎接。', '秦剛', 'PERSON:秦刚'],
    ['美國國務卿布林肯今天抵達北京，中國外交部長秦剛在釣魚台國賓館迎接。', '釣魚台國賓館', 'FAC:钓鱼台国宾馆'],
    ['中國外交部部長助理華春瑩在推特上傳照片。', '華春瑩', 'PERSON:华春莹'],
    ['拜登稱習近平為獨裁者。', '習近平', 'PERSON:习近平'],
  ];
  it.each(table)('in %s, %s has the simplified id %s', (sentence, surface, id) => {
    expect(withMention(entitiesOf(sentence, 'traditional'), surface)?.id).toBe(id);
  });

  it('keeps the traditional surface and role on the mention', () => {
    const m = withMention(entitiesOf('中國外交部長秦剛表示。', 'traditional'), '秦剛')?.mentions[0];
    expect(m).toMatchObject({ text: '秦剛', role: '外交部長', label: '中國外交部長秦剛' });
  });
});

describe('English articles', () => {
  const text =
    'Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday. ' +
    'Blinken said the talks were candid. The State Department said Matthew Miller would brief reporters. Miller declined to comment.';
  const table: [string, string][] = [
    ['Antony Blinken', 'PERSON:布林肯'],
    ['Blinken', 'PERSON:布林肯'],
    ['Qin Gang', 'PERSON:秦刚'],
    ['Beijing', 'GPE:北京'],
    ['State Department', 'ORG:美国国务院'],
    ['Matthew Miller', 'PERSON:马修·米勒'],
    ['Miller', 'PERSON:马修·米勒'],
  ];
  it.each(table)('finds %s as %s', (surface, id) => {
    expect(withMention(entitiesOf(text, 'latin'), surface)?.id).toBe(id);
  });
});

describe('linking across the articles of a comparison', () => {
  it('gives the same referent the same id in every article', () => {
    const a = entitiesOf('美国国务院发言人马修·米勒表示，布林肯将访华。');
    const b = entitiesOf('国务院发言人米勒说，会谈富有成果。');
    const c = entitiesOf('美國國務卿布林肯抵達北京。', 'traditional');
    const d = entitiesOf('Antony Blinken arrived in Beijing.', 'latin');
    const [la, lb, lc, ld] = linkAcrossArticles([a, b, c, d]);
    expect(withMention(lb!, '米勒')?.id).toBe(withMention(la!, '马修·米勒')?.id);
    const blinken = new Set([withMention(la!, '布林肯'), withMention(lc!, '布林肯'), withMention(ld!, 'Antony Blinken')].map((e) => e?.id));
    expect([...blinken]).toEqual(['PERSON:布林肯']);
  });

  it('links unknown names through a shared English gloss', () => {
    const a = entitiesOf('BBC记者麦笛文（Stephen McDonell）分析说，这是象征。');
    const b = entitiesOf('Stephen McDonell said the meeting was symbolic.', 'latin');
    const [la, lb] = linkAcrossArticles([a, b]);
    expect(withMention(lb!, 'Stephen McDonell')?.id).toBe(withMention(la!, '麦笛文')?.id);
  });
});
