import type { ArticleEntity } from '../lib/schema/analysis';
import type { GoldEntity } from './gold';
import { maxMatching } from './matching';
import { prf, type Prf } from './metrics';
import { normalizeName } from './normalize';

export interface EntityScore {
  /** Type must agree. */
  typed: Prf;
  /** Any type. */
  untyped: Prf;
  /** Gold names not matched (typed matching). */
  missed: string[];
  /** Predicted names not matched (typed matching). */
  spurious: string[];
}

/** The normalised keys of a predicted entity: its name and every mention text. */
export function predictedKeys(entity: ArticleEntity): Set<string> {
  return new Set([entity.name, ...entity.mentions.map((m) => m.text)].map(normalizeName));
}

/** The normalised keys of a gold entity: its canonical name and every surface. */
export function goldKeys(entity: GoldEntity): Set<string> {
  return new Set([entity.name, ...entity.surfaces].map(normalizeName));
}

/**
 * One-to-one matching of predicted to gold entities: a pair is possible when a predicted
 * key equals a gold key (and, for `typed`, the types agree).
 */
export function scoreEntities(gold: readonly GoldEntity[], predicted: readonly ArticleEntity[]): EntityScore {
  const gk = gold.map(goldKeys);
  const pk = predicted.map(predictedKeys);
  const candidates = (typed: boolean): number[][] =>
    predicted.map((p, i) =>
      gold.flatMap((g, j) => {
        if (typed && g.type !== p.type) return [];
        const keys = gk[j]!;
        return [...pk[i]!].some((k) => keys.has(k)) ? [j] : [];
      }),
    );
  const typedPairs = maxMatching(candidates(true), gold.length);
  const untypedPairs = maxMatching(candidates(false), gold.length);
  const count = (pairs: number[]): number => pairs.filter((j) => j >= 0).length;
  const matchedGold = new Set(typedPairs.filter((j) => j >= 0));
  return {
    typed: prf(count(typedPairs), predicted.length, gold.length),
    untyped: prf(count(untypedPairs), predicted.length, gold.length),
    missed: gold.filter((_, j) => !matchedGold.has(j)).map((g) => `${g.name}/${g.type}`),
    spurious: predicted.filter((_, i) => typedPairs[i] === -1).map((p) => `${p.name}/${p.type}`),
  };
}
