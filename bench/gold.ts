import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EntityType } from '../lib/schema/analysis';

/** Speaker kinds a gold claim may name instead of an entity (see docs/annotation-guide.md). */
export const GOLD_SPEAKER_KINDS = ['official', 'expert', 'witness', 'public', 'media', 'anonymous', 'statement', 'unattributed'] as const;

export const GoldEntity = z.object({
  /** Canonical name in simplified script. */
  name: z.string().min(1),
  type: EntityType,
  /** Every distinct name string as written in the story text (original script, no titles). */
  surfaces: z.array(z.string().min(1)).min(1),
  english: z.string().optional(),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldClaim = z.object({
  /** A gold entity's canonical name, or one of GOLD_SPEAKER_KINDS. */
  speaker: z.string().min(1),
  cue: z.string().min(1),
  /** An exact, distinctive substring of the claim content as written. */
  content: z.string().min(1),
  direct: z.boolean(),
  /** 1-based: which occurrence of `content` in the text is meant (default 1). */
  occurrence: z.number().int().positive().optional(),
});
export type GoldClaim = z.infer<typeof GoldClaim>;

export const GoldTime = z.object({
  /** The time expression exactly as written. */
  text: z.string().min(1),
  /** ISO 8601 value normalised against the publication date in the outlet's time zone. */
  value: z.string().min(1),
  occurrence: z.number().int().positive().optional(),
});
export type GoldTime = z.infer<typeof GoldTime>;

export const GoldFile = z.object({
  /** The raw source file: `seeds/<event>/<file>` in the repository or `corpus/<event>/<file>` in the shared corpus. */
  file: z.string().min(1),
  entities: z.array(GoldEntity),
  claims: z.array(GoldClaim),
  times: z.array(GoldTime),
});
export type GoldFile = z.infer<typeof GoldFile>;

/** Reads and validates every `*.json` gold file in `dir`, sorted by file name. */
export function loadGoldFiles(dir: string): { path: string; gold: GoldFile }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return { path, gold: GoldFile.parse(JSON.parse(readFileSync(path, 'utf8'))) };
    });
}

/** The span of the `occurrence`-th (1-based) exact occurrence of `needle` in `text`, or null. */
export function locate(text: string, needle: string, occurrence = 1): { start: number; end: number } | null {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + needle.length };
}

/** How many times `needle` occurs in `text` (overlapping occurrences count). */
export function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
  return n;
}
