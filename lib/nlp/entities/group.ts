import type { ArticleEntity, Mention } from '../../schema/analysis';
import type { Mentioned } from './coref';

/**
 * The deterministic id of a referent: its type and canonical simplified name, spaces as `_`
 * (ids are space-separated keys in the views: `PERSON:James_Comey`).
 */
export function entityId(type: string, name: string): string {
  return `${type}:${name.replace(/\s+/g, '_')}`;
}

/**
 * Groups mentions into one entity per referent (same type and canonical name),
 * mentions in text order and entities ordered by their first mention.
 */
export function groupMentions(text: string, items: readonly Mentioned[]): ArticleEntity[] {
  const byId = new Map<string, ArticleEntity>();
  // The spans each entity holds (a scan of its mentions per mention was quadratic in a name's count).
  const spans = new Map<string, Set<string>>();
  for (const { c, role, label } of [...items].sort((a, b) => a.c.start - b.c.start || a.c.end - b.c.end)) {
    const id = entityId(c.type, c.name);
    let e = byId.get(id);
    if (!e) {
      e = { id, name: c.name, type: c.type, mentions: [] };
      byId.set(id, e);
    }
    if (!e.english && c.english) e.english = c.english;
    const m: Mention = { text: text.slice(c.start, c.end), start: c.start, end: c.end };
    if (role) m.role = role;
    if (label && label !== m.text) m.label = label;
    let held = spans.get(id);
    if (!held) spans.set(id, (held = new Set()));
    const span = `${m.start}:${m.end}`;
    if (!held.has(span)) {
      held.add(span);
      e.mentions.push(m);
    }
  }
  return [...byId.values()];
}

/** Merges entities that ended up with the same id, keeping mentions in text order. */
export function mergeById(entities: readonly ArticleEntity[]): ArticleEntity[] {
  const byId = new Map<string, ArticleEntity>();
  for (const e of entities) {
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, { ...e, mentions: [...e.mentions] });
      continue;
    }
    prev.mentions.push(...e.mentions);
    prev.mentions.sort((a, b) => a.start - b.start);
    prev.english ??= e.english;
  }
  return [...byId.values()];
}
