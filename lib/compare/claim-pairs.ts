import type { AnalyzedArticle, Claim } from '../schema/analysis';
import { claimConflict } from './claim-conflict';
import { claimTokensWithSpans, sortedEntitySpans, spansWithin } from './claim-tokens';
import { normalizeForCompare } from './script-normalize';
import { contentSimilarity, inverseDocumentFrequency, weigh, type WeightedVector } from './similarity';
import { sideOfEntity, sideOfSpeaker } from './speaker-side';
import { speakerRelation, speakerWeight, type SpeakerInfo, type SpeakerRelation } from './speaker-relation';

/** One claim prepared for alignment: tokens weighed, speaker side resolved, entities inside its span. */
export interface ClaimNode {
  /** `<articleId>#<claimId>`. */
  ref: string;
  articleIndex: number;
  claim: Claim;
  vector: WeightedVector;
  speaker: SpeakerInfo;
  cue: string;
  /** Entity ids mentioned inside the claim's content span. */
  entities: ReadonlySet<string>;
  /**
   * Those of `entities` that can make a subject: not ubiquitous in the comparison (in at most a
   * fifth of the claims, or two), not a protagonist (the speaker of two claims or more), and not
   * the country of the speaker or of a main party (Blinken on `美国`, on `北京`).
   */
  salient: ReadonlySet<string>;
  /** Those of `entities` that are not ubiquitous (count towards the shared-entity bonus). */
  notable: ReadonlySet<string>;
}

/** The comparison of two claims. */
export interface PairScore {
  /** Content similarity in [0, 1]. */
  similarity: number;
  /** Similarity plus speaker, cue and shared-entity evidence: what linking thresholds apply to. */
  score: number;
  relation: SpeakerRelation;
  allowed: boolean;
  sharedEntities: string[];
  /**
   * The same speaker on the same subject: same entity (or named in the other's content, or
   * unresolved) and a shared, not ubiquitous, entity other than the speakers.
   */
  topical: boolean;
}

/** Builds the alignment nodes of every claim of every article, in article then text order. */
export function buildClaimNodes(articles: readonly AnalyzedArticle[]): ClaimNode[] {
  const raw = articles.flatMap((article, articleIndex) => {
    const spans = sortedEntitySpans(article.entities);
    return [...article.claims]
      .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
      .map((claim) => ({
        article,
        articleIndex,
        claim,
        counts: claimTokensWithSpans(claim.text, claim.start, spansWithin(spans, claim.start, claim.start + claim.text.length)),
        entityIds: new Set(spansWithin(spans, claim.start, claim.end).map((s) => s.id)),
      }));
  });
  const idf = inverseDocumentFrequency(raw.map((r) => r.counts));
  const vocabulary = new Map<string, number>();
  const entitySets = raw.map((r) => r.entityIds);
  const df = new Map<string, number>();
  for (const set of entitySets) for (const id of set) df.set(id, (df.get(id) ?? 0) + 1);
  const ubiquitous = Math.max(2, raw.length / 5);
  const sides = raw.map(({ article, claim }) => sideOfSpeaker(claim.speaker, article.entities));
  const parties = mainParties(sides);
  const speaks = new Map<string, number>();
  for (const { claim } of raw) if (claim.speaker.entityId) speaks.set(claim.speaker.entityId, (speaks.get(claim.speaker.entityId) ?? 0) + 1);
  return raw.map(({ article, articleIndex, claim, counts }, k) => {
    const side = sides[k];
    const salient = [...entitySets[k]!].filter((id) => {
      if ((df.get(id) ?? 0) > ubiquitous || (speaks.get(id) ?? 0) >= 2) return false;
      const entity = article.entities.find((e) => e.id === id);
      if (!entity || entity.type !== 'GPE') return true;
      const entitySide = sideOfEntity(entity);
      return !(entitySide && (entitySide === side || parties.has(entitySide)));
    });
    return {
      ref: `${article.id}#${claim.id}`,
      articleIndex,
      claim,
      vector: weigh(counts, idf, vocabulary),
      speaker: {
        entityId: claim.speaker.entityId,
        text: normalizeForCompare(claim.speaker.text).trim(),
        kind: claim.speaker.kind,
        side,
      },
      cue: normalizeForCompare(claim.cue).trim(),
      entities: entitySets[k]!,
      salient: new Set(salient),
      notable: new Set([...entitySets[k]!].filter((id) => (df.get(id) ?? 0) <= ubiquitous)),
    };
  });
}

/**
 * The main parties of a story: the sides that speak in at least a quarter of the claims with
 * a known side (in a US–China story, CN and US). Their countries and capitals are not a subject.
 */
