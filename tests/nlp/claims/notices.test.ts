import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../../lib/analyze';
import { parseArticle } from '../../../lib/ingest';

/**
 * The claims of a made-up article whose paragraphs are `<p>` elements (as on news pages), as
 * `speaker: content` where the speaker is the entity's name, else `kind` (`kind=words` when the
 * speaker has words of its own that name no entity).
 */
function claims(...paragraphs: string[]): string[] {
  const raw = `---\ntitle: "t"\ndate: 2024-05-08T02:00:00.000Z\n---\n\n${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}\n`;
  const art = analyzeArticles([parseArticle(raw, 't.md')]).articles[0]!;
  const name = (id: string | undefined): string | undefined => art.entities.find((e) => e.id === id)?.name;
  return art.claims.map((c) => {
    const who = name(c.speaker.entityId) ?? (c.speaker.kind === 'entity' ? `entity=${c.speaker.text}` : c.speaker.kind);
    return `${who}: ${c.text}`;
  });
}

describe('several propositions under one cue of a notice or report', () => {
  it('splits a clause with a subject of its own (伤者已…) from the casualty figure before it', () => {
    expect(claims('据福建省应急管理厅通报，事故造成3人死亡，伤者已被送往医院救治。')).toEqual([
      '福建省应急管理厅: 事故造成3人死亡',
      '福建省应急管理厅: 伤者已被送往医院救治',
    ]);
  });

  it('splits a quantified subject (另一名被害人) and an unknown modifier word before a noun (留样食品)', () => {
    expect(claims('警方通报称，两名伤者经抢救无效死亡，另一名被害人伤势稳定。')).toEqual([
      'official: 两名伤者经抢救无效死亡',
      'official: 另一名被害人伤势稳定',
    ]);
    expect(claims('警方通报称，涉事餐馆已被责令停业，留样食品已送检。')).toEqual([
      'official: 涉事餐馆已被责令停业',
      'official: 留样食品已送检',
    ]);
  });

  it('splits a subject made of a verb and a noun before an adverb (受损道路正在…), after a clause opening on 当地', () => {
    expect(claims('警方通报称，当地已紧急转移群众200余人，受损道路正在抢修。')).toEqual([
      'official: 当地已紧急转移群众200余人',
      'official: 受损道路正在抢修',
    ]);
  });

  it('splits the points of an unnamed analyst too (有专家分析指，A，B)', () => {
    expect(claims('有专家分析指，山区道路弯道多，司机疲劳驾驶是主要诱因。')).toEqual([
      'expert: 山区道路弯道多',
      'expert: 司机疲劳驾驶是主要诱因',
    ]);
  });

  it('keeps a clause without its own subject (将…, 均…) in the claim', () => {
    expect(claims('警方通报称，共有12名学生到医院就诊，均无生命危险。')).toEqual(['official: 共有12名学生到医院就诊，均无生命危险']);
  });

  it('does not split after a time adverbial or a subordinate clause', () => {
    expect(claims('统计局通报称，今年1至5月，全省工业产值增长8%。')).toHaveLength(1);
    expect(claims('警方通报称，截至10日18时，救援人员已找到7名失联者。')).toHaveLength(1);
    expect(claims('警方通报称，在搜救过程中，一名消防员受轻伤。')).toHaveLength(1);
    expect(claims('航空公司发布声明表示，班机起飞后不久，机长发现引擎出现异常。')).toHaveLength(1);
  });

  it('keeps a person’s reasoning over several clauses as one claim', () => {
    expect(claims('经济学家李明远表示，消费需求依然疲弱，政府应当加大投入。')).toHaveLength(1);
  });
});

