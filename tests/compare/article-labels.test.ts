import { describe, expect, it } from 'vitest';
import { articleLabels } from '../../lib/compare/article-labels';
import { addSpans, spanLists, termKey } from '../../lib/compare/framing/term-key';

const article = (id: string, outletId: string, name: string, english: string) => ({ id, outlet: { id: outletId, name, english } });

describe('articleLabels', () => {
  const analysis = { articles: [article('a1', 'dw', '德国之声', 'DW'), article('a2', 'rfi', '法广', 'RFI'), article('a3', 'dw', '德国之声', 'DW')] } as never;
  it('names each article by its outlet in the interface language, numbering an outlet with several articles', () => {
    expect([...articleLabels(analysis, 'en')]).toEqual([
      ['a1', 'DW 1'],
      ['a2', 'RFI'],
      ['a3', 'DW 2'],
    ]);
    expect(articleLabels(analysis, 'zh').get('a2')).toBe('法广');
  });
});

describe('term keys and span lists', () => {
  it('termKey replaces whitespace and quotes and caps the length at 80', () => {
    expect(termKey('“中共 当局”')).toBe('“中共_当局”');
    expect(termKey(`a "b" 'c'`)).toBe('a_b_c_');
    expect(termKey('x'.repeat(100))).toHaveLength(80);
  });
  it('addSpans gathers each term’s spans per article once, spanLists writes them as `articleId:start-end`', () => {
    const map = new Map<string, Set<string>>();
    addSpans(map, '中共 当局', 'a1', [{ start: 3, end: 7 }]);
    addSpans(map, '中共 当局', 'a2', [{ start: 0, end: 4 }, { start: 0, end: 4 }]);
    expect(spanLists(map)).toEqual({ '中共_当局': 'a1:3-7 a2:0-4' });
  });
});
