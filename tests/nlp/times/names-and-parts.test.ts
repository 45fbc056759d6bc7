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
