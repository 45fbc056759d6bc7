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

/** Mentions overlapping `[start, end)`. */
export function mentionsIn(mentions: readonly FlatMention[], start: number, end: number): FlatMention[] {
  return mentions.filter((m) => m.start < end && m.end > start);
}

/** True when `pos` falls strictly inside a mention (not at its edges). */
export function insideMention(mentions: readonly FlatMention[], pos: number): boolean {
  return mentions.some((m) => m.start < pos && pos < m.end);
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
