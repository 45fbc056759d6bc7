import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { analyzeArticles } from '../lib/analyze';
import { parseArticle } from '../lib/ingest';
import { GoldEntity } from './gold';
import { sumPrf, type Prf } from './metrics';
import { f3, heading, table } from './report';
import { scoreEntities } from './score-entities';

/**
 * The made-up Chinese stories (tests/fixtures/stories-zh, stories-zh-dev, stories-zh-new and stories-zh-e): development
 * material for the entity rules, annotated by reading before the analyzer ran on them. The
 * first set lists `[name, type]` pairs (each name is its own surface), the second full gold
 * entities with surfaces.
 */
const PairGold = z.object({ stories: z.record(z.string(), z.object({ entities: z.array(z.tuple([z.string(), z.string()])) })) });
const FullGold = z.object({ stories: z.record(z.string(), z.object({ entities: z.array(GoldEntity) })) });

export interface StoryScore {
  set: string;
  file: string;
  entities: Prf;
  missed: string[];
  spurious: string[];
}

/** Scores every made-up story, each analysed on its own (as a one-article comparison). */
export function measureStories(root: string): StoryScore[] {
  const out: StoryScore[] = [];
  const sets: [string, GoldEntity[][], string[]][] = [];
  const first = join(root, 'tests/fixtures/stories-zh');
  const pairs = PairGold.parse(JSON.parse(readFileSync(join(first, 'gold.json'), 'utf8')));
  const second = join(root, 'tests/fixtures/stories-zh-dev');
  const full = FullGold.parse(JSON.parse(readFileSync(join(second, 'gold.json'), 'utf8')));
  const firstFiles = Object.keys(pairs.stories);
  sets.push(['stories-zh', firstFiles.map((f) => pairs.stories[f]!.entities.map(([name, type]) => GoldEntity.parse({ name, type, surfaces: [name] }))), firstFiles]);
  const secondFiles = Object.keys(full.stories);
  sets.push(['stories-zh-dev', secondFiles.map((f) => full.stories[f]!.entities), secondFiles]);
  // Session 19's stories, annotated before the rules of that session were written.
  const third = FullGold.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/stories-zh-new/gold.json'), 'utf8')));
  const thirdFiles = Object.keys(third.stories);
  sets.push(['stories-zh-new', thirdFiles.map((f) => third.stories[f]!.entities), thirdFiles]);
  // Session 20's stories (new kinds, longer manner), annotated before the rules of that session were written.
  const fourth = FullGold.parse(JSON.parse(readFileSync(join(root, 'tests/fixtures/stories-zh-e/gold.json'), 'utf8')));
  const fourthFiles = Object.keys(fourth.stories);
  sets.push(['stories-zh-e', fourthFiles.map((f) => fourth.stories[f]!.entities), fourthFiles]);
  for (const [set, golds, files] of sets) {
    files.forEach((file, i) => {
      const text = readFileSync(join(root, 'tests/fixtures', set, file), 'utf8');
      const article = analyzeArticles([parseArticle(text, file)]).articles[0]!;
      const s = scoreEntities(golds[i]!, article.entities);
      out.push({ set, file, entities: s.typed, missed: s.missed, spurious: s.spurious });
    });
  }
  return out;
}

/** Section (a3): entity P/R/F1 on the made-up stories, per set and per story; `--verbose` lists the errors. */
export function runStories(root: string, verbose = false): StoryScore[] {
  heading('(a3) Chinese entities on the made-up stories (development material)');
  const scores = measureStories(root);
  for (const set of [...new Set(scores.map((s) => s.set))]) {
    const mine = scores.filter((s) => s.set === set);
    const all = sumPrf(mine.map((s) => s.entities));
    console.log(`\n  -- ${set}: ${mine.length} stories, entity P / R / F1 ${f3(all.precision)} ${f3(all.recall)} ${f3(all.f1)} (tp ${all.tp}, fp ${all.predicted - all.tp}, fn ${all.gold - all.tp})`);
    table(
      ['story', 'ent P', 'ent R', 'ent F1'],
      mine.map((s) => [s.file, f3(s.entities.precision), f3(s.entities.recall), f3(s.entities.f1)]),
    );
    if (verbose) {
      for (const s of mine) {
        if (s.missed.length) console.log(`    ${s.file} missed: ${s.missed.join('; ')}`);
        if (s.spurious.length) console.log(`    ${s.file} spurious: ${s.spurious.join('; ')}`);
      }
    }
  }
  return scores;
}
