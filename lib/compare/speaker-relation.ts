import { z } from 'zod';
import data from '../../data/speaker-equivalents.json';
import type { Speaker } from '../schema/analysis';
import { normalizeForCompare } from './script-normalize';

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

const Equivalents = z.object({ source: z.string(), licence: z.string(), groups: z.array(z.object({ name: z.string(), members: z.array(z.string().min(1)) })) });
/**
 * Generic speaker names that stand for one body (`警方` / `公安局`, `双方` / `两国`), longest
 * first; built on first use, not when the module loads (normalising them builds the script
 * converter, which an English-only comparison never needs).
 */
let equivalents: { group: string; member: string; word: RegExp | undefined }[] | undefined;
function speakerEquivalents(): { group: string; member: string; word: RegExp | undefined }[] {
  equivalents ??= Equivalents.parse(data)
    .groups.flatMap((g) => g.members.map((m) => ({ group: g.name, member: normalizeForCompare(m) })))
    .sort((a, b) => b.member.length - a.member.length || a.member.localeCompare(b.member))
    // Latin members match as whole words; the regex is built once here, not per comparison.
    .map((e) => ({ ...e, word: /^[a-z]/.test(e.member) ? new RegExp(`\\b${e.member}\\b`) : undefined }));
  return equivalents;
}

/** The generic body a speaker text names (`廉江市公安局` → police, `中美双方` → both-sides), if any. */
export function speakerBody(text: string): string | undefined {
  const hit = bodies.get(text);
  if (hit !== undefined) return hit ?? undefined;
  const t = normalizeForCompare(text);
  const body = speakerEquivalents().find((e) => (e.word ? e.word.test(t) : t.includes(e.member)))?.group;
  if (bodies.size >= BODIES_LIMIT) bodies.clear();
  bodies.set(text, body ?? null);
  return body;
}

/** Memo of `speakerBody` (asked for both speakers of every candidate claim pair); bounded. */
const bodies = new Map<string, string | null>();
const BODIES_LIMIT = 20_000;

/** Empties the memo of `speakerBody` (bench/speed.ts). */
export function forgetSpeakerBodies(): void {
  bodies.clear();
}

/** One speaker names the other's body and adds a role (`廉江市宣传部` / `廉江市宣传部工作人员`). */
function sameBody(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/**
 * The relation between two speakers: the same entity id (or the same normalised text) →
 * same; the same side (a ministry and its minister, `中方` and `北京`), one body with and
 * without a role (`宣传部` / `宣传部工作人员`) or one generic body (`警方` / `公安局`,
 * `双方` / `两国`, data/speaker-equivalents.json) → same-side; two known
 * but different sides → opposed (never aligned); a vague speaker (unattributed, anonymous,
 * a news agency, an unnamed statement) → unattributed; otherwise unknown. (`speaker-in-content`
 * is decided by the caller: a vague or unknown speaker whose content names the other speaker.)
 */
export function speakerRelation(a: SpeakerInfo, b: SpeakerInfo): SpeakerRelation {
  if (a.entityId && a.entityId === b.entityId) return 'same-entity';
  if (a.side && b.side) return a.side === b.side ? 'same-side' : 'opposed';
  if (a.text && a.text === b.text) return 'same-text';
  if (a.text && b.text && sameBody(a.text, b.text)) return 'same-side';
  const body = a.text ? speakerBody(a.text) : undefined;
  if (body && body === (b.text ? speakerBody(b.text) : undefined)) return 'same-side';
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
