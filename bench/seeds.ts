import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../lib/schema/article';
import { parseArticle } from '../lib/ingest';

/** One raw seed file: `seeds/<event>/<name>`. */
export interface SeedFile {
  event: string;
  name: string;
  /** Repository-relative path, as gold files name it. */
  path: string;
  raw: string;
}

export interface ParsedSeed {
  seed: SeedFile;
  article: Article;
}

/** Every file of every event folder under `<root>/seeds`, sorted by event then name. */
export function listSeedFiles(root: string): SeedFile[] {
  const seedsDir = join(root, 'seeds');
  return readdirSync(seedsDir)
    .filter((event) => statSync(join(seedsDir, event)).isDirectory())
    .sort()
    .flatMap((event) =>
      readdirSync(join(seedsDir, event))
        .sort()
        .map((name) => ({ event, name, path: `seeds/${event}/${name}`, raw: readFileSync(join(seedsDir, event, name), 'utf8') })),
    );
}

/** Parses seeds with the ingest stage; files it rejects are returned separately with the reason. */
export function parseSeeds(files: readonly SeedFile[]): { parsed: ParsedSeed[]; failed: { path: string; reason: string }[] } {
  const parsed: ParsedSeed[] = [];
  const failed: { path: string; reason: string }[] = [];
  for (const seed of files) {
    try {
      parsed.push({ seed, article: parseArticle(seed.raw, seed.name) });
    } catch (error) {
      failed.push({ path: seed.path, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { parsed, failed };
}

/** Groups parsed seeds by event, keeping order: each group is one comparison. */
export function byEvent(seeds: readonly ParsedSeed[]): ParsedSeed[][] {
  const groups = new Map<string, ParsedSeed[]>();
  for (const s of seeds) {
    const group = groups.get(s.seed.event) ?? [];
    group.push(s);
    groups.set(s.seed.event, group);
  }
  return [...groups.values()];
}
