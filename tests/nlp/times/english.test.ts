import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../../lib/nlp/times';
import { makeDoc } from './doc';

/** Friday 12 July 2024, afternoon in New York. */
const FRIDAY = '2024-07-12T19:00:00Z';
const values = (text: string, zone = 'America/New_York', pub: string | null = FRIDAY): Record<string, string> =>
  Object.fromEntries(extractTimes(makeDoc(text, pub, zone, 'latin')).map((t) => [t.text, t.value]));

describe('English times', () => {
  it('gives "Tuesday" and "last Tuesday" in a Friday story the same day', () => {
    const a = values('The council voted on Tuesday.');
    const b = values('The council voted last Tuesday.');
    expect(a.Tuesday).toBe('2024-07-09');
    expect(b['last Tuesday']).toBe('2024-07-09');
  });

  it('takes "last Friday" in a Friday story as the week before, and "next Monday" as the coming one', () => {
    expect(values('They met last Friday and meet again next Monday.')).toMatchObject({ 'last Friday': '2024-07-05', 'next Monday': '2024-07-15' });
  });

  it('reads numeric dates in the outlet convention, and the unambiguous ones either way', () => {
    expect(values('It was signed on 07/12/2024.', 'America/New_York')['07/12/2024']).toBe('2024-07-12');
    expect(values('It was signed on 07/12/2024.', 'Europe/London')['07/12/2024']).toBe('2024-12-07');
    expect(values('It was signed on 13/07/2024.', 'America/New_York')['13/07/2024']).toBe('2024-07-13');
    expect(values('It was signed on 2024-07-01.', 'Europe/London')['2024-07-01']).toBe('2024-07-01');
  });

  it('gives a month-day without a year the occurrence nearest publication, within six months either way', () => {
    expect(values('He will be inaugurated on Jan. 20.', 'America/New_York', '2016-11-10T15:00:00Z')['Jan. 20']).toBe('2017-01-20');
    expect(values('It opened on December 3.', 'Europe/London', '2017-03-10T12:00:00Z')['December 3']).toBe('2016-12-03');
    expect(values('It opened on June 3.', 'Europe/London', '2017-03-10T12:00:00Z')['June 3']).toBe('2017-06-03');
  });

  it('finds adjectival and measured durations', () => {
    expect(values('After a 90-minute meeting and a four-day search that took more than an hour a day.')).toMatchObject({ '90-minute': 'PT90M', 'four-day': 'P4D', 'an hour': 'PT1H' });
  });

  it('keeps both ends of a year range', () => {
    expect(values('She was secretary of state from 2009 to 2012.')['from 2009 to 2012']).toBe('2009/2012');
  });

  it('reads a year that modifies a noun after a determiner, not counts', () => {
    expect(values('The 2012 champion retired after the 1997 election.')).toMatchObject({ 2012: '2012', 1997: '1997' });
    expect(values('The 2000 people left the 1500 metres race.')).toEqual({});
  });

  it('dates election night as election day', () => {
    expect(values('She conceded on election night.', 'America/New_York', '2016-11-12T20:00:00Z')['election night']).toBe('2016-11-08');
  });

  it('dates named days in the publication year', () => {
    expect(values('Turnout on Election Day was high; shops closed at Christmas.')).toMatchObject({ 'Election Day': '2024-11-05', Christmas: '2024-12-25' });
    expect(values('Turnout on Election Day was high.', 'America/New_York', '2016-11-12T20:00:00Z')['Election Day']).toBe('2016-11-08');
  });
});

describe('English ages', () => {
  it('are not durations', () => {
    expect(values('The driver, a 42-year-old man, and a man aged 30 years old were hurt.')).toEqual({});
  });
});
