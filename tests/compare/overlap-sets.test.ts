import { describe, expect, it } from 'vitest';
import { comparisonEntities, entityOverlap, mentionSpread, mentionTotal } from '../../lib/compare/entity-overlap';
import { claimSets, entitySets, overlapSets } from '../../lib/compare/overlap-sets';
import { BLINKEN, QIN, TAIWAN, makeArticle } from './fixtures';

describe('overlapSets', () => {
  const result = overlapSets([
    { key: 'A', members: ['x', 'y', 'z', 'w'] },
    { key: 'B', members: ['x', 'y', 'v'] },
    { key: 'C', members: ['x', 'u', 'u'] },
  ]);

  it('assigns every member to the exact combination of sets that hold it', () => {
    expect(result.intersections).toEqual([
      { keys: ['A'], members: ['w', 'z'], size: 2 },
      { keys: ['B'], members: ['v'], size: 1 },
      { keys: ['C'], members: ['u'], size: 1 },
      { keys: ['A', 'B'], members: ['y'], size: 1 },
      { keys: ['A', 'B', 'C'], members: ['x'], size: 1 },
    ]);
  });

  it('counts each set once per distinct member and lists what is only in each set', () => {
    expect(result.sets).toEqual([
      { key: 'A', size: 4 },
      { key: 'B', size: 3 },
      { key: 'C', size: 2 },
    ]);
    expect(result.onlyIn).toEqual({ A: ['w', 'z'], B: ['v'], C: ['u'] });
  });

  it('partitions the union: intersection sizes add up to the number of distinct members', () => {
    expect(result.intersections.reduce((s, x) => s + x.size, 0)).toBe(6);
  });
});

describe('entity and claim overlap of an analysis', () => {
  const a = makeArticle('a', 'rfi', '中国外长秦刚与布林肯通话，秦刚谈台湾。', [{ ...QIN, label: '中国外长秦刚' }, BLINKEN, TAIWAN], [
    { speaker: '秦刚', entityId: 'qin-gang', cue: '谈', content: '台湾' },
  ]);
  const b = makeArticle('b', 'dw', '布林肯与秦刚会谈。布林肯说，沟通重要。', [QIN, BLINKEN], [
    { speaker: '布林肯', entityId: 'blinken', cue: '说', content: '沟通重要' },
  ]);

  it('counts mentions and labels per article', () => {
    const rows = entityOverlap([a, b]);
    expect(rows.map((r) => [r.id, r.spread, r.total])).toEqual([
      ['blinken', 2, 3],
      ['qin-gang', 2, 3],
      ['taiwan', 1, 1],
    ]);
    expect(rows[1]!.articles.a).toEqual({ count: 2, labels: [{ label: '中国外长秦刚', count: 2 }] });
    expect(rows[0]!.articles.b).toEqual({ count: 2, labels: [{ label: '布林肯', count: 2 }] });
  });

  it("orders by mentions, then id, with order 'mentions'", () => {
    expect(entityOverlap([a, b], 'mentions').map((r) => [r.id, r.total])).toEqual([
      ['blinken', 3],
      ['qin-gang', 3],
      ['taiwan', 1],
    ]);
  });

  it('comparisonEntities gives the analysis its counts per article from the same rows', () => {
    const entities = comparisonEntities([a, b]);
    const rows = entityOverlap([a, b], 'mentions');
    expect(entities.map((e) => e.id)).toEqual(rows.map((r) => r.id));
    expect(entities.find((e) => e.id === 'qin-gang')?.articles).toEqual({ a: 2, b: 1 });
    expect(entities.find((e) => e.id === 'taiwan')?.articles).toEqual({ a: 1 });
    for (const e of entities) {
      const row = rows.find((r) => r.id === e.id)!;
      expect(mentionTotal(e)).toBe(row.total);
      expect(mentionSpread(e)).toBe(row.spread);
    }
  });

  it('finds entities shared by both articles and those only in one', () => {
    const sets = entitySets({ articles: [a, b] });
    expect(sets.onlyIn).toEqual({ a: ['taiwan'], b: [] });
    expect(sets.intersections.find((x) => x.keys.length === 2)?.members).toEqual(['blinken', 'qin-gang']);
  });

  it('puts grouped claims under their group and ungrouped claims under their article', () => {
    const sets = claimSets({ articles: [a, b], claimGroups: [] });
    expect(sets.onlyIn).toEqual({ a: ['a#c1'], b: ['b#c1'] });
    const grouped = claimSets({ articles: [a, b], claimGroups: [{ id: 'g1', claims: ['a#c1', 'b#c1'], relation: 'similar' }] });
    expect(grouped.intersections).toEqual([{ keys: ['a', 'b'], members: ['g1'], size: 1 }]);
  });
});
