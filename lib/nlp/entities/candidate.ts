import type { EntityType } from '../../schema/analysis';

/** A proposed entity mention before overlap resolution and coreference. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  /** Canonical simplified name: the gazetteer name, or the normalised surface. */
  name: string;
  english?: string;
  /** Tie-breaker among overlapping candidates of equal length (gazetteer 3 … segmenter 1). */
  priority: number;
  /** True when the name came from the gazetteer (never re-linked by surname rules). */
  known?: boolean;
}

/** Middle dots and hyphens that join the parts of a transliterated name. */
export const NAME_JOINERS = '·‧•・･\\-－‐';

/** Canonical form of a transliterated name: every joiner becomes `·`. */
export function normaliseJoiners(name: string): string {
  return name.replace(/[·‧•・･\-－‐]/g, '·');
}

/**
 * Keeps the best non-overlapping candidates: longer spans first, then higher priority,
 * then earlier start. Returns them in text order.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const order = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken = new Uint8Array(Math.max(0, ...candidates.map((c) => c.end)) + 1);
  const kept: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) taken[i] = 1;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
