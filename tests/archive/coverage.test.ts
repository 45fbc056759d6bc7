import { describe, expect, it } from 'vitest';
import { eventCoverage, publishingDuring } from '../../lib/archive/coverage';
import { ArchiveEvent, type ArchiveOutletSpan } from '../../lib/schema/archive';

const outlet = (id: string, firstAt: string | null, lastAt: string | null): ArchiveOutletSpan => ({ id, name: id, english: id, articles: 3, firstAt, lastAt });

describe('publishingDuring', () => {
  const event = { firstAt: '2023-06-18T02:00:00.000Z', lastAt: '2023-06-20T10:00:00.000Z' };
  it('holds for an outlet whose articles span the event, or overlap either end of it', () => {
    expect(publishingDuring(outlet('a', '2023-06-01T00:00:00.000Z', '2023-07-01T00:00:00.000Z'), event)).toBe(true);
    expect(publishingDuring(outlet('b', '2023-06-19T00:00:00.000Z', '2023-08-01T00:00:00.000Z'), event)).toBe(true);
    expect(publishingDuring(outlet('c', '2023-05-01T00:00:00.000Z', '2023-06-18T02:00:00.000Z'), event)).toBe(true);
  });
  it('fails for an outlet whose articles all come before or after the event', () => {
    expect(publishingDuring(outlet('d', '2016-11-01T00:00:00.000Z', '2016-11-30T00:00:00.000Z'), event)).toBe(false);
    expect(publishingDuring(outlet('e', '2023-06-21T00:00:00.000Z', '2023-07-30T00:00:00.000Z'), event)).toBe(false);
  });
  it('treats an unknown end as open', () => {
    expect(publishingDuring(outlet('f', null, null), event)).toBe(true);
    expect(publishingDuring(outlet('g', '2016-01-01T00:00:00.000Z', null), event)).toBe(true);
    expect(publishingDuring(outlet('h', '2024-01-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z'), { firstAt: null, lastAt: null })).toBe(true);
  });
});

describe('eventCoverage', () => {
  it('tells reported, republished, silent while publishing and not publishing apart, in the outlets’ order', () => {
    const event = ArchiveEvent.parse({
      id: 'e1',
      title: '布林肯访华',
      firstAt: '2023-06-18T02:00:00.000Z',
      lastAt: '2023-06-20T10:00:00.000Z',
      accounts: 1,
      duplicates: 1,
      outlets: [{ id: 'rfi', name: 'RFI', english: 'RFI' }],
      republishedBy: [{ id: 'copy', name: 'Copy', english: 'Copy' }],
      entities: [],
    });
    const outlets = [
      outlet('rfi', '2023-06-01T00:00:00.000Z', '2023-07-01T00:00:00.000Z'),
      outlet('copy', '2023-06-01T00:00:00.000Z', '2023-07-01T00:00:00.000Z'),
      outlet('voa', '2023-06-10T00:00:00.000Z', '2023-06-25T00:00:00.000Z'),
      outlet('bbc-2016', '2016-11-01T00:00:00.000Z', '2016-11-30T00:00:00.000Z'),
    ];
    expect(eventCoverage(event, outlets).map((c) => [c.outlet.id, c.coverage])).toEqual([
      ['rfi', 'reported'],
      ['copy', 'copy'],
      ['voa', 'missing'],
      ['bbc-2016', 'idle'],
    ]);
  });
});
