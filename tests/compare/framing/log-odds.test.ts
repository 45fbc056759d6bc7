import { describe, expect, it } from 'vitest';
import { dirichletPrior, logOddsZ } from '../../../lib/compare/framing';

describe('log-odds with an informative Dirichlet prior', () => {
  it('matches a hand-computed example', () => {
    // Prior counts a:2, b:0 over vocabulary {a, b}; α₀ = 3 → α_a = 3·2.5/3 = 2.5, α_b = 3·0.5/3 = 0.5.
    const alpha = dirichletPrior(new Map([['a', 2]]), ['a', 'b'], 3);
    expect(alpha.get('a')).toBeCloseTo(2.5, 12);
    expect(alpha.get('b')).toBeCloseTo(0.5, 12);
    // focus a:3 b:1 (n=4), rest a:1 b:3 (n=4).
    const rows = logOddsZ(new Map([['a', 3], ['b', 1]]), new Map([['a', 1], ['b', 3]]), alpha);
    // δ_a = ln(5.5/(4+3-3-2.5)) − ln(3.5/(4+3-1-2.5)) = ln(5.5/1.5) − ln(3.5/3.5) = ln(11/3)
    const deltaA = Math.log(11 / 3);
    const varA = 1 / 5.5 + 1 / 3.5;
    const a = rows.find((r) => r.term === 'a')!;
    expect(a.delta).toBeCloseTo(deltaA, 12);
    expect(a.variance).toBeCloseTo(varA, 12);
    expect(a.z).toBeCloseTo(deltaA / Math.sqrt(varA), 12);
    // δ_b = ln(1.5/(4+3-1-0.5)) − ln(3.5/(4+3-3-0.5)) = ln(1.5/5.5) − ln(1) → negative.
    const b = rows.find((r) => r.term === 'b')!;
    expect(b.delta).toBeCloseTo(Math.log(1.5 / 5.5), 12);
    expect(rows[0]!.term).toBe('a');
  });

  it('is antisymmetric: swapping the two corpora negates every z-score', () => {
    const alpha = dirichletPrior(new Map([['x', 4], ['y', 1], ['z', 1]]), [], 10);
    const i = new Map([['x', 5], ['y', 2]]);
    const j = new Map([['x', 1], ['z', 6]]);
    const forward = new Map(logOddsZ(i, j, alpha).map((r) => [r.term, r.z]));
    for (const r of logOddsZ(j, i, alpha)) expect(r.z).toBeCloseTo(-forward.get(r.term)!, 12);
  });

  it('gives a term used equally often in equal-sized corpora a z-score of zero', () => {
    const alpha = dirichletPrior(new Map(), ['t', 'u'], 2);
    const row = logOddsZ(new Map([['t', 3], ['u', 1]]), new Map([['t', 3], ['u', 1]]), alpha).find((r) => r.term === 't')!;
    expect(row.z).toBeCloseTo(0, 12);
  });
});
