import { describe, expect, it } from 'vitest';
import { negationConflict } from '../../lib/compare/negation';
import { extractQuantities, parseNumeral, quantityConflict } from '../../lib/compare/quantities';
import { speakerRelation } from '../../lib/compare/speaker-relation';
import { sideOfText } from '../../lib/compare/speaker-side';

describe('sideOfText', () => {
  const cases: { text: string; side: string | undefined }[] = [
    { text: '中国外交部', side: 'CN' },
    { text: '秦刚', side: 'CN' },
    { text: '中方', side: 'CN' },
    { text: '北京', side: 'CN' },
    { text: '中國外長秦剛', side: 'CN' },
    { text: '中国驻美大使谢锋', side: 'CN' },
    { text: '美国国务院', side: 'US' },
    { text: '国务院发言人', side: 'US' },
    { text: '美国务卿', side: 'US' },
    { text: '华府', side: 'US' },
    { text: 'Blinken', side: 'US' },
    { text: 'the US ambassador', side: 'US' },
    { text: '外交部', side: undefined },
    { text: '美联社', side: undefined },
    { text: 'campus news', side: undefined },
  ];
  it.each(cases)('$text speaks for $side', ({ text, side }) => {
    expect(sideOfText(text)).toBe(side);
  });
});

describe('figures', () => {
  const numerals: { text: string; value: number }[] = [
    { text: '十', value: 10 },
    { text: '二十五', value: 25 },
    { text: '两千三百万', value: 23_000_000 },
    { text: '1,200.5', value: 1200.5 },
  ];
  it.each(numerals)('parses $text as $value', ({ text, value }) => {
    expect(parseNumeral(text)).toBe(value);
  });

  const quantities: { text: string; expected: [number, string, boolean][] }[] = [
    { text: '会面持续了五个半小时', expected: [[5.5, '小时', false]] },
    { text: '兩人會談５個半小時', expected: [[2, '会谈', false], [5.5, '小时', false]] },
    { text: '两名乘客受伤，3名伤者已出院', expected: [[2, 'injured', false], [3, 'injured', false]] },
    { text: '机上有293名乘客', expected: [[293, '乘客', false]] },
    { text: '约3万人参加', expected: [[30_000, '参加', true]] },
    { text: '2021年初执政', expected: [] },
    { text: 'the talks lasted 7 hours', expected: [[7, 'hours', false]] },
    { text: '共收得5萬2950元', expected: [[52_950, '元', false]] },
    { text: '造成31死7伤', expected: [[31, 'dead', false], [7, 'injured', false]] },
    { text: '一名男子持刀伤人', expected: [] },
    { text: 'the club lost 2.5 billion yuan', expected: [[2_500_000_000, '元', false]] },
    { text: 'sales rose 4 percent to 12 million dollars', expected: [[4, '%', false], [12_000_000, '美元', false]] },
  ];
  it.each(quantities)('finds the figures of $text', ({ text, expected }) => {
    expect(extractQuantities(text).map((q) => [q.value, q.key, q.approximate])).toEqual(expected);
  });

  const conflicts: { a: string; b: string; conflict: boolean }[] = [
    { a: '会谈持续了5个半小时', b: '会谈持续了7个小时', conflict: true },
    { a: '会谈持续了五个半小时', b: '会谈持续了5个半小时', conflict: false },
    { a: '约有3万人', b: '有5万人', conflict: true },
    { a: '约有3万人', b: '有3.2万人', conflict: false },
    { a: '31人死亡', b: '造成31死7伤', conflict: false },
    { a: '致六人死亡、一人受伤', b: '致6人死亡、1人受伤', conflict: false },
    { a: '大火造成十人死亡', b: '火灾致12人死亡', conflict: true },
    { a: '车上有两名乘客受伤', b: '伤者共3人', conflict: false },
    { a: '乘客从5个滑梯撤离', b: '他看到4条滑梯', conflict: true },
    { a: '共收取费用3万多元', b: '共收得3萬6500元', conflict: false },
    { a: '共收取费用3万多元', b: '共收得4萬2千元', conflict: true },
    { a: '二十多人参加', b: '有25人参加', conflict: false },
    { a: '会谈持续了5个小时', b: '访问为期两天', conflict: false },
    { a: '球会去年亏损25亿元', b: 'the club lost 2.5 billion yuan last year', conflict: false },
    { a: '票价涨至4元', b: 'the fare rises to 5 yuan', conflict: true },
    { a: '增长3%', b: 'up 3 percent', conflict: false },
  ];
  it.each(conflicts)('$a against $b conflicts: $conflict', ({ a, b, conflict }) => {
    expect(quantityConflict(a, b) !== undefined).toBe(conflict);
  });
});

describe('negationConflict', () => {
  const cases: { a: string; b: string; conflict: boolean }[] = [
    { a: '双方没有达成协议', b: '双方达成了协议', conflict: true },
    { a: '中方否认在古巴建设监测站', b: '中方在古巴建设监测站', conflict: true },
    { a: 'the two sides did not reach an agreement', b: 'the two sides reach an agreement', conflict: true },
    { a: '分歧仍未解决', b: '分歧仍未能解决', conflict: false },
    { a: '不断加强合作', b: '加强合作', conflict: false },
    { a: '双方分歧未解', b: '双方未能解决分歧', conflict: false },
    { a: '他甚至否认气球在那里', b: '当我下令击落那个装满间谍设备的气球时', conflict: false },
    { a: '当时，他们并不知道发生了什么', b: '当他们不知道发生了什么时', conflict: false },
    { a: '他们并不知道发生了什么', b: '他们知道发生了什么', conflict: true },
    { a: '我向你们保证，不用担心中国', b: '我向你们保证，不要担心中国', conflict: false },
  ];
  it.each(cases)('$a against $b conflicts: $conflict', ({ a, b, conflict }) => {
    expect(negationConflict(a, b) !== undefined).toBe(conflict);
  });
});

describe('speakerRelation', () => {
  const cases: { a: string; b: string; relation: string }[] = [
    { a: '廉江市公安局', b: '警方', relation: 'same-side' },
    { a: '双方', b: '两国', relation: 'same-side' },
    { a: '市宣传部', b: '市宣传部工作人员', relation: 'same-side' },
    { a: '中方', b: '北京', relation: 'same-side' },
    { a: '县法院', b: '县检察院', relation: 'unknown' },
    { a: '中方', b: '美方', relation: 'opposed' },
  ];
  it.each(cases)('$a and $b: $relation', ({ a, b, relation }) => {
    const info = (text: string) => ({ text, side: sideOfText(text) });
    expect(speakerRelation(info(a), info(b))).toBe(relation);
  });
});
