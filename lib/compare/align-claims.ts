import type { AnalyzedArticle, ClaimGroup } from '../schema/analysis';
import { ALIGNMENT_MODEL, type AlignmentModel } from './alignment-model';
import { buildClaimNodes, cannotShareGroup, pairConflict, scorePair, type ClaimNode, type PairScore } from './claim-pairs';
import { pairsSharingTokens } from './similarity';
import type { SpeakerRelation } from './speaker-relation';

/** The grouping thresholds (fitted: see `data/alignment-model.json`). */
export type GroupingThresholds = Pick<AlignmentModel, 'link' | 'merge' | 'same'>;

const RELATION_RANK: Record<SpeakerRelation, number> = {
  'same-entity': 0,
  'same-text': 1,
  'same-side': 2,
  'speaker-in-content': 3,
  unattributed: 4,
  unknown: 5,
  opposed: 6,
};

/**
 * Groups the claims of different outlets that state the same proposition. Candidates are the
 * pairs of claims of different articles that share an entity, a figure, a date or a key term;
 * each is scored by the fitted alignment model (content similarity over both scripts with
 * IDF weights learned from the comparison, shared characters, entities and figures, speaker
 * equivalence); pairs reaching the link threshold are merged greedily, agreeing pairs before pairs whose
 * figures or dates conflict and best first, while the
 * merged group's cross-article pairs average at least the merge threshold and no two of its claims
 * state conflicting figures in one article or as a forecast against an outcome. Each group spans
 * at least two articles and is marked `same`, `similar` or `contradicts` (different figures
 * for one quantity, or affirmation against denial) with its evidence. Ids `g1`, `g2`… follow
 * the order of each group's first claim (article order, then text order).
 */
export function alignClaims(articles: readonly AnalyzedArticle[], model: AlignmentModel = ALIGNMENT_MODEL): ClaimGroup[] {
  const nodes = buildClaimNodes(articles);
  const candidates = pairsSharingTokens(
    nodes.map((node) => node.vector),
    (i, j) => nodes[i]!.articleIndex !== nodes[j]!.articleIndex,
  );
  return groupNodes(nodes, candidates, cachedScores(nodes, scoreWith(model)), model);
}

/** `alignClaims` scoring every cross-article pair (no candidate blocking): the reference the blocked version must equal. */
export function alignClaimsExhaustive(articles: readonly AnalyzedArticle[], model: AlignmentModel = ALIGNMENT_MODEL): ClaimGroup[] {
  const nodes = buildClaimNodes(articles);
  const candidates: [number, number][] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) if (nodes[i]!.articleIndex !== nodes[j]!.articleIndex) candidates.push([i, j]);
  }
  return groupNodes(nodes, candidates, cachedScores(nodes, scoreWith(model)), model);
}

function scoreWith(model: AlignmentModel): (a: ClaimNode, b: ClaimNode) => PairScore {
  return model === ALIGNMENT_MODEL ? scorePair : (a, b) => scorePair(a, b, model);
}

/** Pair scores computed once per pair (`i`, `j` in either order). */
export function cachedScores(nodes: readonly ClaimNode[], score: (a: ClaimNode, b: ClaimNode) => PairScore): (i: number, j: number) => PairScore {
  const cache = new Map<number, PairScore>();
  return (i, j) => {
    const [x, y] = i < j ? [i, j] : [j, i];
    const key = x * nodes.length + y;
    let s = cache.get(key);
    if (!s) {
      s = score(nodes[x]!, nodes[y]!);
      cache.set(key, s);
    }
    return s;
  };
}

