import type { AnalyzedArticle, ClaimGroup } from '../lib/schema/analysis';
import type { GoldAlignment } from './alignment-gold';
import { locate } from './gold';
import { prf, rate, sumPrf, sumRate, type Prf, type Rate } from './metrics';
import { claimSpanMatches } from './score-claims';
import { claimRef } from '../lib/compare/claim-ref';

/** A predicted grouping of claims: `<articleId>#<claimId>` references, and the relation when the grouper gives one. */
export interface PredictedGroup {
  claims: readonly string[];
  relation?: ClaimGroup['relation'];
}

/** The articles of one event as the bench analysed them, with the file names the gold uses. */
export interface EventArticles {
  files: readonly string[];
  articles: readonly AnalyzedArticle[];
}

/** Alignment figures of one event (or summed over several). */
export interface AlignmentScore {
  /** Pairwise: cross-article pairs of claims put in one group, against the gold clusters' pairs. */
  pairs: Prf;
  /**
   * The same, against only the gold pairs whose two claims were both extracted: the grouping's own
   * figure, with extraction misses left out (they count against recall in `pairs`).
   */
  extractedPairs: Prf;
  /** Gold pairs whose two claims were both extracted (a predicted claim covers each). */
  extracted: Rate;
  /** Of the extracted gold pairs, those put in one group. */
  grouped: Rate;
  /** Gold `contradicts` pairs found, and marked `contradicts`. */
  contradicts: Rate;
  /** Gold pairs that agree, found, but marked `contradicts`. */
  falseConflicts: number;
  /** Gold contents not found in the ingested text (a gold error: tests/bench/alignment-gold.test.ts forbids them). */
  unlocated: string[];
  /** Extracted gold pairs left apart, and predicted pairs no gold cluster holds (for `--verbose`). */
  missed: string[];
  spurious: string[];
}

interface Member {
  cluster: number;
  article: number;
  start: number;
  end: number;
  label: string;
}

interface PredClaim {
  ref: string;
  article: number;
  start: number;
  end: number;
  text: string;
}

/** Every claim of the articles, keyed by reference. */
function predictedClaims(articles: readonly AnalyzedArticle[]): Map<string, PredClaim> {
  const out = new Map<string, PredClaim>();
  articles.forEach((a, article) => {
    for (const c of a.claims) out.set(claimRef(a.id, c.id), { ref: claimRef(a.id, c.id), article, start: c.start, end: c.end, text: c.text });
  });
  return out;
}

/** The gold members located in the ingested texts; members that cannot be located are reported. */
function goldMembers(gold: GoldAlignment, event: EventArticles): { members: Member[]; unlocated: string[] } {
  const members: Member[] = [];
  const unlocated: string[] = [];
  gold.clusters.forEach((cluster, k) => {
    for (const m of cluster.members) {
      const article = event.files.indexOf(m.file);
      const span = article >= 0 ? locate(event.articles[article]!.text, m.content, m.occurrence) : null;
      if (!span) unlocated.push(`${m.file}: ${m.content}`);
      else members.push({ cluster: k, article, ...span, label: `${cluster.id}: ${m.content}` });
    }
  });
  return { members, unlocated };
}

/**
 * Whether a predicted claim stands for a gold member: it covers at least half of the member
 * (`claimSpanMatches`), or at least half of the claim lies inside the member — a piece of the
 * proposition the extractor split off as a claim of its own (`事故造成9死3失蹤` and `另有34人獲救`
 * of the member `事故造成9死3失蹤，另有34人獲救`), which states part of that proposition.
 */
function coversMember(c: { start: number; end: number }, m: { start: number; end: number }): boolean {
  if (claimSpanMatches(c, m)) return true;
  const overlap = Math.min(c.end, m.end) - Math.max(c.start, m.start);
  return c.end > c.start && 2 * overlap >= c.end - c.start;
}

/**
 * The gold members located in the texts, the predicted claims covering each, and for each
 * predicted claim the gold clusters it belongs to (by the members it covers).
 */
function matchGold(gold: GoldAlignment, event: EventArticles, claims: ReadonlyMap<string, PredClaim>) {
  const { members, unlocated } = goldMembers(gold, event);
  const covering = members.map((m) => [...claims.values()].filter((c) => c.article === m.article && coversMember(c, m)).map((c) => c.ref));
  const clustersOf = new Map<string, Set<number>>();
  members.forEach((m, k) => {
    for (const ref of covering[k]!) {
      const set = clustersOf.get(ref) ?? new Set<number>();
      set.add(m.cluster);
      clustersOf.set(ref, set);
    }
  });
  return { members, unlocated, covering, clustersOf };
}

