import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../../lib/nlp/times';
import { makeDoc } from './doc';

const values = (text: string, at: string, zone = 'Asia/Shanghai'): [string, string][] =>
  extractTimes(makeDoc(text, at, zone)).map((t) => [t.text, t.value]);

describe('weekday resolution', () => {
  it('takes the most recent such day, the publication day itself included', () => {
    // Thursday 2023-06-15 in Shanghai.
    expect(values('周三，双方通话。周四，外交部回应。', '2023-06-15T04:00:00Z')).toEqual([
      ['周三', '2023-06-14'],
      ['周四', '2023-06-15'],
    ]);
  });

  it('takes the next such day when the clause speaks of plans', () => {
    // Sunday 2023-06-18 in Shanghai.
    expect(values('布林肯可能在周一与习近平会面', '2023-06-18T04:00:00Z')).toEqual([['周一', '2023-06-19']]);
  });

  // Monday 2023-06-19 in Shanghai: the ISO week's Sunday is the 25th, the last Sunday the 18th.
  const THIS_WEEK_DAY: [string, string, string][] = [
    ['这个周日在推特上发文的家属说', '这个周日', '2023-06-25'],
    ['家属这个周日已在推特上发文', '这个周日', '2023-06-18'],
    ['家属这周日发布了一条推文', '这周日', '2023-06-18'],
    ['他曾经在本周日会见记者', '本周日', '2023-06-18'],
    ['家属这周日说过此事', '这周日', '2023-06-18'],
    ['这个周日将是我第七次没能与爸爸过父亲节', '这个周日', '2023-06-25'],
    ['双方这周日通过视频会面', '这周日', '2023-06-25'],
    ['为了这周日的会面，双方进行准备', '这周日', '2023-06-25'],
    ['布林肯本周一已抵达北京', '本周一', '2023-06-19'],
  ];
  it.each(THIS_WEEK_DAY)('reads %s as %s = %s (a past-tense clause moves a later day of this week back)', (text, mention, value) => {
    expect(values(text, '2023-06-19T04:00:00Z').filter(([t]) => t === mention)).toEqual([[mention, value]]);
  });

  it('reads the publication day in the outlet zone, not in UTC', () => {
    // 2023-06-18T20:00Z is already Monday the 19th in Shanghai, still Sunday in New York.
    expect(values('今天', '2023-06-18T20:00:00Z', 'Asia/Shanghai')).toEqual([['今天', '2023-06-19']]);
    expect(values('今天', '2023-06-18T20:00:00Z', 'America/New_York')).toEqual([['今天', '2023-06-18']]);
  });
});

describe('year-less dates', () => {
  it('puts a bare day more than ten days ahead in the previous month', () => {
    expect(values('28日，双方举行会谈', '2023-06-05T04:00:00Z')).toEqual([['28日', '2023-05-28']]);
  });

  it('puts a month more than six months ahead in the previous year', () => {
    expect(values('12月，双方举行会谈', '2023-02-05T04:00:00Z')).toEqual([['12月', '2022-12']]);
  });

  it('keeps a historical narrative in its year', () => {
    const text = '1962年10月14日，侦察机拍到照片。10月16日，肯尼迪开会。17日，美军增兵。当天下午，总统讲话。';
    expect(values(text, '2023-06-22T04:00:00Z')).toEqual([
      ['1962年10月14日', '1962-10-14'],
      ['10月16日', '1962-10-16'],
      ['17日', '1962-10-17'],
      ['当天下午', '1962-10-17'],
    ]);
  });

  it('reads a range of months in a relative year as one interval (去年3月到12月)', () => {
    expect(values('俄罗斯在去年3月到12月进口了军事部件', '2023-06-22T04:00:00Z')).toEqual([['去年3月到12月', '2022-03/2022-12']]);
  });
});

describe('bracketed dates', () => {
  it('let the explicit date win over a relative day word', () => {
    expect(values('在今天（21日）的新闻发布会上', '2023-06-22T04:00:00Z')).toEqual([['今天（21日）', '2023-06-21']]);
  });

  it('keep the date when the bracket only names the weekday', () => {
    expect(values('6月19日（星期一）下午会面', '2023-06-20T04:00:00Z')).toEqual([
      ['6月19日（星期一）下午', '2023-06-19'],
    ]);
  });
});

describe('events', () => {
  it('is the clause around the expression, extended when the clause is only the date', () => {
    const times = extractTimes(makeDoc('周日（6月18日），布林肯抵达北京。上午王毅和布林肯会谈，气氛坦诚。', '2023-06-18T04:00:00Z', 'Asia/Shanghai'));
    expect(times.map((t) => t.event)).toEqual(['周日（6月18日），布林肯抵达北京', '上午王毅和布林肯会谈']);
  });
});
