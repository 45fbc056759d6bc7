import type { ArticleEntity, Claim } from '../lib/schema/analysis';
import { GOLD_SPEAKER_KINDS, locate, type GoldClaim, type GoldEntity } from './gold';
import { maxMatching } from './matching';
import { prf, rate, type Prf, type Rate } from './metrics';
import { normalizeName } from './normalize';

export interface ClaimScore {
  claims: Prf;
  /** Over matched claims: the predicted speaker is the gold one. */
  speakers: Rate;
  /** Gold contents that could not be found in the text (counted as missed). */
  unlocated: string[];
  missed: string[];
  wrongSpeakers: string[];
  /** Predicted claims matched to no gold claim (false positives). */
  spurious: string[];
}

/** Characters shared by `[a0,a1)` and `[b0,b1)`. */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Whether a predicted span covers at least half of a gold span (containment included). */
export function claimSpanMatches(pred: { start: number; end: number }, gold: { start: number; end: number }): boolean {
  const len = gold.end - gold.start;
  return len > 0 && 2 * overlap(pred.start, pred.end, gold.start, gold.end) >= len;
}

const isKind = (s: string): boolean => (GOLD_SPEAKER_KINDS as readonly string[]).includes(s);

/**
 * Whether a predicted claim's speaker is the gold speaker: for a kind, `speaker.kind` equals
 * it; for an entity, the speaker text or its entity's name/english/mentions equals (after
 * normalisation) the gold entity's name, english or a surface, whatever kind the prediction
 * gives it (a named expert with kind `expert` is still that person).
 */
export function speakerMatches(
  goldSpeaker: string,
  goldEntities: readonly GoldEntity[],
  claim: Claim,
  predictedEntities: ReadonlyMap<string, ArticleEntity>,
): boolean {
  if (isKind(goldSpeaker)) return claim.speaker.kind === goldSpeaker;
  const g = goldEntities.find((e) => e.name === goldSpeaker);
  const goldNames = new Set(
    [goldSpeaker, ...(g?.surfaces ?? []), ...(g?.english ? [g.english] : [])].map(normalizeName),
  );
  const entity = claim.speaker.entityId ? predictedEntities.get(claim.speaker.entityId) : undefined;
  const names = [claim.speaker.text];
  if (entity) names.push(entity.name, ...(entity.english ? [entity.english] : []), ...entity.mentions.map((m) => m.text));
  return names.some((n) => n.length > 0 && goldNames.has(normalizeName(n)));
}

/** One-to-one matching of predicted to gold claims by span overlap, then speaker accuracy. */
export function scoreClaims(
  text: string,
  gold: readonly GoldClaim[],
  goldEntities: readonly GoldEntity[],
  predicted: readonly Claim[],
  predictedEntities: readonly ArticleEntity[],
): ClaimScore {
  const spans = gold.map((g) => locate(text, g.content, g.occurrence));
  const candidates = predicted.map((p) =>
    spans
      .map((s, j) => ({ j, o: s && claimSpanMatches(p, s) ? overlap(p.start, p.end, s.start, s.end) : -1 }))
      .filter((c) => c.o >= 0)
      .sort((a, b) => b.o - a.o || a.j - b.j)
      .map((c) => c.j),
  );
  const pairs = maxMatching(candidates, gold.length);
  const byId = new Map(predictedEntities.map((e) => [e.id, e]));
  const matchedGold = new Set<number>();
  const wrongSpeakers: string[] = [];
  let speakersRight = 0;
  pairs.forEach((j, i) => {
    if (j < 0) return;
    matchedGold.add(j);
    const g = gold[j]!;
    const p = predicted[i]!;
    if (speakerMatches(g.speaker, goldEntities, p, byId)) speakersRight++;
    else wrongSpeakers.push(`${g.content}: gold ${g.speaker}, predicted ${p.speaker.kind ?? 'entity'}:${p.speaker.text}`);
  });
  return {
    claims: prf(matchedGold.size, predicted.length, gold.length),
    speakers: rate(speakersRight, matchedGold.size),
    unlocated: gold.filter((_, j) => spans[j] === null).map((g) => g.content),
    missed: gold.filter((_, j) => !matchedGold.has(j) && spans[j] !== null).map((g) => `${g.speaker}: ${g.content}`),
    wrongSpeakers,
    spurious: predicted
      .filter((_, i) => pairs[i]! < 0)
      .map((p) => `${p.speaker.kind ?? 'entity'}:${p.speaker.text}: ${text.slice(p.start, Math.min(p.end, p.start + 30))}`),
  };
}
