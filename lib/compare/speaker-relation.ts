import type { Speaker } from '../schema/analysis';

/** How two claims' speakers relate, from most to least certain. */
export type SpeakerRelation = 'same-entity' | 'same-side' | 'same-text' | 'speaker-in-content' | 'unattributed' | 'unknown' | 'opposed';

/** A claim's speaker as seen by the aligner: its entity id, surface text and resolved side. */
export interface SpeakerInfo {
  entityId?: string;
  text: string;
  kind?: Speaker['kind'];
  side?: string;
}

const VAGUE_KINDS = new Set<Speaker['kind']>(['unattributed', 'anonymous', 'media', 'statement']);

/**
 * The relation between two speakers: the same entity id (or the same normalised text) →
 * same; the same side (a ministry and its minister, `中方` and `北京`) → same-side; two known
 * but different sides → opposed (never aligned); a vague speaker (unattributed, anonymous,
 * a news agency, an unnamed statement) → unattributed; otherwise unknown. (`speaker-in-content`
 * is decided by the caller: a vague or unknown speaker whose content names the other speaker.)
 */
export function speakerRelation(a: SpeakerInfo, b: SpeakerInfo): SpeakerRelation {
  if (a.entityId && a.entityId === b.entityId) return 'same-entity';
  if (a.side && b.side) return a.side === b.side ? 'same-side' : 'opposed';
  if (a.text && a.text === b.text) return 'same-text';
  if (VAGUE_KINDS.has(a.kind) || VAGUE_KINDS.has(b.kind)) return 'unattributed';
  return 'unknown';
}

/** Bonus added to content similarity for a speaker relation, and whether the pair may align at all. */
export function speakerWeight(relation: SpeakerRelation): { bonus: number; allowed: boolean } {
  switch (relation) {
    case 'same-entity':
    case 'same-text':
      return { bonus: 0.1, allowed: true };
    case 'same-side':
    case 'speaker-in-content':
      return { bonus: 0.05, allowed: true };
    case 'unattributed':
      return { bonus: 0, allowed: true };
    case 'unknown':
      return { bonus: -0.1, allowed: true };
    case 'opposed':
      return { bonus: 0, allowed: false };
  }
}
