import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../../lib/nlp/times';
import { makeDoc } from './doc';

const AT = '2023-06-14T12:45:02Z';

/** Sentences with no time expression at all, though they hold 日, 周, 月, 时 or numbers. */
const noTime: string[] = [
  '日本首相岸田文雄表示关切',
  '中日关系持续紧张',
  '据今日美国报道',
  '人类再次登上月球',
  '中国周边国家表示担忧',
  '会场周围戒备森严',
  '庆祝建党一周年',
  '时任国务卿蓬佩奥访华',
  '他一时难以回答',
  '当时他并不知道',
  '目前美中关系依旧紧张',
  '现在两国都意识到问题',
  '共有2021人参加',
  '周恩来总理曾经访问',
  '双方达成三点共识',
  '乘坐地铁3号线前往',
  '他环顾四周',
  '同时也希望加强沟通',
  '他小时候住在北京',
  '中美两国领导人',
  // Vague references with no calendar value (docs/annotation-guide.md: not annotated).
  '中美近日还因古巴间谍站互相指责',
  '美国官员在稍早的简报会上表示',
  '多年来双方一直保持沟通',
  '两国关系数十年来起伏不定',
  '这是数十年的积累',
  '预期美中官员未来几个月将互访',
  '此后数月，两国的高层交流几乎中断',
  '会晤安排在举行前数小时才对外公布',
  'The May Fourth Movement is remembered.',
  'Officials may meet again.',
];

describe('extractTimes ignores words that only look like times', () => {
  it.each(noTime)('finds nothing in %s', (sentence) => {
    expect(extractTimes(makeDoc(sentence, AT, 'Europe/Paris', /^[A-Z]/.test(sentence) ? 'latin' : 'simplified'))).toEqual([]);
  });

  it('reads 上周一位官员 as last week, not last Monday', () => {
    const times = extractTimes(makeDoc('法新社引据上周一位要求匿名的美国官员说', AT, 'Europe/Paris'));
    expect(times.map((t) => [t.text, t.value])).toEqual([['上周', '2023-06-05/2023-06-11']]);
  });

  it('reads 18日 before 中国 as a day, and 日本 after a date as Japan', () => {
    const times = extractTimes(makeDoc('18日中国外交部表示，日本方面回应', AT, 'Europe/Paris'));
    expect(times.map((t) => t.text)).toEqual(['18日']);
  });
});

describe('extractTimes without a publication date', () => {
  it('resolves absolute expressions and reports relative ones', () => {
    const doc = makeDoc('2023年6月18日，布林肯抵达北京；他昨天表示，周一将会见王毅，会谈持续了五个半小时。', null, 'Asia/Shanghai');
    const times = extractTimes(doc);
    expect(times.map((t) => [t.text, t.value])).toEqual([
      ['2023年6月18日', '2023-06-18'],
      ['五个半小时', 'PT5H30M'],
    ]);
    expect(doc.messages.filter((m) => m.rule === 'times/unresolved').map((m) => doc.text.slice(m.start, m.end))).toEqual(['昨天', '周一']);
  });
});
