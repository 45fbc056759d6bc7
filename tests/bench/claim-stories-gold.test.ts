import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_STORY_SETS } from '../../bench/accuracy';
import { GOLD_SPEAKER_KINDS, countOccurrences, loadGoldFiles, locate } from '../../bench/gold';
import { isIsoValue } from '../../lib/nlp/times/iso';
import { parseArticle } from '../../lib/ingest';

const ROOT = join(import.meta.dirname, '../..');
const FILES = CLAIM_STORY_SETS.flatMap((dir) => loadGoldFiles(join(ROOT, dir)).map(({ gold }) => [dir, gold] as const));

describe.each(FILES.map(([dir, gold]) => [basename(gold.file), dir, gold] as const))('claim story gold %s', (name, dir, gold) => {
  const text = parseArticle(readFileSync(join(ROOT, dir, name), 'utf8'), name).text;

  it('lives in its set and locates every claim content and time text exactly', () => {
    expect(gold.file).toBe(`${dir.replace('tests/fixtures/', '')}/${name}`);
    const unlocated = [...gold.claims.map((c) => ({ s: c.content, n: c.occurrence })), ...gold.times.map((t) => ({ s: t.text, n: t.occurrence }))]
      .filter(({ s, n }) => (n === undefined ? countOccurrences(text, s) !== 1 : countOccurrences(text, s) < n))
      .map(({ s }) => s);
    expect(unlocated).toEqual([]);
  });

  it('keeps claim contents apart and names as speaker a gold entity or a speaker kind', () => {
    const spans = gold.claims.flatMap((c) => locate(text, c.content, c.occurrence) ?? []).sort((a, b) => a.start - b.start);
    expect(spans.filter((s, i) => i > 0 && s.start < spans[i - 1]!.end)).toEqual([]);
    const allowed = new Set<string>([...gold.entities.map((e) => e.name), ...GOLD_SPEAKER_KINDS]);
    expect(gold.claims.map((c) => c.speaker).filter((s) => !allowed.has(s))).toEqual([]);
    expect(gold.entities.flatMap((e) => e.surfaces.filter((s) => countOccurrences(text, s) === 0))).toEqual([]);
  });

  it('writes every time value in ISO 8601', () => {
    expect(gold.times.map((t) => t.value).filter((v) => !isIsoValue(v))).toEqual([]);
  });
});
