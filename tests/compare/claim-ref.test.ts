import { describe, expect, it } from 'vitest';
import { claimRef, claimRefArticle, isClaimRef, parseClaimRef } from '../../lib/compare/claim-ref';

describe('claim references', () => {
  it('claimRef(article, claim) joins them with #, and parseClaimRef reads them back', () => {
    const ref = claimRef('a-75e0c1', 'c16');
    expect(ref).toBe('a-75e0c1#c16');
    expect(parseClaimRef(ref)).toEqual({ articleId: 'a-75e0c1', claimId: 'c16' });
    expect(claimRefArticle(ref)).toBe('a-75e0c1');
  });
  it('parseClaimRef splits at the last #', () => {
    expect(parseClaimRef('odd#id#c3')).toEqual({ articleId: 'odd#id', claimId: 'c3' });
  });
  it.each([['g12'], ['#c1'], ['a-1#'], [''], ['entity:abc']])('%j is not a claim reference', (value) => {
    expect(parseClaimRef(value)).toBeNull();
    expect(isClaimRef(value)).toBe(false);
    expect(claimRefArticle(value)).toBe('');
  });
});
