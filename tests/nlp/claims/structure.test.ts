import { describe, expect, it } from 'vitest';
import { brief, claimsOf, ZH } from './helpers';

type Expect = { speaker: string; entityId?: string; kind?: string; cue?: string; text: string; direct?: boolean };
type Row = [label: string, text: string, expected: Expect[]];

const attribution: Row[] = [
  ['a quote before its attribution', '“中国不会去挑战和取代美国。”习近平说。', [{ speaker: '习近平', entityId: 'xi', cue: '说', text: '中国不会去挑战和取代美国。', direct: true }]],
  ['a quote, comma, then the speaker', '“中国尊重美国的利益，不会去挑战美国”，习近平说。', [{ speaker: '习近平', text: '中国尊重美国的利益，不会去挑战美国', direct: true }]],
  ['reported content before …，X说。', '中国方面对此表示强烈不满，毛宁说。', [{ speaker: '毛宁', cue: '说', text: '中国方面对此表示强烈不满', direct: false }]],
  ['a quote opening the sentence, then X表示 with more content', '“美国最重要的目的就是会面，让双方坐下来。”黄介正对本台表示，这一页暂时翻过去了。', [
    { speaker: '黄介正', kind: 'expert', text: '美国最重要的目的就是会面，让双方坐下来。', direct: true },
    { speaker: '黄介正', text: '这一页暂时翻过去了', direct: false },
  ]],
  ['a quote spanning two sentences stays one claim', '拜登说：“当气球被击落时，习近平非常尴尬。对于独裁者来说，这是非常尴尬的。”', [{ speaker: '拜登', text: '当气球被击落时，习近平非常尴尬。对于独裁者来说，这是非常尴尬的。', direct: true }]],
  ['two quotes after one cue make one claim', '毛宁说，“美方言论很荒谬”，“这是公开的政治挑衅”。', [{ speaker: '毛宁', text: '美方言论很荒谬”，“这是公开的政治挑衅', direct: true }]],
  ['a new speaker inside reported content starts a claim', '布林肯表示，两国有义务管控关系，他在会晤期间告诉中国领导人，直接接触是最佳途径。', [
    { speaker: '布林肯', text: '两国有义务管控关系' },
    { speaker: '布林肯', entityId: 'blinken', cue: '告诉', text: '直接接触是最佳途径' },
  ]],
  ['据…报道 gives way to the speaker it reports', '据法新社报道，毛宁在记者会上说，美方言论很荒谬。', [{ speaker: '毛宁', cue: '说', text: '美方言论很荒谬' }]],
];

const carried: Row[] = [
  ['a notice covers the next sentences of its paragraph', '据外交部通报，代表团已于昨晚抵达。双方将举行三轮会谈。会谈议程尚未公布。', [
    { speaker: '外交部', entityId: 'mfa', cue: '据…通报', text: '代表团已于昨晚抵达' },
    { speaker: '外交部', entityId: 'mfa', cue: '据…通报', text: '双方将举行三轮会谈' },
    { speaker: '外交部', entityId: 'mfa', cue: '据…通报', text: '会谈议程尚未公布' },
  ]],
  ['a report stops at the paragraph end and at the reporter\'s own inference', '路透社报道，工厂已经停产。这意味着供应将更加紧张。\n\n工人们仍在等待消息。', [
    { speaker: '路透社', kind: 'media', text: '工厂已经停产' },
  ]],
  ['a plain statement is not carried over', '秦刚表示，中方愿意对话。天气晴朗，会场布置简朴。', [
    { speaker: '秦刚', text: '中方愿意对话' },
  ]],
  ['parallel figures under one cue are split at the comma', '外交部公布的数据显示，大米产量增长3%，小麦产量下降2%。', [
    { speaker: '外交部公布的数据', entityId: 'mfa', kind: 'statement', text: '大米产量增长3%' },
    { speaker: '外交部公布的数据', entityId: 'mfa', kind: 'statement', text: '小麦产量下降2%' },
  ]],
  ['a figure and its consequence stay one claim', '路透社报道，工厂发生火灾，致3人死亡、5人受伤。', [
    { speaker: '路透社', kind: 'media', text: '工厂发生火灾，致3人死亡、5人受伤' },
  ]],
  ['propositions joined by a semicolon under one cue are split', '路透社报道，工厂已经停产；工人被要求回家等候。', [
    { speaker: '路透社', kind: 'media', text: '工厂已经停产' },
    { speaker: '路透社', kind: 'media', text: '工人被要求回家等候' },
  ]],
  ['a quote-only sentence continues the previous speaker', '布林肯承认，双方存在分歧。“我们对管理双边关系的挑战没有幻想。”', [
    { speaker: '布林肯', text: '双方存在分歧' },
    { speaker: '布林肯', entityId: 'blinken', text: '我们对管理双边关系的挑战没有幻想。', direct: true },
  ]],
  ['a quote paragraph continues across a paragraph break', '王勇教授说：“中美之间有非常多的共同利益。”\n\n“中国方面是愿意跟美国坐下来的。”', [
    { speaker: '王勇', text: '中美之间有非常多的共同利益。' },
    { speaker: '王勇', text: '中国方面是愿意跟美国坐下来的。' },
  ]],
  ['a quote sentence followed by its speaker belongs to that speaker', '秦刚说，中方立场明确。\n\n“它的野心没有丝毫的改变！它要做世界最高领导者的角色。”宋国诚补充说道。', [
    { speaker: '秦刚', text: '中方立场明确' },
    { speaker: '宋国诚', cue: '补充说道', text: '它的野心没有丝毫的改变！它要做世界最高领导者的角色。' },
  ]],
  ['an elided subject takes the subject of the clause before', '秦刚就台湾问题阐明严正立场，强调美方应予尊重。', [{ speaker: '秦刚', entityId: 'qin', cue: '强调', text: '美方应予尊重' }]],
];

