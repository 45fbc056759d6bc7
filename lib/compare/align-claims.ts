import type { AnalyzedArticle, ClaimGroup } from '../schema/analysis';
import {
  buildClaimNodes,
  LOWEST_TOPICAL_SIMILARITY,
  MAX_PAIR_BONUS,
  pairConflict,
  scorePair,
  type ClaimNode,
  type PairScore,
} from './claim-pairs';
import { contentSimilarity, pairsSharingTokens } from './similarity';
import type { SpeakerRelation } from './speaker-relation';

/** A pair links two claims of different articles when its score reaches this. */
export const LINK_THRESHOLD = 0.36;
/** Two claims of one article may share a group (restating one proposition) when their pair scores this. */
const SAME_ARTICLE_LINK = 0.3;
/** Two clusters merge only if their cross pairs score this on average (prevents chaining drift). */
const MERGE_MEAN = 0.28;
/** Cross-article pairs at or above this content similarity are near-identical (`same`). */
export const SAME_THRESHOLD = 0.85;
/**
 * Below this content similarity a pair can neither reach `LINK_THRESHOLD` (its bonuses are
 * at most `MAX_PAIR_BONUS`) nor be topical, so it is not scored for linking (margin for rounding).
 */
const LINK_FLOOR = Math.min(LOWEST_TOPICAL_SIMILARITY, LINK_THRESHOLD - MAX_PAIR_BONUS) - 1e-9;

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
 * Groups the claims of different outlets that report the same proposition. Pairs of claims
 * from different articles are scored (content similarity after script normalisation, speaker
 * compatibility, shared entities, cue); the best pairs are merged greedily (average-linkage
 * guard, claims of one article only together when they restate each other). Each group spans
 * at least two articles and is marked `same`, `similar` or `contradicts` with its evidence.
 * Ids `g1`, `g2`… follow the order of each group's first claim (article order, then text order).
 */
export function alignClaims(articles: readonly AnalyzedArticle[]): ClaimGroup[] {
  const nodes = buildClaimNodes(articles);
  // Candidate blocking: only pairs sharing a token have a similarity above 0, and only those
  // reaching LINK_FLOOR can link; pairs left out are scored later only if a merge asks for them.
  const candidates = pairsSharingTokens(
    nodes.map((node) => node.vector),
    (i, j) =>
      nodes[i]!.articleIndex !== nodes[j]!.articleIndex && contentSimilarity(nodes[i]!.vector, nodes[j]!.vector) >= LINK_FLOOR,
  );
  return groupNodes(nodes, candidates);
}

/**
 * `alignClaims` scoring every cross-article pair (no candidate blocking): the reference
 * the blocked version must equal, kept for tests.
 */
export function alignClaimsExhaustive(articles: readonly AnalyzedArticle[]): ClaimGroup[] {
  const nodes = buildClaimNodes(articles);
  const candidates: [number, number][] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) if (nodes[i]!.articleIndex !== nodes[j]!.articleIndex) candidates.push([i, j]);
  }
  return groupNodes(nodes, candidates);
}

/** Links the `candidates` pairs (`i < j`, different articles) that score enough, merges them greedily and describes the groups. */
function groupNodes(nodes: readonly ClaimNode[], candidates: readonly (readonly [number, number])[]): ClaimGroup[] {
  const n = nodes.length;
  const cache = new Map<number, PairScore>();
  const pair = (i: number, j: number): PairScore => {
    const [x, y] = i < j ? [i, j] : [j, i];
    const key = x * n + y;
    let s = cache.get(key);
    if (!s) {
      s = scorePair(nodes[x]!, nodes[y]!);
      cache.set(key, s);
    }
    return s;
  };

  const edges: { i: number; j: number; score: number }[] = [];
  for (const [i, j] of candidates) {
    const s = pair(i, j);
    if (linked(s)) edges.push({ i, j, score: s.score });
  }
  edges.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);

  const clusterOf = nodes.map((_, i) => i);
  const members = new Map<number, number[]>(nodes.map((_, i) => [i, [i]]));
  for (const { i, j } of edges) {
    const ca = clusterOf[i]!;
    const cb = clusterOf[j]!;
    if (ca === cb) continue;
    const a = members.get(ca)!;
    const b = members.get(cb)!;
    if (!canMerge(a, b, nodes, pair)) continue;
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
  return groups.map((m, index) => describeGroup(`g${index + 1}`, m, nodes, pair));
}

/** Whether a pair's evidence is enough to put the two claims in one group. */
function linked(s: PairScore): boolean {
  return s.allowed && (s.score >= LINK_THRESHOLD || s.topical);
}

function canMerge(a: readonly number[], b: readonly number[], nodes: readonly ClaimNode[], pair: (i: number, j: number) => PairScore): boolean {
  let total = 0;
  let count = 0;
  for (const x of a) {
    for (const y of b) {
      const s = pair(x, y);
      if (!s.allowed) return false;
      if (nodes[x]!.articleIndex === nodes[y]!.articleIndex) {
        if (!(s.topical || s.score >= SAME_ARTICLE_LINK)) return false;
        continue;
      }
      total += s.topical ? Math.max(s.score, LINK_THRESHOLD) : s.score;
      count++;
    }
  }
  return count === 0 || total / count >= MERGE_MEAN;
}

function describeGroup(id: string, m: readonly number[], nodes: readonly ClaimNode[], pair: (i: number, j: number) => PairScore): ClaimGroup {
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
      if (s.similarity < SAME_THRESHOLD) allSame = false;
      conflict ??= pairConflict(a, b);
    }
  }
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
  const sharedEntities = [...perArticle].filter(([, c]) => c >= 2).map(([e]) => e).sort();
  return {
    id,
    claims: m.map((k) => nodes[k]!.ref),
    relation: conflict ? 'contradicts' : allSame ? 'same' : 'similar',
    evidence: {
      similarity: Math.round((count ? similarity / count : 0) * 1000) / 1000,
      sharedEntities,
      speakers: weakest,
      ...(conflict ? { conflict } : {}),
    },
  };
}