describe('notice-style attribution carried over the following sentences', () => {
  it('covers the sentences that continue the notice, each split into its propositions, up to three sentences', () => {
    expect(
      claims('警方发布通报称，7日晚一辆货车冲入路边商铺。司机已被控制。两名伤者已送医，一名店员受轻伤。事故原因正在调查中。'),
    ).toEqual([
      'official: 7日晚一辆货车冲入路边商铺',
      'official: 司机已被控制',
      'official: 两名伤者已送医',
      'official: 一名店员受轻伤',
      'official: 事故原因正在调查中',
    ]);
  });

  it('stops at the end of the paragraph', () => {
    expect(claims('警方发布通报称，货车司机已被控制。', '附近的商铺当天照常营业。')).toEqual(['official: 货车司机已被控制']);
  });
});

describe('speakers from evidence', () => {
  it('gives a bare 通报称 to the body a recent sentence says issued the notice', () => {
    expect(claims('福州市市场监管局8日发布情况通报。通报称，涉事餐馆已停业整改。')).toEqual(['福州市市场监管局: 涉事餐馆已停业整改']);
  });

  it('gives a judgment (判决书指出) to the court that delivered it', () => {
    expect(claims('福州市中级人民法院7日作出一审判决。判决书指出，被告人多次虚构投资项目。')).toEqual([
      '福州市中级人民法院: 被告人多次虚构投资项目',
    ]);
  });

  it('takes a body no mention holds from its staff or its document (…處發言人, …局资料)', () => {
    // Found by the entity stage or not, the body speaks (not `official`, not the whole phrase).
    expect(['渠务处: 水浸情況已經改善', 'entity=渠務處: 水浸情況已經改善']).toContain(claims('渠務處發言人表示，水浸情況已經改善。')[0]);
    expect(['水务署: 供水已全面恢复', 'entity=水务署: 供水已全面恢复']).toContain(claims('水务署资料显示，供水已全面恢复。')[0]);
  });

  it('reads a kind of speaker then a surname with a polite form as that person (居民陈太, 村民李大爷)', () => {
    for (const [sentence, name] of [
      ['同區居民陳太說，她聽到有人大叫後立即逃生。', '陳太'],
      ['同村村民李大爷说，洪水半夜就涨上来了。', '李大爷'],
    ]) {
      const raw = `---\ntitle: "t"\ndate: 2024-05-08T02:00:00.000Z\n---\n\n<p>${sentence}</p>\n`;
      const [claim] = analyzeArticles([parseArticle(raw, 't.md')]).articles[0]!.claims;
      expect(claim?.speaker.text).toBe(name);
      expect(claim?.speaker.kind).toBe('entity');
    }
  });

  it('keeps a group subject before its contrastive adverb (家属则…，认为…) over the previous speaker', () => {
    expect(claims('村民王建国说，房子已经倒了。遇难者家属则情绪激动，认为村里早该搬迁。')).toEqual([
      '王建国: 房子已经倒了',
      'public: 村里早该搬迁',
    ]);
  });

  it('reads a quoted name with its original in brackets as a named group, not a kind (家人 in a campaign name)', () => {
    for (const sentence of ['“还我家人运动”(“Give Back Our Families”)周日在推文中说：“我们不会放弃。”', '“还我家园联盟”周日发文说，居民将继续上访。']) {
      const raw = `---\ntitle: "t"\ndate: 2024-05-08T02:00:00.000Z\n---\n\n<p>${sentence}</p>\n`;
      const [claim] = analyzeArticles([parseArticle(raw, 't.md')]).articles[0]!.claims;
      expect(claim?.speaker.kind).toBe('entity');
      expect(claim?.speaker.text).toMatch(/^还我家(?:人运动|园联盟)$/);
    }
  });

  it('reads judges and prosecutors as officials', () => {
    expect(claims('法官认为，被告人犯罪情节严重。')).toEqual(['official: 被告人犯罪情节严重']);
    expect(claims('检方查扣的账册显示，涉案金额超过两千万元。')).toEqual(['official: 涉案金额超过两千万元']);
  });

  it('reads an outlet in book marks by its name', () => {
    const raw = '---\ntitle: "t"\ndate: 2024-05-08T02:00:00.000Z\n---\n\n<p>据《东南快报》报道，涉事公司已被立案调查。</p>\n';
    const [claim] = analyzeArticles([parseArticle(raw, 't.md')]).articles[0]!.claims;
    expect(claim?.speaker.text).toBe('东南快报');
  });
});

