import { describe, expect, it } from 'vitest';
import { archiveHref, spanLabel } from '../../lib/archive/archive-url';
import { chooseAccounts } from '../../lib/archive/event-comparison';
import { ArchiveQuery, type EventArticle } from '../../lib/schema/archive';

describe('archive URLs and queries', () => {
  it('parses a query with defaults and drops them again when writing the URL', () => {
    const q = ArchiveQuery.parse({ q: ' 秦刚 ', page: '2', from: 'not-a-date', view: 'bogus', min: '3' });
    expect(q).toMatchObject({ q: '秦刚', page: 2, from: undefined, view: 'events', min: 3, lang: 'en' });
    expect(archiveHref(q)).toBe('/archive?q=%E7%A7%A6%E5%88%9A&min=3&page=2');
    expect(archiveHref(q, { page: 1, min: 1, q: undefined, lang: 'zh' })).toBe('/archive?lang=zh');
    expect(archiveHref({ view: 'matrix', outlet: 'rfi' })).toBe('/archive?outlet=rfi&view=matrix');
  });

  it('labels an event span by UTC day', () => {
    expect(spanLabel('2023-06-18T14:54:00.000Z', '2023-06-18T20:00:00.000Z')).toBe('2023-06-18');
    expect(spanLabel('2023-06-14T10:00:00.000Z', '2023-06-19T01:00:00.000Z')).toBe('2023-06-14 – 2023-06-19');
    expect(spanLabel(null, null)).toBe('—');
  });
});

describe('chooseAccounts', () => {
  const a = (id: string, outlet: string, duplicateOf: string | null = null): EventArticle => ({
    id,
    source: `/x/${id}.md`,
    outlet: { id: outlet, name: outlet, english: outlet },
    title: id,
    publishedAt: null,
    language: 'zh-Hans',
    duplicateOf,
  });

  it('takes one account per outlet first, then the others, copies last, at most ten', () => {
    const list = [a('1', 'rfi'), a('2', 'rfi'), a('3', 'cna', '1'), a('4', 'dw'), ...Array.from({ length: 10 }, (_, i) => a(`x${i}`, `o${i}`))];
    const chosen = chooseAccounts(list).map((x) => x.id);
    expect(chosen).toHaveLength(10);
    expect(chosen.slice(0, 3)).toEqual(['1', '4', 'x0']);
    expect(chosen).not.toContain('3');
    expect(chooseAccounts([a('1', 'rfi'), a('3', 'cna', '1'), a('2', 'rfi')]).map((x) => x.id)).toEqual(['1', '2', '3']);
  });
});
