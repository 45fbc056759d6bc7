import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../../lib/nlp/times';
import { isIsoValue } from '../../../lib/nlp/times/iso';
import { makeDoc, type Case } from './doc';

/** Published Wednesday 2023-06-14 14:45 in Paris (RFI). */
const PARIS = { at: '2023-06-14T12:45:02Z', zone: 'Europe/Paris' };

const simplified: Case[] = [
  ['在美国国务卿布林肯据信本周末即将对北京进行融冰访问前夕', '本周末', '2023-06-17/2023-06-18', 'interval'],
  ['周三（6月14日）他与中国外长秦刚通电话。', '周三（6月14日）', '2023-06-14', 'date'],
  ['布林肯对中国的访问原订于今年二月进行', '今年二月', '2023-02', 'month'],
  ['上个月，美国中央情报局局长曾秘密前往北京。', '上个月', '2023-05', 'month'],
  ['白宫国安顾问沙利文五月中与王毅在维也纳举行了会谈', '五月中', '2023-05', 'month'],
  ['六月初美国国防部长奥斯汀希望与李尚福会谈', '六月初', '2023-06', 'month'],
  ['秦刚说，“年初以来，中美关系遭遇新的困难和挑战。”', '年初', '2023', 'year'],
  ['本月稍早，助理国务卿康达访问了中国。', '本月稍早', '2023-06', 'month'],
  ['拜登和习近平都有可能参加9月份在新德里举行的峰会', '9月份', '2023-09', 'month'],
  ['自其前任蓬佩奥2018年10月的访问以来', '2018年10月', '2018-10', 'month'],
  ['事故发生在20时40分许。', '20时40分许', '2023-06-14T20:40', 'datetime'],
  ['这是五年来首位访问中国的美国高级官员', '五年来', 'P5Y', 'duration'],
  ['这是近五年来的首次访问', '近五年来', 'P5Y', 'duration'],
  ['十年来两国关系起伏', '十年来', 'P10Y', 'duration'],
  ['周日抵达北京的布林肯是自2018年以来访问中国的最高级别美国官员', '2018年', '2018', 'year'],
  ['今年以来，双方多次通话', '今年', '2023', 'year'],
  ['6月以来，双方多次通话', '6月', '2023-06', 'month'],
  ['本周以来双方保持沟通', '本周', '2023-06-12/2023-06-18', 'interval'],
  ['他们今年上半年完成了谈判', '今年上半年', '2023-01-01/2023-06-30', 'interval'],
  ['当天上午，双方举行会谈。', '当天上午', '2023-06-14', 'date'],
  ['事发当天上午10时，警方到场。', '当天上午10时', '2023-06-14T10:00', 'datetime'],
  ['两人举行了长达五个半小时的会面', '五个半小时', 'PT5H30M', 'duration'],
  ['去年11月，拜登和习近平在巴厘岛举行了会晤。', '去年11月', '2022-11', 'month'],
  ['民国112年的预算', '民国112年', '2023', 'year'],
  ['会议于2023年6月18日举行', '2023年6月18日', '2023-06-18', 'date'],
  ['布林肯预计6月18日抵达北京', '6月18日', '2023-06-18', 'date'],
  ['布林肯预计18日赴京访问', '18日', '2023-06-18', 'date'],
  ['他昨天表示', '昨天', '2023-06-13', 'date'],
  ['他今天表示', '今天', '2023-06-14', 'date'],
  ['他明天将抵达', '明天', '2023-06-15', 'date'],
  ['他前天表示', '前天', '2023-06-12', 'date'],
  ['一名美国官员上周匿名透露', '上周', '2023-06-05/2023-06-11', 'interval'],
  ['双方下周将再次会谈', '下周', '2023-06-19/2023-06-25', 'interval'],
  ['本周双方保持沟通', '本周', '2023-06-12/2023-06-18', 'interval'],
  ['外交部星期一表示', '星期一', '2023-06-12', 'date'],
  ['礼拜天举行了集会', '礼拜天', '2023-06-11', 'date'],
  ['今年是关键的一年', '今年', '2023', 'year'],
  ['去年双边贸易额高达6900亿美元', '去年', '2022', 'year'],
  ['明年将举行大选', '明年', '2024', 'year'],
  ['明年初将举行大选', '明年初', '2024', 'year'],
  ['协议预计年底完成', '年底', '2023', 'year'],
  ['2月初，气球飞越美国', '2月初', '2023-02', 'month'],
  ['本月底双方将再次会谈', '本月底', '2023-06', 'month'],
  ['双方在6月中旬会面', '6月中旬', '2023-06', 'month'],
  ['当天，两人举行了会谈。', '当天', '2023-06-14', 'date'],
  ['次日，两人再次会面。', '次日', '2023-06-15', 'date'],
  ['他举例1972年尼克松访华', '1972年', '1972', 'year'],
  ['这像极了1970年代的局面', '1970年代', '197', 'year'],
  ['二十一世纪的大国关系', '二十一世纪', '20', 'year'],
  ['会谈于上午10时开始', '上午10时', '2023-06-14T10:00', 'datetime'],
  ['晚上，双方共进晚餐。', '晚上', '2023-06-14', 'date'],
  ['凌晨，警方进行清场。', '凌晨', '2023-06-14', 'date'],
  ['中午，双方发表声明。', '中午', '2023-06-14', 'date'],
  ['布林肯将在中国停留两天', '两天', 'P2D', 'duration'],
  ['谈判持续了三周', '三周', 'P3W', 'duration'],
  ['他已被拘押一年多', '一年多', 'P1Y', 'duration'],
  ['十年前的局面完全不同', '十年前', '2013', 'year'],
  ['他5年前离开了中国', '5年前', '2018', 'year'],
  ['过去一年，两国关系持续紧张', '过去一年', '2022-06-14/2023-06-14', 'interval'],
  ['两人举行了长达10小时的会谈', '10小时', 'PT10H', 'duration'],
  ['周二晚上的一个竞选筹款活动', '周二晚上', '2023-06-13', 'date'],
  ['星期一（6月12日）下午，双方会面', '星期一（6月12日）下午', '2023-06-12', 'date'],
  ['昨天晚上，拜登发表讲话', '昨天晚上', '2023-06-13', 'date'],
  ['星期天下午2时30分左右报道上述消息', '星期天下午2时30分左右', '2023-06-11T14:30', 'datetime'],
  ['六月廿一日举行', '六月廿一日', '2023-06-21', 'date'],
  ['二〇二三年六月十八日', '二〇二三年六月十八日', '2023-06-18', 'date'],
  ['自拜登政府于2021年初执政以来', '2021年初', '2021', 'year'],
  ['他说今年晚些时候将举行峰会', '今年晚些时候', '2023', 'year'],
  ['在本周早些时候的电话简报中', '本周早些时候', '2023-06-12/2023-06-18', 'interval'],
  ['本周末双方将举行会谈', '本周末', '2023-06-17/2023-06-18', 'interval'],
  ['布林肯将于本周日前往北京访问', '本周日', '2023-06-18', 'date'],
  ['大约半个小时的会见', '半个小时', 'PT30M', 'duration'],
  ['上世纪60年代的古巴导弹危机', '上世纪60年代', '196', 'year'],
  ['多篇关于香港今年六四悼念的报导', '今年六四', '2023-06-04', 'date'],
  ['没能与爸爸过父亲节', '父亲节', '2023-06-18', 'date'],
  ['这个周日将是我第七次', '这个周日', '2023-06-18', 'date'],
  ['就在拜登讲话前一天', '前一天', '2023-06-13', 'date'],
  ['近年来，此类事件时有发生', '近年来', '../2023', 'interval'],
  ['近几年来两国贸易不断增长', '近几年来', '../2023', 'interval'],
  ['上世纪九十年代末他开始经商', '上世纪九十年代末', '199', 'year'],
];

