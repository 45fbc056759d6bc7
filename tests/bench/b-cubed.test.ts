import { describe, expect, it } from 'vitest';
import { bCubed } from '../../bench/b-cubed';

const m = (pairs: string): Map<string, string> => new Map(pairs.split(' ').map((p) => p.split('=') as [string, string]));

describe('bCubed', () => {
  it('is 1/1/1 for the gold clustering', () => {
    const gold = m('a=1 b=1 c=2');
    expect(bCubed(gold, gold, gold.keys())).toEqual({ precision: 1, recall: 1, f1: 1, items: 3 });
  });

  it('charges a merge to precision and a split to recall', () => {
    const gold = m('a=1 b=1 c=2 d=2');
    const merged = bCubed(m('a=x b=x c=x d=x'), gold, gold.keys());
    expect(merged.precision).toBeCloseTo(0.5);
    expect(merged.recall).toBe(1);
    const split = bCubed(m('a=1 b=2 c=3 d=4'), gold, gold.keys());
    expect(split.precision).toBe(1);
    expect(split.recall).toBeCloseTo(0.5);
  });

  it('scores only the given items, inside clusters over every item', () => {
    const gold = m('a=1 b=1 t=2');
    const r = bCubed(m('a=x b=x t=x'), gold, ['t']);
    expect(r).toMatchObject({ items: 1, recall: 1 });
    expect(r.precision).toBeCloseTo(1 / 3);
  });
});
