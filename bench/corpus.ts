import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../lib/ingest';
import type { Article } from '../lib/schema/article';

/**
 * The fixed split of `../shared/corpus` into whole events: the tuning part (rules and
 * thresholds may be fitted on it) and the test part (never tuned on; its figures are the
 * honest ones). Shared by every accuracy section of the bench.
 */
export const CORPUS_SPLIT = {
  tuning: ['blinken-beijing-2023-06', 'biden-xi-dictator-2023-06', 'china-june-exports-2023-07', 'pku-protest-placard-2023-06'],
  test: ['lianjiang-kindergarten-stabbing-2023-07', 'jilin-pontoon-bridge-case-2023-07', 'cathay-cx880-rejected-takeoff-2023-06'],
} as const;

export type CorpusPart = keyof typeof CORPUS_SPLIT;

/** One event of the corpus: its raw files parsed by the ingest stage, in file-name order. */
export interface CorpusEvent {
  event: string;
  part: CorpusPart;
  files: { name: string; article: Article }[];
}

/**
 * The corpus folder: `PARALLAX_CORPUS_DIR`, else `../shared/corpus` next to the repository (as
 * CI has it), else `../../shared/corpus` (a git worktree one folder deeper).
 */
export function corpusDir(root: string): string {
  if (process.env.PARALLAX_CORPUS_DIR) return process.env.PARALLAX_CORPUS_DIR;
  const beside = join(root, '..', 'shared', 'corpus');
  const above = join(root, '..', '..', 'shared', 'corpus');
  return existsSync(beside) || !existsSync(above) ? beside : above;
}

/** The part an event belongs to, or undefined for an event outside the split. */
export function partOf(event: string): CorpusPart | undefined {
  if ((CORPUS_SPLIT.tuning as readonly string[]).includes(event)) return 'tuning';
  if ((CORPUS_SPLIT.test as readonly string[]).includes(event)) return 'test';
  return undefined;
}

/**
 * Reads and ingests every event of the split (tuning events first, then test events).
 * Throws, naming the folder, when the corpus or one of the split's events is missing.
 */
export function loadCorpus(root: string): CorpusEvent[] {
  const dir = corpusDir(root);
  return [...CORPUS_SPLIT.tuning, ...CORPUS_SPLIT.test].map((event) => {
    const folder = join(dir, event);
    let names: string[];
    try {
      names = readdirSync(folder).filter((name) => name.endsWith('.md') && statSync(join(folder, name)).isFile()).sort();
    } catch {
      throw new Error(`corpus event folder not found: ${folder} (set PARALLAX_CORPUS_DIR)`);
    }
    return {
      event,
      part: partOf(event)!,
      files: names.map((name) => ({ name, article: parseArticle(readFileSync(join(folder, name), 'utf8'), name) })),
    };
  });
}

/** Seed events (in the repository's `seeds/`) that belong to the tuning part as well. */
export const SEED_TUNING_EVENTS = ['blinken-seed-pair'] as const;

/** The part of a gold file's event (corpus split, or a seed event of the tuning part); throws when unplaced. */
export function goldPartOf(event: string): CorpusPart {
  if ((SEED_TUNING_EVENTS as readonly string[]).includes(event)) return 'tuning';
  const part = partOf(event);
  if (!part) throw new Error(`event ${event} is in neither the tuning nor the test part (bench/corpus.ts CORPUS_SPLIT)`);
  return part;
}

/** The corpus folder, checked: throws a clear error when it is missing. */
export function requireCorpusDir(root: string): string {
  const dir = corpusDir(root);
  if (!existsSync(join(dir, 'SOURCES.md'))) {
    throw new Error(
      `the shared corpus is missing: expected ${dir}/SOURCES.md. Put it at ../shared/corpus next to the repository or set PARALLAX_CORPUS_DIR.`,
    );
  }
  return dir;
}

/**
 * The absolute path of a gold file's source article: `seeds/<event>/<file>` lives in the
 * repository, `corpus/<event>/<file>` in the shared corpus.
 */
export function sourcePath(root: string, file: string): string {
  if (file.startsWith('corpus/')) return join(requireCorpusDir(root), file.slice('corpus/'.length));
  return join(root, file);
}

/** The event folder a gold file's source belongs to (`seeds/<event>/…` or `corpus/<event>/…`). */
export function eventOf(file: string): string {
  const event = file.split('/')[1];
  if (!event) throw new Error(`gold file path ${file} does not name an event folder`);
  return event;
}

/** The raw files of one corpus event, named `corpus/<event>/<name>` as gold files name them. */
export function listCorpusEvent(root: string, event: string): { event: string; name: string; path: string; raw: string }[] {
  const folder = join(requireCorpusDir(root), event);
  if (!existsSync(folder)) throw new Error(`corpus event folder not found: ${folder}`);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && statSync(join(folder, name)).isFile())
    .sort()
    .map((name) => ({ event, name, path: `corpus/${event}/${name}`, raw: readFileSync(join(folder, name), 'utf8') }));
}
