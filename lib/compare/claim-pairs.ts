import type { AnalyzedArticle, Claim } from '../schema/analysis';
import { claimConflict } from './claim-conflict';
import { claimTokens, entitySpansWithin } from './claim-tokens';
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
   * Those of `entities` that can make a subject: not ubiquitous in the comparison (in at most half
   * the claims, or two), and not the speaker's own country (Blinken on `美国`).
   */
  salient: ReadonlySet<string>;
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
  /** The same speaker on the same subject: same entity and a shared, not ubiquitous, entity other than the speakers. */
  topical: boolean;
}

/** Builds the alignment nodes of every claim of every article, in article then text order. */
export function buildClaimNodes(articles: readonly AnalyzedArticle[]): ClaimNode[] {
  const raw = articles.flatMap((article, articleIndex) =>
    [...article.claims]
      .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
      .map((claim) => ({ article, articleIndex, claim, counts: claimTokens(claim.text, claim.start, article.entities) })),
  );
  const idf = inverseDocumentFrequency(raw.map((r) => r.counts));
  const entitySets = raw.map(({ article, claim }) => new Set(entitySpansWithin(article.entities, claim.start, claim.end).map((s) => s.id)));
  const df = new Map<string, number>();
  for (const set of entitySets) for (const id of set) df.set(id, (df.get(id) ?? 0) + 1);
  const ubiquitous = Math.max(2, raw.length / 2);
  return raw.map(({ article, articleIndex, claim, counts }, k) => {
    const side = sideOfSpeaker(claim.speaker, article.entities);
    const salient = [...entitySets[k]!].filter((id) => {
      if ((df.get(id) ?? 0) > ubiquitous) return false;
      const entity = article.entities.find((e) => e.id === id);
      return !(side && entity && sideOfEntity(entity) === side && entity.type === 'GPE');
    });
    return {
      ref: `${article.id}#${claim.id}`,
      articleIndex,
      claim,
      vector: weigh(counts, idf),
      speaker: {
        entityId: claim.speaker.entityId,
        text: normalizeForCompare(claim.speaker.text).trim(),
        kind: claim.speaker.kind,
        side,
      },
      cue: normalizeForCompare(claim.cue).trim(),
      entities: entitySets[k]!,
      salient: new Set(salient),
    };
  });
}

/** Bonus per shared content entity other than the speakers themselves, and its cap. */
const ENTITY_BONUS = 0.08;
const ENTITY_BONUS_CAP = 0.16;
const CUE_BONUS = 0.05;
/** Minimum content similarity for a topical pair (same speaker, same subject) to link. */
export const TOPICAL_MIN_SIMILARITY = 0.04;

/** Scores a pair of claim nodes. */
export function scorePair(a: ClaimNode, b: ClaimNode): PairScore {
  const relation = speakerRelation(a.speaker, b.speaker);
  const { bonus, allowed } = speakerWeight(relation);
  const similarity = contentSimilarity(a.vector, b.vector);
  const sharedEntities = [...a.entities].filter((id) => b.entities.has(id)).sort();
  const notSpeakers = (id: string): boolean => id !== a.speaker.entityId && id !== b.speaker.entityId;
  const salient = sharedEntities.filter((id) => notSpeakers(id) && a.salient.has(id) && b.salient.has(id)).length;
  const cue = a.cue && a.cue === b.cue ? CUE_BONUS : 0;
  const entityBonus = Math.min(ENTITY_BONUS_CAP, salient * ENTITY_BONUS);
  const score = similarity > 0 ? similarity + bonus + cue + entityBonus : 0;
  const topical = relation === 'same-entity' && salient > 0 && similarity >= TOPICAL_MIN_SIMILARITY;
  return { similarity, score, relation, allowed, sharedEntities, topical };
}

/** The conflict between two claims' contents, if any. */
export function pairConflict(a: ClaimNode, b: ClaimNode): string | undefined {
  return claimConflict(a.claim.text, b.claim.text);
}
