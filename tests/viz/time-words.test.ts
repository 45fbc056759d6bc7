import { describe, expect, it } from 'vitest';
import { utcTickLabel } from '../../lib/viz/timeline-layout';
import { durationWords, timeValueWords } from '../../lib/viz/time-words';

describe('time values in words', () => {
  it.each([
    ['2023-06-14', '14 Jun 2023', '2023年6月14日'],
    ['2023-06', 'Jun 2023', '2023年6月'],
    ['2023', '2023', '2023年'],
    ['PT10H', '10 hours', '10小时'],
    ['P1D', '1 day', '1天'],
    ['P1Y2M', '1 year 2 months', '1年2个月'],
    ['2023-06-14/PXM', '14 Jun 2023 and the months after', '2023年6月14日起的数个月'],
    ['PXD/2023-06-18', 'the days before 18 Jun 2023', '2023年6月18日之前的数天'],
    ['2023-06-14/2023-06-18', '14 Jun 2023 – 18 Jun 2023', '2023年6月14日 – 2023年6月18日'],
    ['2023-06-14/P3D', '3 days from 14 Jun 2023', '2023年6月14日起3天'],
    ['2023-06-18T14:30', '18 Jun 2023 14:30', '2023年6月18日 14:30'],
  ])('%s → %s / %s', (value, en, zh) => {
    expect(timeValueWords(value, 'en')).toBe(en);
    expect(timeValueWords(value, 'zh')).toBe(zh);
  });

  it('leaves what it cannot read as it is', () => {
    expect(timeValueWords('PRESENT_REF', 'en')).toBe('PRESENT_REF');
    expect(durationWords('2023', 'en')).toBeNull();
  });
});

describe('UTC tick labels', () => {
  const day = 86_400_000;
  it('name the month and year on the first tick and when they change, in UTC', () => {
    const a = Date.UTC(2023, 5, 30);
    expect(utcTickLabel(a, null, day, 'en')).toBe('30 Jun 2023');
    expect(utcTickLabel(a + day, a, day, 'en')).toBe('1 Jul');
    expect(utcTickLabel(a + 2 * day, a + day, day, 'en')).toBe('2');
    expect(utcTickLabel(a, null, day, 'zh')).toBe('2023年6月30日');
    expect(utcTickLabel(Date.UTC(2024, 0, 1), Date.UTC(2023, 11, 1), 31 * day, 'en')).toBe('Jan 2024');
    expect(utcTickLabel(Date.UTC(2023, 5, 14, 6), Date.UTC(2023, 5, 14, 3), 3 * 3_600_000, 'en')).toBe('06:00');
  });
});