const resolution: Row[] = [
  ['他 is the subject of the previous sentence', '拜登是在周二晚上的一个筹款活动中提到习近平的。他说，这让习近平感到非常难堪。', [{ speaker: '拜登', entityId: 'biden', text: '这让习近平感到非常难堪' }]],
  ['她 is the speaker of the claim just before', '毛宁称，美方言论很荒谬。她告诉媒体，这是公开的政治挑衅。', [
    { speaker: '毛宁', text: '美方言论很荒谬' },
    { speaker: '毛宁', entityId: 'mao', text: '这是公开的政治挑衅' },
  ]],
  ['这位美国总统 resolves by role', '拜登周二出席筹款活动。这位美国总统认为，布林肯做了很好的工作。', [{ speaker: '拜登', entityId: 'biden', cue: '认为', text: '布林肯做了很好的工作' }]],
  ['发言人 resolves to the entity carrying that role', '毛宁周三主持记者会。发言人表示，中方坚决反对。', [{ speaker: '毛宁', entityId: 'mao', text: '中方坚决反对' }]],
  ['该官员 continues the last named official', '美国国务院发言人米勒表示，会谈坦诚。该官员还说，双方将保持沟通。', [
    { speaker: '米勒', text: '会谈坦诚' },
    { speaker: '米勒', text: '双方将保持沟通' },
  ]],
  ['a title and name keeps the name', '中国外交部发言人毛宁说，这是政治挑衅。', [{ speaker: '毛宁', entityId: 'mao', text: '这是政治挑衅' }]],
  ['an organisation spokesman without a name is the organisation', '美國國務院發言人表示，兩人會談持續5個半小時。', [{ speaker: '美國國務院發言人', entityId: 'state', kind: 'entity', text: '兩人會談持續5個半小時' }]],
];

