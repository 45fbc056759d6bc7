import { normalizeForCompare } from '../lib/compare/script-normalize';
import type { AnalyzedArticle } from '../lib/schema/analysis';
import type { PredictedGroup } from './score-alignment';

/** The set of character bigrams of a claim's content: script-normalised, letters, digits and Han only. */
export function charBigrams(text: string): Set<string> {
  const chars = [...normalizeForCompare(text)].filter((ch) => /[\p{L}\p{N}]/u.test(ch));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  if (chars.length === 1) out.add(chars[0]!);
  return out;
}

/** Dice coefficient of two sets: 2|A∩B| / (|A| + |B|). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Every cross-article pair of claims with its bigram Dice, computed once per event. */
export interface DicePairs {
  refs: string[];
  pairs: { i: number; j: number; dice: number }[];
}

export function dicePairs(articles: readonly AnalyzedArticle[]): DicePairs {
  const nodes = articles.flatMap((a, article) => a.claims.map((c) => ({ ref: `${a.id}#${c.id}`, article, grams: charBigrams(c.text) })));
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
