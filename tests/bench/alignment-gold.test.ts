import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAlignmentGold } from '../../bench/alignment-gold';
import { CORPUS_SPLIT, loadCorpus } from '../../bench/corpus';
import { countOccurrences } from '../../bench/gold';
import { parseArticle } from '../../lib/ingest';

const ROOT = join(import.meta.dirname, '../..');
const GOLD = loadAlignmentGold(join(ROOT, 'tests/fixtures/gold/alignment'));

describe('the alignment gold', () => {
  it('annotates every event of the corpus split, and only those', () => {
    expect([...GOLD.keys()].sort()).toEqual([...CORPUS_SPLIT.tuning, ...CORPUS_SPLIT.test].sort());
  });

  it('gives every cluster members from at least two articles', () => {
    const single = [...GOLD.values()].flatMap((g) => g.clusters.filter((c) => new Set(c.members.map((m) => m.file)).size < 2).map((c) => c.id));
    expect(single).toEqual([]);
  });

  it('uses each cluster id once per event', () => {
    for (const g of GOLD.values()) expect(new Set(g.clusters.map((c) => c.id)).size).toBe(g.clusters.length);
  });
});

describe('the alignment gold against the ingested corpus', () => {
  const corpus = loadCorpus(ROOT);
  it.each(corpus.map((e) => [e.event, e] as const))('locates every member of %s exactly (unique, or with an occurrence)', (_event, e) => {
    const texts = new Map(e.files.map((f) => [f.name, f.article.text]));
    const bad = GOLD.get(e.event)!.clusters.flatMap((c) =>
      c.members
        .filter((m) => {
          const text = texts.get(m.file);
          if (text === undefined) return true;
          const n = countOccurrences(text, m.content);
          return m.occurrence === undefined ? n !== 1 : n < m.occurrence;
        })
        .map((m) => `${c.id}: ${m.file}: ${m.content}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('the made-up alignment events (tests/fixtures/alignment-dev)', () => {
  const dir = join(ROOT, 'tests/fixtures/alignment-dev');
  const gold = loadAlignmentGold(dir);
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it('has gold for every event folder, and no event of the corpus split', () => {
    expect([...gold.keys()].sort()).toEqual(folders);
    expect(folders.filter((e) => (CORPUS_SPLIT.test as readonly string[]).includes(e) || (CORPUS_SPLIT.tuning as readonly string[]).includes(e))).toEqual([]);
  });

  it.each(folders)('locates every member of %s exactly, in clusters spanning two articles', (event) => {
    const texts = new Map(
      readdirSync(join(dir, event))
        .filter((n) => n.endsWith('.md'))
        .map((n) => [n, parseArticle(readFileSync(join(dir, event, n), 'utf8'), n).text]),
    );
    const clusters = gold.get(event)!.clusters;
    expect(clusters.filter((c) => new Set(c.members.map((m) => m.file)).size < 2).map((c) => c.id)).toEqual([]);
    const bad = clusters.flatMap((c) =>
      c.members
        .filter((m) => {
          const text = texts.get(m.file);
          if (text === undefined) return true;
          const n = countOccurrences(text, m.content);
          return m.occurrence === undefined ? n !== 1 : n < m.occurrence;
        })
        .map((m) => `${c.id}: ${m.file}: ${m.content}`),
    );
    expect(bad).toEqual([]);
  });
});
