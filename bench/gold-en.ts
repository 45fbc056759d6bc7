import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EntityType } from '../lib/schema/analysis';
import { GoldClaim, GoldTime, locate } from './gold';

/** One occurrence of a string in the story text (1-based occurrence, default 1). */
export const GoldOccurrence = z.object({ text: z.string().min(1), occurrence: z.number().int().positive().optional() });
export type GoldOccurrence = z.infer<typeof GoldOccurrence>;

/**
 * One referent of an English gold article: its id is shared by every article of the event
 * that mentions it. Every word-bounded occurrence of a `names` string is a named mention
 * (longest names first, no overlaps, `skip` removes credits and captions); `nominals` are
 * descriptions that refer to it ("the president", "the FBI director").
 */
export const GoldReferent = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  type: EntityType,
  english: z.string().min(1),
  names: z.array(z.string().min(1)),
  nominals: z.array(GoldOccurrence).optional(),
  skip: z.array(GoldOccurrence).optional(),
});
export type GoldReferent = z.infer<typeof GoldReferent>;

export const GoldEnFile = z.object({
  /** Path of the raw article, relative to `tests/fixtures/gold-en`. */
  file: z.string().min(1),
  /**
   * `entities`: only referents, named and nominal mentions are annotated (claims and times are
   * empty and not scored for this file); default `all`.
   */
  scope: z.enum(['all', 'entities']).optional(),
  referents: z.array(GoldReferent),
  /** `speaker` is a referent id or a speaker kind. */
  claims: z.array(GoldClaim),
  times: z.array(GoldTime),
});
export type GoldEnFile = z.infer<typeof GoldEnFile>;

/**
 * Whole events split once: the test part is never tuned on. `testAdded` holds test events
 * annotated later (session 10), reported apart as well as within the whole test part.
 */
export const GoldEnSplit = z.object({
  tuning: z.array(z.string()).min(1),
  test: z.array(z.string()).min(1),
  testAdded: z.array(z.string()).optional(),
});
export type GoldEnSplit = z.infer<typeof GoldEnSplit>;

export interface GoldEnEvent {
  event: string;
  part: 'tuning' | 'test';
  /** A test event of `testAdded`. */
  added: boolean;
  files: { path: string; raw: string; gold: GoldEnFile }[];
}

/** Reads the split and every `<event>/<name>.json` gold file with its `<event>/<name>.md` article. */
export function loadGoldEn(dir: string): GoldEnEvent[] {
  const split = GoldEnSplit.parse(JSON.parse(readFileSync(join(dir, 'split.json'), 'utf8')));
  const events = [
    ...split.tuning.map((e) => [e, 'tuning', false] as const),
    ...split.test.map((e) => [e, 'test', false] as const),
    ...(split.testAdded ?? []).map((e) => [e, 'test', true] as const),
  ];
  return events.map(([event, part, added]) => ({
    event,
    part,
    added,
    files: readdirSync(join(dir, event))
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => {
        const gold = GoldEnFile.parse(JSON.parse(readFileSync(join(dir, event, n), 'utf8')));
        const path = join(dir, gold.file);
        return { path, raw: readFileSync(path, 'utf8'), gold };
      }),
  }));
}

export interface GoldMention {
  referent: string;
  kind: 'named' | 'nominal';
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}_]/u;

/** Every word-bounded occurrence of `needle` in `text`. */
function wordOccurrences(text: string, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (WORD.test(text[at - 1] ?? '') || WORD.test(text[end] ?? '')) continue;
    out.push({ start: at, end });
  }
  return out;
}

/** The gold mentions of one article: named ones (longest first, non-overlapping) and nominal ones. */
export function goldMentions(text: string, gold: GoldEnFile): { mentions: GoldMention[]; unlocated: string[] } {
  const unlocated: string[] = [];
  const skipped = new Set<number>();
  for (const r of gold.referents) {
    for (const s of r.skip ?? []) {
      const span = locate(text, s.text, s.occurrence);
      if (span) skipped.add(span.start);
      else unlocated.push(s.text);
    }
  }
  const named = gold.referents
    .flatMap((r) => r.names.flatMap((n) => wordOccurrences(text, n).map((s) => ({ referent: r.id, kind: 'named' as const, ...s, text: n }))))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length + 1);
  const mentions: GoldMention[] = [];
  for (const m of named) {
    if (taken.subarray(m.start, m.end).some((x) => x === 1)) continue;
    taken.fill(1, m.start, m.end);
    if (!skipped.has(m.start)) mentions.push(m);
  }
  for (const r of gold.referents) {
    for (const n of r.names) if (wordOccurrences(text, n).length === 0) unlocated.push(n);
    for (const n of r.nominals ?? []) {
      const span = locate(text, n.text, n.occurrence);
      if (span) mentions.push({ referent: r.id, kind: 'nominal', ...span, text: n.text });
      else unlocated.push(n.text);
    }
  }
  return { mentions: mentions.sort((a, b) => a.start - b.start), unlocated };
}
