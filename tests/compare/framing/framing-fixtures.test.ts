import { describe, expect, it } from 'vitest';
import { findTermFamilies, labelRows, omissions, parseReassign, speakerCounts, speakerGroup, stateSideOfName } from '../../../lib/compare/framing';
import { makeArticle, QIN } from '../fixtures';

const A = makeArticle('a', 'rfi', '中国外长秦刚对布林肯说，中国反对。专家张三说，局势紧张。', [
  { ...QIN, label: '中国外长秦刚' },
  { id: 'GPE:中国', name: '中国', type: 'GPE', surfaces: ['中国'] },
  { id: 'PERSON:张三', name: '张三', type: 'PERSON', surfaces: ['张三'], label: '专家张三' },
], [
  { speaker: '秦刚', entityId: 'qin-gang', kind: 'entity', cue: '说', content: '中国反对' },
  { speaker: '专家张三', entityId: 'PERSON:张三', kind: 'entity', cue: '说', content: '局势紧张' },
]);
const B = makeArticle('b', 'epochtimes', '中共外交部长秦刚访华前说，中共不会让步。一位官员说，会谈困难。', [
  { ...QIN, label: '中共外交部长秦刚' },
  { id: 'ORG:中国共产党', name: '中国共产党', type: 'ORG', surfaces: ['中共'] },
], [
  { speaker: '秦刚', entityId: 'qin-gang', kind: 'entity', cue: '说', content: '中共不会让步' },
  { speaker: '一位官员', kind: 'anonymous', cue: '说', content: '会谈困难' },
]);

describe('the labels table', () => {
  const rows = labelRows([A, B]);

  it('lists the label each outlet uses for a shared person, with counts and spans', () => {
    const qin = rows.find((r) => r.key === 'qin-gang')!;
    expect(qin.articles.a!.map((u) => u.label)).toContain('中国外长秦刚');
    expect(qin.articles.b!.map((u) => u.label)).toContain('中共外交部长秦刚');
    const span = qin.articles.b!.find((u) => u.label === '中共外交部长秦刚')!.spans[0]!;
    expect(B.text.slice(span.start, span.end)).toBe('中共外交部长秦刚');
  });

  it('groups the entities that name the Chinese state under one row', () => {
    const state = rows.find((r) => r.key === 'state:CN')!;
    expect(state.entityIds).toEqual(['GPE:中国', 'ORG:中国共产党']);
    expect(state.articles.a!.map((u) => u.label)).toEqual(['中国']);
    expect(state.articles.b!.map((u) => u.label)).toEqual(['中共']);
  });

  it.each([
    ['中共', 'CN'],
    ['北京', 'CN'],
    ['華盛頓', 'US'],
    ['布林肯', undefined],
  ])('reads %s as the state of %s', (name, side) => {
    expect(stateSideOfName(name)).toBe(side);
  });
});

describe('term families', () => {
  it.each([
    ['布林肯访华', ['访华']],
    ['布林肯訪華之行', ['访华之行']],
    ['他将访问北京，讨论台湾地区的问题', ['访问北京', '台湾地区']],
  ])('finds %s → %j by offsets', (text, terms) => {
    const hits = findTermFamilies(text);
    expect(hits.map((h) => h.term)).toEqual(terms);
    for (const h of hits) expect(text.slice(h.start, h.end).length).toBe(h.term.length);
  });
});

describe('speaker groups', () => {
  it('puts officials of the involved governments, experts and anonymous sources in their groups', () => {
    const involved = ['CN', 'US'];
    expect(speakerGroup(A.claims[0]!, A.entities, involved)).toBe('official:CN');
    expect(speakerGroup(A.claims[1]!, A.entities, involved)).toBe('expert');
    expect(speakerGroup(B.claims[1]!, B.entities, involved)).toBe('anonymous');
  });

  it('counts claims per group and applies a reader reassignment', () => {
    const counts = speakerCounts([A, B], parseReassign('PERSON:张三:official-US'));
    expect(counts.articles.a!['official:US']).toEqual({ direct: 0, indirect: 1 });
    expect(counts.articles.a!.expert).toBeUndefined();
    expect(counts.articles.b!.anonymous).toEqual({ direct: 0, indirect: 1 });
  });

  it('ignores a reassignment to an unknown group', () => {
    expect(parseReassign('PERSON:张三:ministers,x').size).toBe(0);
  });
});

describe('omissions', () => {
  it('lists the shared claim groups and entities an outlet lacks, and what only it carries', () => {
    const C = makeArticle('c', 'dw', '秦刚说，中国反对。', [QIN, { id: 'GPE:中国', name: '中国', type: 'GPE', surfaces: ['中国'] }], [
      { speaker: '秦刚', entityId: 'qin-gang', kind: 'entity', cue: '说', content: '中国反对' },
    ]);
    const result = omissions({ articles: [A, B, C], claimGroups: [{ id: 'g1', claims: ['a#c1', 'c#c1'], relation: 'same' }] });
    expect(result.b!.missingClaimGroups).toEqual(['g1']);
    expect(result.b!.missingEntities).toEqual(['GPE:中国', 'PERSON:张三']);
    expect(result.a!.missingClaimGroups).toEqual([]);
    expect(result.a!.onlyClaims).toEqual(['a#c2']);
    expect(result.a!.onlyEntities).toEqual(['PERSON:张三']);
  });
});