function mainParties(sides: readonly (string | undefined)[]): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sides) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  const known = [...counts.values()].reduce((a, b) => a + b, 0);
  return new Set([...counts].filter(([, c]) => c >= known / 4).map(([s]) => s));
}

/** Bonus per shared content entity other than the speakers themselves, and its cap. */
const ENTITY_BONUS = 0.08;
const ENTITY_BONUS_CAP = 0.16;
const CUE_BONUS = 0.05;
/** Minimum content similarity for a topical pair (same speaker, same subject) to link. */
export const TOPICAL_MIN_SIMILARITY = 0.04;
/** The same when the speaker is only named inside the other claim's content (weaker evidence). */
const REPORTED_MIN_SIMILARITY = 0.1;
/** The same when one speaker is unresolved (no entity, no side): it cannot rule the pair out, but proves nothing. */
const UNRESOLVED_MIN_SIMILARITY = 0.15;

/** Every speaker relation (typed so that a new relation must be listed). */
const RELATIONS: Record<SpeakerRelation, true> = {
  'same-entity': true,
  'same-text': true,
  'same-side': true,
  'speaker-in-content': true,
  unattributed: true,
  unknown: true,
  opposed: true,
};
/** The most a pair's speaker, cue and shared-entity evidence can add to its content similarity. */
export const MAX_PAIR_BONUS =
  Math.max(...Object.keys(RELATIONS).map((r) => speakerWeight(r as SpeakerRelation).bonus)) + CUE_BONUS + ENTITY_BONUS_CAP;
/** The lowest content similarity at which a pair can be `topical`. */
export const LOWEST_TOPICAL_SIMILARITY = Math.min(TOPICAL_MIN_SIMILARITY, REPORTED_MIN_SIMILARITY, UNRESOLVED_MIN_SIMILARITY);

/** A speaker the claims stage could not tie to an entity or a side. */
function unresolved(node: ClaimNode): boolean {
  return !node.speaker.entityId && !node.speaker.side;
}

/** Whether `x`'s content names `y`'s speaker. */
function namesSpeakerOf(x: ClaimNode, y: ClaimNode): boolean {
  return y.speaker.entityId !== undefined && x.entities.has(y.speaker.entityId);
}

/** How many entities both claims mention in `set` (`salient` or `notable`), the speakers excluded. */
function countShared(a: ClaimNode, b: ClaimNode, shared: readonly string[], set: 'salient' | 'notable'): number {
  let n = 0;
  for (const id of shared) {
    if (id !== a.speaker.entityId && id !== b.speaker.entityId && a[set].has(id) && b[set].has(id)) n++;
  }
  return n;
}

/** Scores a pair of claim nodes. */
export function scorePair(a: ClaimNode, b: ClaimNode): PairScore {
  const direct = speakerRelation(a.speaker, b.speaker);
  const similarity = contentSimilarity(a.vector, b.vector);
  if (similarity === 0) return { similarity, score: 0, relation: direct, allowed: speakerWeight(direct).allowed, sharedEntities: [], topical: false };
  // `X said … Qin stressed "…"`: a vague speaker whose content names the other claim's speaker reports that speaker.
  const relation =
    (direct === 'unknown' || direct === 'unattributed') && (namesSpeakerOf(a, b) || namesSpeakerOf(b, a)) ? 'speaker-in-content' : direct;
  const { bonus, allowed } = speakerWeight(relation);
  const sharedEntities: string[] = [];
  for (const id of a.entities) if (b.entities.has(id)) sharedEntities.push(id);
  sharedEntities.sort();
  const notable = countShared(a, b, sharedEntities, 'notable');
  const salient = countShared(a, b, sharedEntities, 'salient');
  const cue = a.cue && a.cue === b.cue ? CUE_BONUS : 0;
  const entityBonus = Math.min(ENTITY_BONUS_CAP, notable * ENTITY_BONUS);
  const score = similarity + bonus + cue + entityBonus;
  const topical =
    salient > 0 &&
    ((relation === 'same-entity' && similarity >= TOPICAL_MIN_SIMILARITY) ||
      (relation === 'speaker-in-content' && similarity >= REPORTED_MIN_SIMILARITY) ||
      (relation === 'unknown' && (unresolved(a) || unresolved(b)) && similarity >= UNRESOLVED_MIN_SIMILARITY));
  return { similarity, score, relation, allowed, sharedEntities, topical };
}

/** The conflict between two claims' contents, if any. */
export function pairConflict(a: ClaimNode, b: ClaimNode): string | undefined {
  return claimConflict(a.claim.text, b.claim.text);
}
