import type { ArticleEntity, EntityType } from '../../schema/analysis';

/** One entity mention, flattened with its entity's id and type. */
export interface FlatMention {
  entityId: string;
  type: EntityType;
  text: string;
  start: number;
  end: number;
  role?: string;
  label?: string;
}

/** All mentions of `entities`, sorted by position (ties by entity id, for determinism). */
export function flattenMentions(entities: readonly ArticleEntity[]): FlatMention[] {
  const out: FlatMention[] = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.end <= m.start) continue;
      out.push({ entityId: e.id, type: e.type, text: m.text, start: m.start, end: m.end, role: m.role, label: m.label });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end || a.entityId.localeCompare(b.entityId));
}

/**
 * How to search a mention list by position: sorted by start (as `flattenMentions` returns
 * it) with its longest mention's length, so a lookup scans only the mentions that can reach
 * the range instead of the whole article's (one per claim and cue made a long article's
 * claims quadratic). A list not sorted by start is scanned whole.
 */
interface MentionIndex {
  sorted: boolean;
  longest: number;
}

const indexes = new WeakMap<readonly FlatMention[], MentionIndex>();
function indexOf(mentions: readonly FlatMention[]): MentionIndex {
  let index = indexes.get(mentions);
  if (!index) {
    let sorted = true;
    let longest = 0;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (i > 0 && m.start < mentions[i - 1]!.start) sorted = false;
      longest = Math.max(longest, m.end - m.start);
    }
    index = { sorted, longest };
    indexes.set(mentions, index);
  }
  return index;
}

/** The first index whose mention starts at or after `pos` (the list sorted by start). */
function firstFrom(mentions: readonly FlatMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index range `[from, to)` holding every mention that starts before `end` and may reach past `start`. */
function window(mentions: readonly FlatMention[], start: number, end: number): [number, number] {
  const index = indexOf(mentions);
  if (!index.sorted) return [0, mentions.length];
  return [firstFrom(mentions, start - index.longest), firstFrom(mentions, end)];
}

/** Mentions overlapping `[start, end)`, in list order. */
export function mentionsIn(mentions: readonly FlatMention[], start: number, end: number): FlatMention[] {
  const [from, to] = window(mentions, start, end);
  const out: FlatMention[] = [];
  for (let i = from; i < to; i++) {
    const m = mentions[i]!;
    if (m.start < end && m.end > start) out.push(m);
  }
  return out;
}

/** True when some mention overlaps `[start, end)`. */
export function anyMentionIn(mentions: readonly FlatMention[], start: number, end: number): boolean {
  const [from, to] = window(mentions, start, end);
  for (let i = from; i < to; i++) {
    const m = mentions[i]!;
    if (m.start < end && m.end > start) return true;
  }
  return false;
}

/** True when `pos` falls strictly inside a mention (not at its edges). */
export function insideMention(mentions: readonly FlatMention[], pos: number): boolean {
  const [from, to] = window(mentions, pos, pos);
  for (let i = from; i < to; i++) {
    const m = mentions[i]!;
    if (m.start < pos && pos < m.end) return true;
  }
  return false;
}

const SPEAKER_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE'];

/**
 * The head entity of a speaker phrase: a Chinese noun phrase ends on its head, so the
 * mention ending last wins, PERSON before ORG before GPE (`中国外交部发言人毛宁` → 毛宁,
 * `美国国务院发言人` → 国务院).
 */
export function headMention(mentions: readonly FlatMention[], start: number, end: number): FlatMention | undefined {
  const inside = mentionsIn(mentions, start, end);
  for (const type of SPEAKER_TYPES) {
    let best: FlatMention | undefined;
    for (const m of inside) if (m.type === type && (!best || m.end > best.end)) best = m;
    if (best) return best;
  }
  return undefined;
}
