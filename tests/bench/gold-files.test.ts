import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import { CORPUS_SPLIT, eventOf, goldPartOf, sourcePath } from '../../bench/corpus';
import { GOLD_SPEAKER_KINDS, countOccurrences, loadGoldFiles, locate } from '../../bench/gold';
import { isIsoValue } from '../../lib/nlp/times/iso';
import { parseArticle } from '../../lib/ingest';

const ROOT = join(import.meta.dirname, '../..');
const FILES = loadGoldFiles(join(ROOT, 'tests/fixtures/gold'));
const toSimplified = Converter({ from: 'tw', to: 'cn' });


describe('the gold set', () => {
  it('has at least 8 articles from at least 5 outlets', () => {
    const outlets = new Set(FILES.map(({ gold }) => basename(gold.file).split('-')[0]));
    expect(FILES.length).toBeGreaterThanOrEqual(8);
    expect(outlets.size).toBeGreaterThanOrEqual(5);
  });

  it('names each annotation file after its seed file', () => {
    for (const { path, gold } of FILES) expect(basename(path, '.json')).toBe(basename(gold.file, '.md'));
  });

  it('places every gold article in the tuning or the test part, and annotates every test event', () => {
    for (const { gold } of FILES) expect(() => goldPartOf(eventOf(gold.file))).not.toThrow();
    const annotated = new Set(FILES.map(({ gold }) => eventOf(gold.file)));
    expect(CORPUS_SPLIT.test.filter((e) => !annotated.has(e))).toEqual([]);
    expect(CORPUS_SPLIT.test.filter((e) => (CORPUS_SPLIT.tuning as readonly string[]).includes(e))).toEqual([]);
  });
});

describe.each(FILES.map(({ gold }) => [basename(gold.file), gold] as const))('gold file %s', (_name, gold) => {
  const article = parseArticle(readFileSync(sourcePath(ROOT, gold.file), 'utf8'), basename(gold.file));
  const text = article.text;

  it('has every entity surface in the story text', () => {
    const missing = gold.entities.flatMap((e) => e.surfaces.filter((s) => countOccurrences(text, s) === 0));
    expect(missing).toEqual([]);
  });

  it('gives each entity a unique canonical name in simplified script', () => {
    const names = gold.entities.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => toSimplified(n) !== n)).toEqual([]);
  });

  it('locates every claim content and time text exactly (unique, or with an occurrence)', () => {
    const unlocated = [...gold.claims.map((c) => ({ s: c.content, n: c.occurrence })), ...gold.times.map((t) => ({ s: t.text, n: t.occurrence }))]
      .filter(({ s, n }) => {
        const count = countOccurrences(text, s);
        return n === undefined ? count !== 1 : count < n;
      })
      .map(({ s }) => s);
    expect(unlocated).toEqual([]);
  });

  it('keeps claim contents apart: no two overlap', () => {
    const spans = gold.claims.flatMap((c) => locate(text, c.content, c.occurrence) ?? []).sort((a, b) => a.start - b.start);
    const overlapping = spans.filter((s, i) => i > 0 && s.start < spans[i - 1]!.end);
    expect(overlapping).toEqual([]);
  });

  it('names as speaker a gold entity or a speaker kind', () => {
    const allowed = new Set<string>([...gold.entities.map((e) => e.name), ...GOLD_SPEAKER_KINDS]);
    expect(gold.claims.map((c) => c.speaker).filter((s) => !allowed.has(s))).toEqual([]);
  });

  it('writes every time value in ISO 8601', () => {
    expect(gold.times.map((t) => t.value).filter((v) => !isIsoValue(v))).toEqual([]);
  });
});
