import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../lib/analyze';
import { alignClaims, alignClaimsExhaustive } from '../../lib/compare/align-claims';
import { pairsSharingTokens, type WeightedVector } from '../../lib/compare/similarity';
import { parseArticle } from '../../lib/ingest';

const seeds = fileURLToPath(new URL('../../seeds/', import.meta.url));
const events = readdirSync(seeds, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** The analysed articles of one seed event, in the order its `event.json` lists them. */
function analysedEvent(event: string) {
  const { files } = JSON.parse(readFileSync(`${seeds}${event}/event.json`, 'utf8')) as { files: string[] };
  return analyzeArticles(files.map((f) => parseArticle(readFileSync(`${seeds}${event}/${f}`, 'utf8'), f))).articles;
}

describe('candidate blocking in alignClaims', () => {
  it('covers the four seed events', () => {
    expect(events).toHaveLength(4);
  });

  it.each(events)('gives the same claim groups as scoring every pair on %s', (event) => {
    const articles = analysedEvent(event);
    const exhaustive = alignClaimsExhaustive(articles);
    expect(alignClaims(articles)).toEqual(exhaustive);
    // Every seed event, the English one included, has propositions two outlets share.
    expect(exhaustive.length).toBeGreaterThan(0);
  });

  it('gives the same claim groups on the articles of one event in reverse order', () => {
    const articles = analysedEvent(events[1]!).reverse();
    expect(alignClaims(articles)).toEqual(alignClaimsExhaustive(articles));
  });
});

const vector = (ids: number[]): WeightedVector => ({
  ids: Int32Array.from(ids),
  values: Float64Array.from(ids, () => 1),
  norm: Math.sqrt(ids.length),
  total: ids.length,
});

describe('pairsSharingTokens', () => {
  const cases: { label: string; vectors: number[][]; expected: [number, number][] }[] = [
    { label: 'no shared token gives no pair', vectors: [[0], [1], [2]], expected: [] },
    { label: 'one shared token gives one pair', vectors: [[0, 1], [2], [1, 3]], expected: [[0, 2]] },
    { label: 'several shared tokens give the pair once', vectors: [[0, 1, 2], [0, 1, 2]], expected: [[0, 1]] },
    {
      label: 'pairs come in ascending order',
      vectors: [[5], [0, 5], [0], [5, 0]],
      expected: [
        [0, 1],
        [0, 3],
        [1, 2],
        [1, 3],
        [2, 3],
      ],
    },
    { label: 'empty vectors pair with nothing', vectors: [[], [0], [], [0]], expected: [[1, 3]] },
  ];
  it.each(cases)('$label', ({ vectors, expected }) => {
    expect(pairsSharingTokens(vectors.map(vector), () => true)).toEqual(expected);
  });

  it('drops the pairs `keep` refuses', () => {
    expect(pairsSharingTokens([[0], [0], [0]].map(vector), (i, j) => j - i === 1)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('does not block on a token held by more vectors than the bound', () => {
    // Token 0 is in all four vectors (past a bound of 3); token 1 pairs only vectors 1 and 3.
    const vectors = [[0], [0, 1], [0], [0, 1]].map(vector);
    expect(pairsSharingTokens(vectors, () => true, 3)).toEqual([[1, 3]]);
    expect(pairsSharingTokens(vectors, () => true, 4)).toHaveLength(6);
  });

  it('keeps one long article repeating a paragraph from pairing every claim with every other', () => {
    const vectors = Array.from({ length: 3000 }, () => vector([7, 8, 9]));
    expect(pairsSharingTokens(vectors, () => true)).toEqual([]);
  });
});
