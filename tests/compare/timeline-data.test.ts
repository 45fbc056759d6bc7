import { describe, expect, it } from 'vitest';
import { timelineData } from '../../lib/compare/timeline-data';
import { parseDuration, parseTimeValue } from '../../lib/compare/time-value';
import type { TimeMention } from '../../lib/schema/analysis';
import { makeArticle } from './fixtures';

const iso = (ms: number): string => new Date(ms).toISOString();

describe('parseTimeValue on every value form', () => {
  const cases: { label: string; value: string; expected: [string, string, string] | null }[] = [
    { label: 'a year', value: '2023', expected: ['2023-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'year'] },
    { label: 'a month', value: '2023-02', expected: ['2023-02-01T00:00:00.000Z', '2023-03-01T00:00:00.000Z', 'month'] },
    { label: 'a day, as a UTC day', value: '2023-06-18', expected: ['2023-06-18T00:00:00.000Z', '2023-06-19T00:00:00.000Z', 'day'] },
    { label: 'a local minute', value: '2023-06-18T14:30', expected: ['2023-06-18T14:30:00.000Z', '2023-06-18T14:31:00.000Z', 'minute'] },
    { label: 'a minute with an offset', value: '2023-06-18T14:30+08:00', expected: ['2023-06-18T06:30:00.000Z', '2023-06-18T06:31:00.000Z', 'minute'] },
    { label: 'an hour', value: '2023-06-18T09', expected: ['2023-06-18T09:00:00.000Z', '2023-06-18T10:00:00.000Z', 'hour'] },
    { label: 'an interval of days', value: '2023-06-18/2023-06-19', expected: ['2023-06-18T00:00:00.000Z', '2023-06-20T00:00:00.000Z', 'interval'] },
    { label: 'an interval of months', value: '2023-02/2023-06', expected: ['2023-02-01T00:00:00.000Z', '2023-07-01T00:00:00.000Z', 'interval'] },
    { label: 'a start and a duration', value: '2023-06-18/P2D', expected: ['2023-06-18T00:00:00.000Z', '2023-06-20T00:00:00.000Z', 'interval'] },
    { label: 'an open-ended interval placed at its known date', value: '2023-06-18/PXM', expected: ['2023-06-18T00:00:00.000Z', '2023-06-19T00:00:00.000Z', 'day'] },
    { label: 'a duration alone (not placed)', value: 'P5DT5H', expected: null },
    { label: 'an impossible date', value: '2023-02-30', expected: null },
    { label: 'a backwards interval', value: '2023-06-19/2023-06-01', expected: null },
    { label: 'free text', value: 'yesterday', expected: null },
  ];
  it.each(cases)('$label: $value', ({ value, expected }) => {
    const r = parseTimeValue(value);
    expect(r && [iso(r.startMs), iso(r.endMs), r.granularity]).toEqual(expected);
  });
});

it('marks an interval with an unknown duration as open-ended', () => {
  expect(parseTimeValue('2023-06-18/PXM')?.openEnded).toBe('end');
  expect(parseTimeValue('PXD/2023-06-18')?.openEnded).toBe('start');
});

describe('parseDuration', () => {
  const cases: { value: string; hours: number | null }[] = [
    { value: 'PT5H30M', hours: 5.5 },
    { value: 'PT5.5H', hours: 5.5 },
    { value: 'P2D', hours: 48 },
    { value: 'P1W', hours: 168 },
    { value: 'P5Y', hours: 5 * 365 * 24 },
    { value: 'P', hours: null },
    { value: '2023', hours: null },
  ];
  it.each(cases)('reads $value as $hours hours', ({ value, hours }) => {
    const ms = parseDuration(value);
    expect(ms === null ? null : ms / 3_600_000).toBe(hours);
  });
});

describe('timelineData', () => {
  const t = (text: string, value: string, event?: string): Omit<TimeMention, 'start' | 'end'> => ({ text, value, ...(event ? { event } : {}) });
  const withTimes = (id: string, publishedAt: string, text: string, times: Omit<TimeMention, 'start' | 'end'>[]) => {
    const article = makeArticle(id, id, text, [], [], publishedAt);
    article.times = times.map((m) => {
      const start = text.indexOf(m.text);
      return { ...m, start, end: start + m.text.length };
    });
    return article;
  };
  const a = withTimes('a', '2023-06-14T12:45:00Z', '周三（6月14日）布林肯与秦刚通电话。2018年10月蓬佩奥访华。会谈长达五个半小时。', [
    t('6月14日', '2023-06-14', '布林肯与秦刚通电话'),
    t('2018年10月', '2018-10', '蓬佩奥访华'),
    t('五个半小时', 'PT5H30M'),
  ]);
  const b = withTimes('b', '2023-06-18T15:48:00Z', '6月14日，秦刚与布林肯通话。6月14日股市上涨。', [
    t('6月14日', '2023-06-14', '秦刚与布林肯通话'),
    { text: '6月14日股', value: '2023-06-14', event: '股市上涨' },
  ]);
  const data = timelineData([a, b]);

  it('merges the same value for overlapping events across outlets, and keeps other events apart', () => {
    expect(data.marks.map((m) => [m.id, m.value, m.articles, m.sources.length])).toEqual([
      ['t1', '2018-10', ['a'], 1],
      ['t2', '2023-06-14', ['a', 'b'], 2],
      ['t3', '2023-06-14', ['b'], 1],
    ]);
  });

  it('lists durations apart and places publications', () => {
    expect(data.durations.map((d) => [d.articleId, d.value, d.ms])).toEqual([['a', 'PT5H30M', 5.5 * 3_600_000]]);
    expect(data.publications.map((p) => p.articleId)).toEqual(['a', 'b']);
  });

  it('spans years in full but opens on the window around the publications', () => {
    expect(iso(data.extent![0])).toBe('2018-10-01T00:00:00.000Z');
    const [lo, hi] = data.initialDomain!;
    expect(lo).toBeLessThanOrEqual(Date.parse('2023-06-14T00:00:00Z'));
    expect(lo).toBeGreaterThan(Date.parse('2023-06-01T00:00:00Z'));
    expect(hi).toBeGreaterThanOrEqual(Date.parse('2023-06-18T15:48:00Z'));
    expect(hi).toBeLessThan(Date.parse('2023-06-21T00:00:00Z'));
  });
});
