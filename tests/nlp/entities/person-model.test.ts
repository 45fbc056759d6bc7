import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lib/nlp/entities';
import { NAME_SCORE, personNameScore } from '../../../lib/nlp/entities/person-model';
import { docOf } from './doc';

const people = (text: string): string[] => extractEntities(docOf(text)).filter((e) => e.type === 'PERSON').map((e) => e.name);

describe('the personal-name model (surname and given-name statistics)', () => {
  it.each(['王秀兰', '陈志刚', '刘晓燕', '黄伟', '欧阳文杰'])('scores %s as a name', (run) => {
    expect(personNameScore(run)).toBeGreaterThanOrEqual(NAME_SCORE.afterRole);
  });

  it.each(['高度重视', '何时', '周边', '许多', '马上'])('scores the common word %s below any threshold', (run) => {
    expect(personNameScore(run)).toBeLessThan(NAME_SCORE.listItem);
  });

  it('rejects runs with function words or numerals inside', () => {
    expect(personNameScore('张在')).toBe(-Infinity);
    expect(personNameScore('李三人')).toBe(-Infinity);
    expect(personNameScore('某某')).toBe(-Infinity);
  });
});

describe('personal names found by context and the model, no list', () => {
  it('reads every item of a list of victims', () => {
    expect(people('遇难者分别为韩志国、孔丽娟和韩小雪，均为当地居民。')).toEqual(expect.arrayContaining(['韩志国', '孔丽娟', '韩小雪']));
  });

  it('reads a list of defendants with a verb right after the last one', () => {
    expect(people('其余被告人钱振华、孙立和邹建明分别被判处缓刑。')).toEqual(expect.arrayContaining(['钱振华', '孙立', '邹建明']));
  });

  it('does not read a list of common words as names', () => {
    expect(people('村里的高度、宽度和长度都已测量。')).toEqual([]);
  });

  it('reads a name after a role noun whatever follows it', () => {
    expect(people('货车司机彭建军当场被控制。')).toContain('彭建军');
    expect(people('房东许秀梅已配合调查。')).toContain('许秀梅');
  });

  it('does not read a common word after a role noun as a name', () => {
    expect(people('司机马上报警，乘客高度紧张。')).toEqual([]);
  });
});