const kinds: Row[] = [
  ['匿名官员 is an unnamed official', '一名不愿具名的美国官员说，会谈不会有突破。', [{ speaker: '一名不愿具名的美国官员', kind: 'official', text: '会谈不会有突破' }]],
  ['警方 is an unnamed official', '警方称，嫌犯已于当晚落网。', [{ speaker: '警方', kind: 'official', text: '嫌犯已于当晚落网' }]],
  ['当地官方 is an unnamed official', '当地官方回应说，事故原因仍在调查。', [{ speaker: '当地官方', kind: 'official', text: '事故原因仍在调查' }]],
  ['网民 are the public', '不少网民认为，处罚过重。', [{ speaker: '不少网民', kind: 'public', text: '处罚过重' }]],
  ['居民 are the public', '附近居民表示，爆炸声持续了几分钟。', [{ speaker: '附近居民', kind: 'public', text: '爆炸声持续了几分钟' }]],
  ['目击者 is a witness', '一名目击者说，货车冲上了人行道。', [{ speaker: '一名目击者', kind: 'witness', text: '货车冲上了人行道' }]],
  ['乘客 are witnesses', '多名乘客描述，列车突然急刹。', [{ speaker: '多名乘客', kind: 'witness', text: '列车突然急刹' }]],
  ['a notice shows: the body that issued it speaks', '外交部公布的数据显示，贸易额下降了5%。', [{ speaker: '外交部公布的数据', entityId: 'mfa', kind: 'statement', text: '贸易额下降了5%' }]],
  ['业内人士 is an expert', '业内人士指出，房价仍有下行压力。', [{ speaker: '业内人士', kind: 'expert', text: '房价仍有下行压力' }]],
  ['知情人士 is anonymous', '知情人士透露，双方已就日程达成一致。', [{ speaker: '知情人士', kind: 'anonymous', text: '双方已就日程达成一致' }]],
  ['消息人士 is anonymous', '消息人士称，秦刚将于下月访美。', [{ speaker: '消息人士', kind: 'anonymous', text: '秦刚将于下月访美' }]],
  ['分析人士 is an expert', '分析人士认为，此次会面为美中关系提供了契机。', [{ speaker: '分析人士', kind: 'expert', text: '此次会面为美中关系提供了契机' }]],
  ['分析指 is an expert', '分析指，此次会面为美中关系提供了契机。', [{ speaker: '分析', kind: 'expert', text: '此次会面为美中关系提供了契机' }]],
  ['a named analyst without entity is an expert', '北京大学教授王勇说，中美关系处于危险状态。', [{ speaker: '王勇', kind: 'expert', text: '中美关系处于危险状态' }]],
  ['声明 is a statement', '联合声明指出，双方将加强合作。', [{ speaker: '联合声明', kind: 'statement', text: '双方将加强合作' }]],
  ['公报 is a statement', '会后发表的公报称，两国同意保持沟通。', [{ kind: 'statement', speaker: '会后发表的公报', text: '两国同意保持沟通' }]],
  ['据美联社报道 is media', '据美联社报道，会谈持续了五个小时。', [{ speaker: '美联社', kind: 'media', cue: '据…报道', text: '会谈持续了五个小时' }]],
  ['路透社 is media with its entity', '路透社报道，布林肯原定2月访问中国。', [{ speaker: '路透社', entityId: 'reuters', kind: 'media', text: '布林肯原定2月访问中国' }]],
  ['媒体报道 is media', '媒体报道称，两国将恢复军事对话。', [{ speaker: '媒体', kind: 'media', text: '两国将恢复军事对话' }]],
  ['据报道 without a source is an unnamed report (media, docs/annotation-guide.md)', '据报道，两国将恢复军事对话。', [{ speaker: '', kind: 'media', cue: '据报道', text: '两国将恢复军事对话' }]],
];

const traditional: Row[] = [
  ['CNA 「…」 after 寫：', '華春瑩在推特發文還寫：「期望此次會面能推動中美關係重回正軌。」', [{ speaker: '華春瑩', cue: '寫', text: '期望此次會面能推動中美關係重回正軌。', direct: true }]],
  ['表示 in traditional script', '美國國務院發言人表示，兩人會談持續5個半小時。', [{ speaker: '美國國務院發言人', cue: '表示', text: '兩人會談持續5個半小時' }]],
  ['說 in traditional script', '佐拉說，「聯合早報」網頁IP是網頁anycast的IP。', [{ speaker: '佐拉', cue: '說', text: '「聯合早報」網頁IP是網頁anycast的IP' }]],
  ['據…報導', '據路透社報導，秦剛將訪問美國。', [{ speaker: '路透社', cue: '據…報導', kind: 'media', text: '秦剛將訪問美國' }]],
  ['強調 / 認為 / 宣佈 / 呼籲', '秦剛強調，美方應予尊重。', [{ speaker: '秦剛', entityId: 'qin', cue: '強調', text: '美方應予尊重' }]],
  ['『…』 quotes', '習近平說：『中美應當相互尊重。』', [{ speaker: '習近平', text: '中美應當相互尊重。', direct: true }]],
  ['對方…稱「…」', '自由亞洲電台指出，新加坡「聯合早報」的報導在香港無法閱覽。', [{ speaker: '自由亞洲電台', kind: 'media', text: '新加坡「聯合早報」的報導在香港無法閱覽' }]],
];

const table = (rows: Row[]) => (_label: string, text: string, expected: Expect[]) => {
  const got = claimsOf(text, ZH, /[們說國這]/.test(text) ? 'zh-Hant' : 'zh-Hans').map(brief);
  expect(got).toHaveLength(expected.length);
  expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  void rows;
};

describe('attribution position', () => it.each(attribution)('handles %s', table(attribution)));
describe('speakers named earlier', () => it.each(carried)('handles %s', table(carried)));
describe('pronoun and role speakers', () => it.each(resolution)('resolves %s', table(resolution)));
describe('speaker kinds', () => it.each(kinds)('classifies %s', table(kinds)));
describe('traditional script', () => it.each(traditional)('handles %s', table(traditional)));