const english: Case[] = [
  ['Blinken met Xi on Sunday in Beijing.', 'Sunday', '2023-06-11', 'date'],
  ['He is expected to arrive on June 18.', 'June 18', '2023-06-18', 'date'],
  ['Talks were held last month.', 'last month', '2023-05', 'month'],
  ['A summit is planned next year.', 'next year', '2024', 'year'],
  ['The visit will last two days.', 'two days', 'P2D', 'duration'],
  ['The meeting began at 5:30 p.m. local time.', '5:30 p.m.', '2023-06-14T17:30', 'datetime'],
  ['He said yesterday that talks went well.', 'yesterday', '2023-06-13', 'date'],
  ['Relations were normalised in 1979.', '1979', '1979', 'year'],
  ['It echoes the 1960s crisis.', '1960s', '196', 'year'],
  ['He visited Beijing five years ago.', 'five years ago', '2018', 'year'],
  ['The call took place on Wednesday, June 14, 2023.', 'Wednesday, June 14, 2023', '2023-06-14', 'date'],
];

function expectMention(sentence: string, mention: string, value: string, kind: string, at: string, zone: string, script: 'simplified' | 'traditional' | 'latin'): void {
  expect(isIsoValue(value), `expected value ${value} is ISO 8601`).toBe(true);
  const times = extractTimes(makeDoc(sentence, at, zone, script));
  const start = sentence.indexOf(mention);
  const found = times.find((t) => t.start === start);
  expect(found, `${mention} in ${sentence}: ${JSON.stringify(times)}`).toMatchObject({ text: mention, start, end: start + mention.length, value, kind });
}

