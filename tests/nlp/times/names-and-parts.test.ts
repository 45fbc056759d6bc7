import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../../lib/nlp/times';
import { makeDoc } from './doc';

/** Tuesday 2024-04-16 in Beijing. */
const AT = '2024-04-16T02:00:00Z';
const times = (text: string, script: 'simplified' | 'traditional' = 'simplified'): string[] =>
  extractTimes(makeDoc(text, AT, 'Asia/Shanghai', script)).map((t) => `${t.text}@${t.start}=${t.value}`);

describe('a time expression never cuts a place or organisation name', () => {
  it('leaves the 本 of 日本 to the country (星期一, not 本星期一)', () => {
    expect(times('日本星期一宣布了新的签证政策。')).toEqual(['星期一@2=2024-04-15']);
  });

  it('still reads 本周一 when the 本 is its own word', () => {
    expect(times('日本本周一宣布了新的签证政策。')).toEqual(['本周一@2=2024-04-15']);
    expect(times('湛江市本周一召开会议。')).toEqual(['本周一@3=2024-04-15']);
  });
});

describe('a clock time after a part of the day written apart (日晚8时)', () => {
  it('is read in that part of the day', () => {
    expect(times('大巴于4月15日晚8时40分许侧翻。')).toEqual(['4月15日晚8时40分许@3=2024-04-15T20:40']);
    expect(times('列车15日晨6时许发车。')).toEqual(['15日晨6时许@2=2024-04-15T06:00']);
  });

  it('carries into an offset from the event (事发后2小时)', () => {
    expect(times('大巴于4月15日晚8时40分许侧翻。事发后2小时，救援人员抵达。')).toEqual([
      '4月15日晚8时40分许@3=2024-04-15T20:40',
      '事发后2小时@18=2024-04-15T22:40',
    ]);
  });
});

describe('ranges of months and years (至, 到, -)', () => {
  it('reads a month range with its year as one ISO interval', () => {
    expect(times('今年1至4月，全国实际使用外资金额有所下降。')).toEqual(['今年1至4月@0=2024-01/2024-04']);
    expect(times('2022年3月到12月，该厂共生产零件两万件。')).toEqual(['2022年3月到12月@0=2022-03/2022-12']);
  });

  it('reads a year range as one interval, the first year borrowing the unit of the second', () => {
    expect(times('他自2015至2017年在北京工作。')).toEqual(['2015至2017年@2=2015/2017']);
    expect(times('2015年到2017年，他在北京工作。')).toEqual(['2015年到2017年@0=2015/2017']);
  });

  it('reads a range of days in one month as one interval, in the year of a year-less date', () => {
    expect(times('展会于6月18日至20日在上海举行。')).toEqual(['6月18日至20日@3=2024-06-18/2024-06-20']);
    expect(times('去年11月28日到30日，两国举行了会谈。')).toEqual(['去年11月28日到30日@0=2023-11-28/2023-11-30']);
    expect(times('今年11月28日到30日，两国将举行会谈。')).toEqual(['今年11月28日到30日@0=2024-11-28/2024-11-30']);
    expect(times('2023年12月1日到3日举行。')).toEqual(['2023年12月1日到3日@0=2023-12-01/2023-12-03']);
  });

  it('takes no month range without a year (a season that recurs) and no range of counts', () => {
    expect(times('当地6至8月的雨季多暴雨。').filter((t) => t.includes('/'))).toEqual([]);
    expect(times('事故造成3-5人受伤。')).toEqual([]);
  });
});


describe('midnight written 零时 / 零点 with no other clock figure', () => {
  it('is a clock time of its day', () => {
    expect(times('新规自4月18日零时起施行。')).toEqual(['4月18日零时@3=2024-04-18T00:00']);
    expect(times('停运将持续到17日零點。', 'traditional')).toEqual(['17日零點@6=2024-04-17T00:00']);
  });

  it('is no time in a decimal (零点五)', () => {
    expect(times('增幅为零点五个百分点。')).toEqual([]);
  });
});
