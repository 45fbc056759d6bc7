import { characterBigrams, dice } from '../lib/compare/claim-tokens';
import type { AnalyzedArticle } from '../lib/schema/analysis';
import type { PredictedGroup } from './score-alignment';
import { claimRef } from '../lib/compare/claim-ref';

export { characterBigrams as charBigrams, dice } from '../lib/compare/claim-tokens';

/** Every cross-article pair of claims with its bigram Dice, computed once per event. */
export interface DicePairs {
  refs: string[];
  pairs: { i: number; j: number; dice: number }[];
}

export function dicePairs(articles: readonly AnalyzedArticle[]): DicePairs {
  const nodes = articles.flatMap((a, article) => a.claims.map((c) => ({ ref: claimRef(a.id, c.id), article, grams: characterBigrams(c.text) })));
  const pairs: DicePairs['pairs'] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      if (nodes[i]!.article !== nodes[j]!.article) pairs.push({ i, j, dice: dice(nodes[i]!.grams, nodes[j]!.grams) });
    }
  }
  return { refs: nodes.map((n) => n.ref), pairs };
}

/**
 * The naive baseline: claims of different articles whose bigram Dice reaches `threshold`
 * are linked, and the connected components with two claims or more are the groups.
 */
export function diceGroups(d: DicePairs, threshold: number): PredictedGroup[] {
  const parent = d.refs.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const p of d.pairs) if (p.dice >= threshold) parent[find(p.i)] = find(p.j);
  const groups = new Map<number, string[]>();
  d.refs.forEach((ref, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), ref]);
  });
  return [...groups.values()].filter((g) => g.length >= 2).map((claims) => ({ claims }));
}
