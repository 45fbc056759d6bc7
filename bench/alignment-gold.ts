import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** One claim of a gold cluster: the article file (name inside the event folder) and an exact substring of its claim. */
export const GoldAlignmentMember = z.object({
  file: z.string().min(1),
  /** An exact substring of the claim's content in the ingested text (see docs/annotation-guide.md). */
  content: z.string().min(1),
  /** 1-based: which occurrence of `content` in the text is meant (default 1). */
  occurrence: z.number().int().positive().optional(),
});
export type GoldAlignmentMember = z.infer<typeof GoldAlignmentMember>;

/** Claims of different outlets that state one proposition. */
export const GoldAlignmentCluster = z.object({
  id: z.string().min(1),
  /** The proposition in a few English words, for the reader. */
  proposition: z.string().min(1),
  /** `same` (near-identical wording), `similar` (other words), `contradicts` (conflicting figures, dates or polarity). */
  relation: z.enum(['same', 'similar', 'contradicts']),
  members: z.array(GoldAlignmentMember).min(2),
});
export type GoldAlignmentCluster = z.infer<typeof GoldAlignmentCluster>;

export const GoldAlignment = z.object({
  /** The corpus event folder. */
  event: z.string().min(1),
  clusters: z.array(GoldAlignmentCluster),
});
export type GoldAlignment = z.infer<typeof GoldAlignment>;

/** Reads and validates every `*.json` file of `dir` (tests/fixtures/gold/alignment), keyed by event. */
export function loadAlignmentGold(dir: string): Map<string, GoldAlignment> {
  const out = new Map<string, GoldAlignment>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const gold = GoldAlignment.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (out.has(gold.event)) throw new Error(`alignment gold: event ${gold.event} annotated twice (${name})`);
    out.set(gold.event, gold);
  }
  return out;
}