describe('cues of findings, rumours and headings', () => {
  it('reads what circulates with no source (也传出…) as unattributed, and a sound as no claim', () => {
    expect(claims('会谈日程尚未公布，同时也传出两国外长可能在下周再次会面。')).toEqual(['unattributed: 两国外长可能在下周再次会面']);
    expect(claims('现场随即传出一声巨响。')).toEqual([]);
  });

  it('reads a finding followed by its content (X发现，…) as a claim, and a found object as none', () => {
    expect(claims('调查组发现，涉事桥梁的钢缆已严重锈蚀。')).toEqual(['official: 涉事桥梁的钢缆已严重锈蚀']);
    expect(claims('救援人员在车内发现一名被困男子。')).toEqual([]);
  });

  it('reads a section heading `Name：…` as that speaker’s claim', () => {
    const raw = '---\ntitle: "t"\ndate: 2024-05-08T02:00:00.000Z\n---\n\n<p>两国关系近来持续紧张。</p>\n<h2>拜登：将与习近平再次会面</h2>\n<p>美国总统拜登周一在白宫对记者发表讲话。</p>\n';
    const art = analyzeArticles([parseArticle(raw, 't.md')]).articles[0]!;
    const heading = art.claims.find((c) => c.cue === '：');
    expect(heading?.text).toBe('将与习近平再次会面');
    expect(art.entities.find((e) => e.id === heading?.speaker.entityId)?.name).toBe('拜登');
  });

  it('gives 对方 to the party named last before it (向X了解原因，对方回复称…)', () => {
    const raw = '---\ntitle: "t"\ndate: 2024-05-08T02:00:00.000Z\n---\n\n<p>本台记者8日向深圳航空了解原因，对方电话回复本台称“正在核实”。</p>\n';
    const art = analyzeArticles([parseArticle(raw, 't.md')]).articles[0]!;
    const [claim] = art.claims;
    expect(claim?.text).toBe('正在核实');
    expect(art.entities.find((e) => e.id === claim?.speaker.entityId)?.name).toBe('深圳航空');
  });
});