/** For each predicted claim (`<articleId>#<claimId>`) that covers gold members, the indexes of their clusters. */
export function goldClustersOfClaims(gold: GoldAlignment, event: EventArticles): Map<string, Set<number>> {
  return matchGold(gold, event, predictedClaims(event.articles)).clustersOf;
}

/** The cross-article pairs `[i, j]` (i < j) of a list of items with an `article`. */
function crossPairs<T extends { article: number }>(items: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) if (items[i]!.article !== items[j]!.article) out.push([items[i]!, items[j]!]);
  }
  return out;
}

/**
 * Scores a grouping of one event's claims against its gold clusters. Predicted claims
 * match gold members by span (`coversMember`: a claim covering at least half of a member's substring, or lying mostly inside it). A
 * predicted cross-article pair is correct when its two claims match members of one gold
 * cluster; a gold pair is found when two claims matching its members share a group.
 */
export function scoreAlignment(gold: GoldAlignment, event: EventArticles, groups: readonly PredictedGroup[]): AlignmentScore {
  const claims = predictedClaims(event.articles);
  const { members, unlocated, covering, clustersOf } = matchGold(gold, event, claims);
  const groupOf = new Map<string, number>();
  groups.forEach((g, k) => {
    for (const ref of g.claims) groupOf.set(ref, k);
  });

  let predicted = 0;
  let correct = 0;
  const spurious: string[] = [];
  for (const g of groups) {
    const inGroup = g.claims.flatMap((ref) => claims.get(ref) ?? []);
    for (const [p, q] of crossPairs(inGroup)) {
      predicted++;
      const cp = clustersOf.get(p.ref);
      const cq = clustersOf.get(q.ref);
      if (cp && cq && [...cp].some((k) => cq.has(k))) correct++;
      else spurious.push(`${p.text} ⟷ ${q.text}`);
    }
  }

  let goldPairs = 0;
  let extracted = 0;
  let found = 0;
  let conflictsGold = 0;
  let conflictsFound = 0;
  let falseConflicts = 0;
  const missed: string[] = [];
  const byIndex = members.map((m, k) => ({ ...m, k }));
  gold.clusters.forEach((cluster, c) => {
    for (const [m, n] of crossPairs(byIndex.filter((x) => x.cluster === c))) {
      goldPairs++;
      const pm = covering[m.k]!;
      const pn = covering[n.k]!;
      if (pm.length === 0 || pn.length === 0) continue;
      extracted++;
      const shared = pm.map((r) => groupOf.get(r)).find((g) => g !== undefined && pn.some((r) => groupOf.get(r) === g));
      if (shared === undefined) {
        missed.push(`${m.label} ⟷ ${n.label}`);
        continue;
      }
      found++;
      const marked = groups[shared]!.relation === 'contradicts';
      if (cluster.relation === 'contradicts') {
        conflictsGold++;
        if (marked) conflictsFound++;
      } else if (marked) falseConflicts++;
    }
  });
  return {
    pairs: prf(correct, predicted, goldPairs),
    extractedPairs: prf(correct, predicted, extracted),
    extracted: rate(extracted, goldPairs),
    grouped: rate(found, extracted),
    contradicts: rate(conflictsFound, conflictsGold),
    falseConflicts,
    unlocated,
    missed,
    spurious,
  };
}

/** Sums event scores (counts summed, rates recomputed). */
export function sumAlignment(scores: readonly AlignmentScore[]): AlignmentScore {
  return {
    pairs: sumPrf(scores.map((s) => s.pairs)),
    extractedPairs: sumPrf(scores.map((s) => s.extractedPairs)),
    extracted: sumRate(scores.map((s) => s.extracted)),
    grouped: sumRate(scores.map((s) => s.grouped)),
    contradicts: sumRate(scores.map((s) => s.contradicts)),
    falseConflicts: scores.reduce((n, s) => n + s.falseConflicts, 0),
    unlocated: scores.flatMap((s) => s.unlocated),
    missed: scores.flatMap((s) => s.missed),
    spurious: scores.flatMap((s) => s.spurious),
  };
}