/** Links the `candidates` pairs (`i < j`, different articles) that reach `link`, merges them greedily and describes the groups. */
export function groupNodes(
  nodes: readonly ClaimNode[],
  candidates: readonly (readonly [number, number])[],
  pair: (i: number, j: number) => PairScore,
  thresholds: GroupingThresholds,
): ClaimGroup[] {
  const edges: { i: number; j: number; p: number; conflicting: boolean }[] = [];
  for (const [i, j] of candidates) {
    const s = pair(i, j);
    if (s.allowed && s.probability >= thresholds.link) edges.push({ i, j, p: s.probability, conflicting: s.conflicting });
  }
  // Agreeing pairs first: claims that state the same figures gather before a pair whose figures or
  // dates conflict may join two groups (`进口下降6.8%` finds its peers before `进口下降4.0%` pulls it away).
  edges.sort((a, b) => Number(a.conflicting) - Number(b.conflicting) || b.p - a.p || a.i - b.i || a.j - b.j);

  const clusterOf = nodes.map((_, i) => i);
  const members = new Map<number, number[]>(nodes.map((_, i) => [i, [i]]));
  for (const { i, j } of edges) {
    const ca = clusterOf[i]!;
    const cb = clusterOf[j]!;
    if (ca === cb) continue;
    const a = members.get(ca)!;
    const b = members.get(cb)!;
    if (!canMerge(a, b, nodes, pair, thresholds.merge)) continue;
    const merged = [...a, ...b].sort((x, y) => x - y);
    const keep = Math.min(ca, cb);
    members.delete(ca);
    members.delete(cb);
    members.set(keep, merged);
    for (const m of merged) clusterOf[m] = keep;
  }

  const groups = [...members.values()]
    .filter((m) => new Set(m.map((k) => nodes[k]!.articleIndex)).size >= 2)
    .sort((a, b) => a[0]! - b[0]!);
  return groups.map((m, index) => describeGroup(`g${index + 1}`, m, nodes, pair, thresholds));
}

/**
 * Average linkage over the cross-article pairs of the two groups; opposed speakers never merge, nor
 * groups holding two claims that may never share one (`cannotShareGroup`: conflicting figures in one
 * article, a forecast against an outcome).
 */
function canMerge(a: readonly number[], b: readonly number[], nodes: readonly ClaimNode[], pair: (i: number, j: number) => PairScore, merge: number): boolean {
  let total = 0;
  let count = 0;
  for (const x of a) {
    for (const y of b) {
      if (cannotShareGroup(nodes[x]!, nodes[y]!)) return false;
      if (nodes[x]!.articleIndex === nodes[y]!.articleIndex) continue;
      const s = pair(x, y);
      if (!s.allowed) return false;
      total += s.probability;
      count++;
    }
  }
  return count === 0 || total / count >= merge;
}

/**
 * A group's relation and evidence: `contradicts` when two of its claims linked directly (their
 * pair reaches the link threshold, not only through others) state conflicting figures or one
 * denies what the other affirms; `same` when every cross-article pair is near-identical.
 */
function describeGroup(id: string, m: readonly number[], nodes: readonly ClaimNode[], pair: (i: number, j: number) => PairScore, thresholds: GroupingThresholds): ClaimGroup {
  let similarity = 0;
  let count = 0;
  let weakest: SpeakerRelation = 'same-entity';
  let conflict: string | undefined;
  let allSame = true;
  for (let x = 0; x < m.length; x++) {
    for (let y = x + 1; y < m.length; y++) {
      const a = nodes[m[x]!]!;
      const b = nodes[m[y]!]!;
      if (a.articleIndex === b.articleIndex) continue;
      const s = pair(m[x]!, m[y]!);
      similarity += s.similarity;
      count++;
      if (RELATION_RANK[s.relation] > RELATION_RANK[weakest]) weakest = s.relation;
      if (s.similarity < thresholds.same) allSame = false;
      if (s.probability >= thresholds.link) conflict ??= pairConflict(a, b);
    }
  }
  return {
    id,
    claims: m.map((k) => nodes[k]!.ref),
    relation: conflict ? 'contradicts' : allSame ? 'same' : 'similar',
    evidence: {
      similarity: Math.round((count ? similarity / count : 0) * 1000) / 1000,
      sharedEntities: sharedEntities(m, nodes),
      speakers: weakest,
      ...(conflict ? { conflict } : {}),
    },
  };
}

/** The entity ids mentioned by claims of at least two of the group's articles. */
function sharedEntities(m: readonly number[], nodes: readonly ClaimNode[]): string[] {
  const perArticle = new Map<string, number>();
  const seen = new Set<string>();
  for (const k of m) {
    const node = nodes[k]!;
    for (const e of node.entities) {
      const key = `${node.articleIndex}\u0000${e}`;
      if (seen.has(key)) continue;
      seen.add(key);
      perArticle.set(e, (perArticle.get(e) ?? 0) + 1);
    }
  }
  return [...perArticle].filter(([, c]) => c >= 2).map(([e]) => e).sort();
}