describe('notices, documents and bodies named before (sentences written for these rules)', () => {
  it('carries a notice named by its document (发布新闻稿指出) over the sentences that continue it', () => {
    expect(claims('长沙市城管局昨晚发布新闻稿指出，倒塌的广告牌未经审批。涉事公司负责人已被约谈。全市将开展广告牌安全排查。')).toEqual([
      '长沙市城管局: 倒塌的广告牌未经审批',
      '长沙市城管局: 涉事公司负责人已被约谈',
      '长沙市城管局: 全市将开展广告牌安全排查',
    ]);
  });

  it('reads a report owned by an outlet (X的报道称) and a source cited after 另据', () => {
    expect(claims('红星新闻的报道称，涉事司机已被警方控制。')).toEqual(['红星新闻: 涉事司机已被警方控制']);
    expect(claims('另据美联社援引知情人士的说法，谈判将于月底恢复。')).toEqual(['anonymous: 谈判将于月底恢复']);
  });

  it('gives 该局 and a bare 法院 to the body named before, and a bare 发言人 to the body whose spokesperson spoke', () => {
    expect(claims('武汉市市场监管局表示，已对涉事餐厅立案调查。该局还表示，检测结果将向社会公布。')).toEqual([
      '武汉市市场监管局: 已对涉事餐厅立案调查',
      '武汉市市场监管局: 检测结果将向社会公布',
    ]);
    expect(claims('杭州市中级人民法院8日作出判决。法院认为，被告人的行为构成受贿罪。')).toEqual(['杭州市中级人民法院: 被告人的行为构成受贿罪']);
  });

  it('does not split off a time adverbial or an adverbial clause before a figure', () => {
    expect(claims('福建省应急管理厅通报，截至8日零时，已有6人获救。')).toEqual(['福建省应急管理厅: 截至8日零时，已有6人获救']);
    expect(claims('警方通报称，列车于上午9时15分驶过隧道时，第2节车厢起火。')).toEqual(['official: 列车于上午9时15分驶过隧道时，第2节车厢起火']);
  });

  it('splits a clause whose subject follows a time word or an adjective, not one that opens on a localizer', () => {
    expect(claims('警方通报称，嫌疑人已被抓获，目前作案动机尚不明确。')).toEqual(['official: 嫌疑人已被抓获', 'official: 目前作案动机尚不明确']);
    expect(claims('警方通报称，嫌疑人已被抓获，具体原因正在调查。')).toEqual(['official: 嫌疑人已被抓获', 'official: 具体原因正在调查']);
    expect(claims('有家长说，学校食堂换了承包商，开学后饭菜一直有异味。')).toEqual(['public: 学校食堂换了承包商，开学后饭菜一直有异味']);
  });

  it('reads a kind and a polite name (车主张先生) as the person, and the name after a modifier (…的X) as the speaker', () => {
    // The entity stage may find the polite name itself (then the speaker is linked to it).
    expect(['张先生: 电池起火前没有任何报警', 'entity=张先生: 电池起火前没有任何报警']).toContain(claims('车主张先生说，电池起火前没有任何报警。')[0]);
    expect(claims('负责运营的顺达物流回应称，货车司机已停职。')).toEqual(['entity=顺达物流: 货车司机已停职']);
  });

  it('gives a statement on the website of a body (官网声明说) to that body', () => {
    expect(claims('日本外务省官网9日发布了两国外长会谈的消息，官网声明说，双方同意加强沟通。')).toEqual(['日本外务省: 双方同意加强沟通']);
  });

  it('reads 发言人称, a source cited in its words (援引X的话说) and 记者从X获悉', () => {
    expect(claims('海关总署发言人称，前两个月进口保持增长。')).toEqual(['海关总署: 前两个月进口保持增长']);
    expect(claims('路透社援引三名欧洲外交官的话说，制裁方案已基本谈妥。')).toEqual(['official: 制裁方案已基本谈妥']);
    expect(claims('记者从宁波市交通运输局获悉，跨海大桥已恢复通行。')).toEqual(['宁波市交通运输局: 跨海大桥已恢复通行']);
  });

  it('reads X统计 as a claim of X, not 据统计; splits 其余N人 from 其中N人', () => {
    expect(claims('海关总署统计，前两个月出口增长3%。')).toEqual(['海关总署: 前两个月出口增长3%']);
    expect(claims('据统计，全市共有养老机构120家。')).toEqual([]);
    expect(claims('警方通报称，伤者已送医，其中1人重伤，其余2人为轻伤。')).toEqual(['official: 伤者已送医，其中1人重伤', 'official: 其余2人为轻伤']);
  });

  it('gives a body head to the body, legislators to officials, and 他说 after a spokesperson to the spokesperson', () => {
    expect(claims('海关总署署长在发布会上表示，通关效率继续提升。')).toEqual(['海关总署: 通关效率继续提升']);
    expect(claims('执政党立委则认为，相关预算不宜删减。')).toEqual(['official: 相关预算不宜删减']);
    expect(claims('财政部新闻发言人表示，专项债发行进度加快。他说，资金将优先用于民生项目。')).toEqual([
      '财政部: 专项债发行进度加快',
      '财政部: 资金将优先用于民生项目',
    ]);
  });

  it('ends the speaker before 发布 (X发布预报称)', () => {
    expect(claims('杭州市气象局发布预报称，台风将于明晚登陆。')).toEqual(['杭州市气象局: 台风将于明晚登陆']);
  });

  it('splits a clause with a quantified subject after a clause opening on a time word (当天…，至少N人…), and reads 渔民 as the public', () => {
    expect(claims('警方通报称，当天有数十人聚集，至少3人受伤。')).toEqual(['official: 当天有数十人聚集', 'official: 至少3人受伤']);
    expect(claims('一位当地渔民说，渔船都被吹翻了。')).toEqual(['public: 渔船都被吹翻了']);
  });
});
