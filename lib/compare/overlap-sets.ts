import type { Analysis } from '../schema/analysis';
import { claimRef } from './claim-ref';

/** A named set: e.g. an article and the entity ids (or claim groups) it holds. */
export interface NamedSet {
  key: string;
  members: Iterable<string>;
}

/** The members held by exactly one combination of sets (an UpSet intersection). */
export interface ExactIntersection {
  /** The sets of the combination, in input order. */
  keys: string[];
  members: string[];
  size: number;
}

/** Overlap of several sets: the size of each set and every non-empty exact intersection. */
export interface OverlapSets {
  sets: { key: string; size: number }[];
  /** Sorted by size (largest first), then fewer sets first, then input order of the keys. */
  intersections: ExactIntersection[];
  /** Members found in a single set, per set key ("only in X"). */
  onlyIn: Record<string, string[]>;
}

/**
 * UpSet-style overlap: every member is assigned to the exact combination of sets that hold
 * it, so intersections partition the union. Members are sorted within each intersection.
 */
export function overlapSets(sets: readonly NamedSet[]): OverlapSets {
  const holders = new Map<string, number[]>();
  const sizes = sets.map((set, index) => {
    const unique = new Set(set.members);
    for (const m of unique) {
      const list = holders.get(m);
      if (list) list.push(index);
      else holders.set(m, [index]);
    }
    return { key: set.key, size: unique.size };
  });
  const byCombination = new Map<string, { indexes: number[]; members: string[] }>();
  for (const [member, indexes] of holders) {
    const id = indexes.join(',');
    const entry = byCombination.get(id);
    if (entry) entry.members.push(member);
    else byCombination.set(id, { indexes, members: [member] });
  }
  const compareIndexes = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return a.length - b.length;
  };
  const entries = [...byCombination.values()].sort(
    (a, b) => b.members.length - a.members.length || a.indexes.length - b.indexes.length || compareIndexes(a.indexes, b.indexes),
  );
  const intersections = entries.map((e) => ({
    keys: e.indexes.map((i) => sets[i]!.key),
    members: [...e.members].sort(),
    size: e.members.length,
  }));
  const onlyIn: Record<string, string[]> = {};
  for (const set of sets) onlyIn[set.key] = intersections.find((x) => x.keys.length === 1 && x.keys[0] === set.key)?.members ?? [];
  return { sets: sizes, intersections, onlyIn };
}

/** Entity overlap between the articles of an analysis (members are entity ids). */
export function entitySets(analysis: Pick<Analysis, 'articles'>): OverlapSets {
  return overlapSets(analysis.articles.map((a) => ({ key: a.id, members: a.entities.map((e) => e.id) })));
}

/**
 * Claim overlap between the articles of an analysis: members are claim group ids, plus the
 * `<articleId>#<claimId>` references of claims in no group (which are "only in" their article).
 */
export function claimSets(analysis: Pick<Analysis, 'articles' | 'claimGroups'>): OverlapSets {
  const grouped = new Map<string, string>();
  for (const g of analysis.claimGroups) for (const ref of g.claims) grouped.set(ref, g.id);
  return overlapSets(
    analysis.articles.map((a) => ({
      key: a.id,
      members: a.claims.map((c) => grouped.get(claimRef(a.id, c.id)) ?? claimRef(a.id, c.id)),
    })),
  );
}
