import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, withView } from '../../lib/schema/view-state';

describe('view state in the URL', () => {
  it('parseViewState(empty) gives the defaults', () => {
    expect(parseViewState({})).toMatchObject({ tab: 'columns', lang: 'en' });
  });

  it('serializeViewState drops defaults and keeps a fixed key order', () => {
    expect(serializeViewState({ tab: 'columns', lang: 'en' })).toBe('');
    expect(serializeViewState({ lang: 'zh', entity: 'e-abc', tab: 'claims' })).toBe('?tab=claims&entity=e-abc&lang=zh');
  });

  it('round-trips every field', () => {
    const state = parseViewState({
      tab: 'timeline',
      entity: 'person-blinken',
      claim: 'a-123#c4',
      set: 'a-1+a-2',
      mark: 'm3',
      outlet: 'rfi',
      speaker: '秦刚',
      only: '1',
      sort: 'speaker.desc',
      lang: 'zh',
    });
    expect(parseViewState(new URLSearchParams(serializeViewState(state).slice(1)))).toEqual(state);
  });

  it('falls back to defaults on invalid or hostile values instead of failing', () => {
    const state = parseViewState({ tab: 'nope', entity: '"><script>alert(1)</script>', lang: 'fr', sort: 'x;y' });
    expect(state).toMatchObject({ tab: 'columns', lang: 'en' });
    expect(state.entity).toBeUndefined();
    expect(state.sort).toBeUndefined();
  });

  it('takes the first value of a repeated key', () => {
    expect(parseViewState({ tab: ['claims', 'timeline'] }).tab).toBe('claims');
  });

  it('round-trips the framing fields: teaching mode, prior, term and speaker reassignments', () => {
    const state = parseViewState({ tab: 'framing', blind: '1', prior: 'samples', term: '中共', reassign: 'PERSON:秦刚:expert,美方官员:official-US' });
    expect(state).toMatchObject({ tab: 'framing', blind: '1', prior: 'samples', term: '中共' });
    expect(parseViewState(new URLSearchParams(serializeViewState(state).slice(1)))).toEqual(state);
  });

  it('drops invalid framing fields', () => {
    const state = parseViewState({ blind: 'yes', prior: 'everything', term: '<b>', reassign: 'a b' });
    expect([state.blind, state.prior, state.term, state.reassign]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('withView changes one field and clears another', () => {
    const state = parseViewState({ tab: 'claims', entity: 'e1' });
    expect(withView(state, { entity: undefined, claim: 'a#c1' })).toBe('?tab=claims&claim=a%23c1');
  });
});
