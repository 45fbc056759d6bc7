import type { ArchiveEvent, ArchiveOutlet, EventEntity } from '../schema/archive';
import { articleVector, dot, type ClusterParams, type FeatureStats } from './cluster';
import type { ArchiveFeatures } from '../schema/archive';

/** A member of an event as its summary needs it. */
export interface SummaryMember {
  id: string;
  outlet: ArchiveOutlet;
  title: string;
  publishedAt: string | null;
  duplicateOf: string | null;
  features: ArchiveFeatures;
  entities: readonly { id: string; name: string; english?: string | undefined }[];
}

const TOP_ENTITIES = 8;

/**
 * An event's summary: its title is the title of its most central independent account (the
 * one most similar to the others), its span the first and last publication, its outlets
 * those with an independent account (most accounts first), and its top entities those in
 * the most accounts (mentions break ties). Copies count only as republication.
 */
export function summarizeEvent(id: string, members: readonly SummaryMember[], stats: FeatureStats, params: ClusterParams): ArchiveEvent {
  const independent = members.filter((m) => m.duplicateOf === null);
  const accounts = independent.length > 0 ? independent : members;
  const vectors = accounts.map((m) => articleVector(m.features, stats, params));
  let central = 0;
  let bestSum = -1;
  vectors.forEach((v, i) => {
    let s = 0;
    for (const w of vectors) s += dot(v, w);
    if (s > bestSum + 1e-12) {
      bestSum = s;
      central = i;
    }
  });
  const times = members.map((m) => m.publishedAt).filter((t): t is string => t !== null).sort();
  const outletCounts = new Map<string, { outlet: ArchiveOutlet; n: number }>();
  for (const m of accounts) {
    const row = outletCounts.get(m.outlet.id) ?? { outlet: m.outlet, n: 0 };
    row.n++;
    outletCounts.set(m.outlet.id, row);
  }
  const outlets = [...outletCounts.values()].sort((a, b) => b.n - a.n || a.outlet.id.localeCompare(b.outlet.id)).map((r) => r.outlet);
  const republishedBy = [...new Map(members.filter((m) => m.duplicateOf !== null && !outletCounts.has(m.outlet.id)).map((m) => [m.outlet.id, m.outlet])).values()].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  const byEntity = new Map<string, { e: EventEntity; mentions: number }>();
  for (const m of accounts) {
    for (const e of m.entities) {
      const row = byEntity.get(e.id) ?? { e: { id: e.id, name: e.name, ...(e.english ? { english: e.english } : {}), articles: 0 }, mentions: 0 };
      row.e.articles++;
      row.mentions += m.features.entities[e.id] ?? 0;
      byEntity.set(e.id, row);
    }
  }
  const entities = [...byEntity.values()]
    .sort((a, b) => b.e.articles - a.e.articles || b.mentions - a.mentions || a.e.id.localeCompare(b.e.id))
    .slice(0, TOP_ENTITIES)
    .map((r) => r.e);
  return {
    id,
    title: accounts[central]?.title ?? '',
    firstAt: times[0] ?? null,
    lastAt: times[times.length - 1] ?? null,
    accounts: accounts.length,
    duplicates: members.length - independent.length,
    outlets,
    republishedBy,
    entities,
  };
}

/** Every entity of the independent accounts (for the entity filter), deduplicated by id. */
export function eventEntityIndex(members: readonly SummaryMember[]): { id: string; name: string; english: string }[] {
  const seen = new Map<string, { id: string; name: string; english: string }>();
  for (const m of members) {
    if (m.duplicateOf !== null) continue;
    for (const e of m.entities) if (!seen.has(e.id)) seen.set(e.id, { id: e.id, name: e.name, english: e.english ?? e.name });
  }
  return [...seen.values()];
}
