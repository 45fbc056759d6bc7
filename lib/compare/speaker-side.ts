import type { ArticleEntity, Speaker } from '../schema/analysis';
import { normalizeForCompare } from './script-normalize';
import { ROLE_SIDES, SIDE_TABLE } from './side-table';

/** Prefixes after which a country name is a destination or target, not the speaker's side (`驻美大使`). */
const NOT_OWN = /[驻访赴对抵离]/u;
/** Characters that may follow a one-character country abbreviation used as a prefix (`美国务卿`, `中方`). */
const AFTER_SHORT = /^[方官政军总外副众参防财商高前代领驻国]/u;

const MEMBERS = new Map<string, string>();
for (const entry of SIDE_TABLE) for (const m of entry.members) MEMBERS.set(m, entry.side);

function markerRegex(marker: string): RegExp {
  const escaped = marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /^[a-z]/.test(marker) ? new RegExp(`\\b${escaped}(?![a-z])`, 'u') : new RegExp(escaped, 'u');
}
const MARKERS = SIDE_TABLE.flatMap((e) => e.markers.map((m) => ({ side: e.side, re: markerRegex(m) })));

/**
 * The side a name, label or speaker phrase speaks for, or undefined: a known official or
 * body (whole name), else the leftmost country marker that is not a destination (`驻美`),
 * else a one-character abbreviation prefix (`美国务卿`), else a country-specific office.
 */
export function sideOfText(raw: string): string | undefined {
  const hit = textSides.get(raw);
  if (hit !== undefined) return hit ?? undefined;
  const side = findSideOfText(raw);
  if (textSides.size >= TEXT_SIDES_LIMIT) textSides.clear();
  textSides.set(raw, side ?? null);
  return side;
}

/** Memo of `sideOfText` (names and labels recur in every claim of a comparison); bounded. */
const textSides = new Map<string, string | null>();
const TEXT_SIDES_LIMIT = 20_000;

/** Empties the memo of `sideOfText` (bench/speed.ts). */
export function forgetTextSides(): void {
  textSides.clear();
}

function findSideOfText(raw: string): string | undefined {
  const text = normalizeForCompare(raw).trim();
  if (!text) return undefined;
  const member = MEMBERS.get(text);
  if (member) return member;
  let best: { side: string; index: number } | undefined;
  for (const { side, re } of MARKERS) {
    const m = re.exec(text);
    if (!m) continue;
    if (m.index > 0 && NOT_OWN.test(text[m.index - 1] ?? '')) continue;
    if (!best || m.index < best.index) best = { side, index: m.index };
  }
  if (best) return best.side;
  for (const entry of SIDE_TABLE) {
    if (entry.short && text.startsWith(entry.short) && AFTER_SHORT.test(text.slice(1))) return entry.side;
  }
  for (const [name, side] of MEMBERS) if (name.length >= 2 && text.endsWith(name) && !/[a-z]/.test(name)) return side;
  for (const [role, side] of ROLE_SIDES) if (text.includes(role)) return side;
  return undefined;
}

/** The side of an entity: its canonical or English name, else the majority over its mention labels and roles. */
export function sideOfEntity(entity: ArticleEntity): string | undefined {
  const hit = entitySides.get(entity);
  if (hit !== undefined) return hit ?? undefined;
  const side = findSideOfEntity(entity);
  entitySides.set(entity, side ?? null);
  return side;
}

/** Memo of `sideOfEntity` per entity object (asked once per claim pair otherwise). */
const entitySides = new WeakMap<ArticleEntity, string | null>();

function findSideOfEntity(entity: ArticleEntity): string | undefined {
  const direct = sideOfText(entity.name) ?? (entity.english ? sideOfText(entity.english) : undefined);
  if (direct) return direct;
  const votes = new Map<string, number>();
  for (const m of entity.mentions) {
    const side = (m.label ? sideOfText(m.label) : undefined) ?? (m.role ? sideOfText(m.role) : undefined);
    if (side) votes.set(side, (votes.get(side) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0]?.[0];
}

/** The side of a claim's speaker: through its entity when linked, else from its surface text. */
export function sideOfSpeaker(speaker: Speaker, entities: readonly ArticleEntity[]): string | undefined {
  const entity = speaker.entityId ? entities.find((e) => e.id === speaker.entityId) : undefined;
  return (entity ? sideOfEntity(entity) : undefined) ?? sideOfText(speaker.text);
}