describe('extractTimes on simplified Chinese published Wednesday 2023-06-14 in Paris', () => {
  it.each(simplified)('finds %s → %s = %s (%s)', (sentence, mention, value, kind) => {
    expectMention(sentence, mention, value, kind, PARIS.at, PARIS.zone, 'simplified');
  });
});

describe('extractTimes on English published Wednesday 2023-06-14 in Paris', () => {
  it.each(english)('finds %s → %s = %s (%s)', (sentence, mention, value, kind) => {
    expectMention(sentence, mention, value, kind, PARIS.at, PARIS.zone, 'latin');
  });
});

/** CNA: published 2023-06-18T14:54Z = Sunday 22:54 in Taipei. */
const traditional: Case[] = [
  ['（中央社北京18日綜合外電報導）美國國務卿布林肯今天抵達北京', '18日', '2023-06-18', 'date'],
  ['美國國務卿布林肯今天抵達北京', '今天', '2023-06-18', 'date'],
  ['成為近5年來第1位訪問中國的美國最高外交官', '近5年來', 'P5Y', 'duration'],
  ['自2018年以來首位訪華的國務卿', '2018年', '2018', 'year'],
  ['兩人展開5個半小時會談', '5個半小時', 'PT5H30M', 'duration'],
  ['布林肯原定2月訪問中國', '2月', '2023-02', 'month'],
  ['民國112年預算', '民國112年', '2023', 'year'],
  ['112年6月18日公布', '112年6月18日', '2023-06-18', 'date'],
  ['布林肯可能在週一與習近平會面', '週一', '2023-06-19', 'date'],
  ['週三外交部表示', '週三', '2023-06-14', 'date'],
  ['週日下午，布林肯和秦剛會面', '週日下午', '2023-06-18', 'date'],
  ['布林肯在為期兩天的訪問行程', '兩天', 'P2D', 'duration'],
  ['重回兩國元首去年在峇里島會晤時達成的共識', '去年', '2022', 'year'],
  ['自由亞洲電台21日下午3時半向聯合早報了解原因', '21日下午3時半', '2023-06-21T15:30', 'datetime'],
  ['網頁版18日早上8時許刊登一篇報導', '18日早上8時許', '2023-06-18T08:00', 'datetime'],
];

describe('extractTimes on traditional Chinese published Sunday 2023-06-18 in Taipei', () => {
  it.each(traditional)('finds %s → %s = %s (%s)', (sentence, mention, value, kind) => {
    expectMention(sentence, mention, value, kind, '2023-06-18T14:54:00Z', 'Asia/Taipei', 'traditional');
  });
});

/** Offsets counted from the event or date the text gave, published 2023-07-12 in Shanghai. */
const anchored: [text: string, expected: [string, string][]][] = [
  ['7月10日晚间8时40分，一辆货车冲入人群。事发后12小时，警方通报了伤亡情况。', [['7月10日晚间8时40分', '2023-07-10T20:40'], ['事发后12小时', '2023-07-11T08:40']]],
  ['7月3日上午9时，工地发生坍塌。事发后约30分钟，消防员赶到。', [['7月3日上午9时', '2023-07-03T09:00'], ['事发后约30分钟', '2023-07-03T09:30']]],
  ['7月3日，工地发生坍塌。案发后两天，当局公布了名单。', [['7月3日', '2023-07-03'], ['案发后两天', '2023-07-05']]],
  ['去年11月26日，学生走上街头，十天后政府宣布解封。', [['去年11月26日', '2022-11-26'], ['十天后', '2022-12-06']]],
  ['2014年他建了浮桥，第二年就被罚款。', [['2014年', '2014'], ['第二年', '2015']]],
  ['他于2019年2月被拘留，同年12月31日被判刑。', [['2019年2月', '2019-02'], ['同年12月31日', '2019-12-31']]],
];

describe('extractTimes resolves offsets against the anchor the text gives', () => {
  it.each(anchored)('in %s', (text, expected) => {
    const times = extractTimes(makeDoc(text, '2023-07-12T04:00:00Z', 'Asia/Shanghai', 'simplified'));
    expect(times.map((t) => [t.text, t.value])).toEqual(expected);
    for (const [, value] of expected) expect(isIsoValue(value)).toBe(true);
  });
});
