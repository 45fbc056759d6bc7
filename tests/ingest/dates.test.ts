import { describe, expect, it } from 'vitest';
import { readDateline } from '../../lib/ingest/dates/datelines';
import { wallTimeToIso } from '../../lib/ingest/dates/zoned-time';
import { rfi } from '../../lib/ingest/outlets/rfi';
import { rocSerialDate } from '../../lib/ingest/outlets/cna';

describe('wallTimeToIso', () => {
  it.each([
    ['Paris summer time', { year: 2023, month: 6, day: 14, hour: 14, minute: 22 }, 'Europe/Paris', '2023-06-14T12:22:00.000Z'],
    ['Paris winter time', { year: 2023, month: 1, day: 14, hour: 14, minute: 22 }, 'Europe/Paris', '2023-01-14T13:22:00.000Z'],
    ['Taipei midnight', { year: 2023, month: 6, day: 22 }, 'Asia/Taipei', '2023-06-21T16:00:00.000Z'],
    ['New York daylight time', { year: 2023, month: 6, day: 18 }, 'America/New_York', '2023-06-18T04:00:00.000Z'],
    ['UTC', { year: 2023, month: 6, day: 19, hour: 1 }, 'UTC', '2023-06-19T01:00:00.000Z'],
  ])('%s', (_label, t, tz, want) => {
    expect(wallTimeToIso(t, tz)).toBe(want);
  });
});

describe('readDateline', () => {
  it.each([
    ['ISO instant', '2023-06-14T10:38:07.907Z', '2023-06-14T10:38:07.907Z', 'time'],
    ['RFC 822 with GMT', 'Mon, 19 Jun 2023 20:16:00 GMT', '2023-06-19T20:16:00.000Z', 'time'],
    ['RFC 822 with offset', '19 Jun 2023 22:16:00 +0200', '2023-06-19T20:16:00.000Z', 'time'],
    ['Chinese date in the outlet zone', '2023年6月19日', '2023-06-18T16:00:00.000Z', 'date'],
    ['YMD with time in the outlet zone', '2023-06-19 08:30', '2023-06-19T00:30:00.000Z', 'time'],
  ])('reads %s', (_label, text, instant, precision) => {
    const d = readDateline(text, 'Asia/Shanghai');
    expect(d?.instant).toBe(instant);
    expect(d?.precision).toBe(precision);
  });

  it.each([
    ['a sentence with a date in it', '2023年6月19日，布林肯抵达北京。'],
    ['an impossible date', '2023-02-30'],
    ['a number', '1120619'],
  ])('ignores %s', (_label, text) => {
    expect(readDateline(text, 'UTC')).toBeNull();
  });
});

describe('outlet date formats', () => {
  it('reads RFI’s day-first dateline in Paris time', () => {
    expect(rfi.readDateline?.('21/06/2023 - 14:22', 'Europe/Paris')?.instant).toBe('2023-06-21T12:22:00.000Z');
  });

  it('reads a CNA ROC serial as a Taipei date and rejects implausible ones', () => {
    expect(rocSerialDate('1120619', 'Asia/Taipei')?.instant).toBe('2023-06-18T16:00:00.000Z');
    expect(rocSerialDate('1121340', 'Asia/Taipei')).toBeNull();
    expect(rocSerialDate('0120619', 'Asia/Taipei')).toBeNull();
  });
});
