import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_SPLIT } from '../../bench/corpus';
import { ALIGNMENT_MODEL, AlignmentModel, PAIR_FEATURES, linkProbability } from '../../lib/compare/alignment-model';
import { characterBigrams, characterTokens, dice } from '../../lib/compare/claim-tokens';
import { valueRange } from '../../lib/compare/numerals';
import { speakerBody } from '../../lib/compare/speaker-relation';

describe('the shipped alignment model', () => {
  const raw: unknown = JSON.parse(readFileSync(new URL('../../data/alignment-model.json', import.meta.url), 'utf8'));

  it('weighs exactly the pair features, nothing else', () => {
    expect(Object.keys(AlignmentModel.parse(raw).weights)).toEqual([...PAIR_FEATURES]);
  });

  it('was fitted on the tuning events and the made-up events only, never on the test part', () => {
    const madeUp = readdirSync(new URL('../fixtures/alignment-dev/', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(madeUp.length).toBeGreaterThan(0);
    expect(ALIGNMENT_MODEL.fitted.on).toEqual([...CORPUS_SPLIT.tuning, ...madeUp]);
    expect(ALIGNMENT_MODEL.fitted.on.filter((e) => (CORPUS_SPLIT.test as readonly string[]).includes(e))).toEqual([]);
  });

  it('rejects a model file that lacks a threshold', () => {
    const { link: _link, ...rest } = AlignmentModel.parse(raw);
    expect(AlignmentModel.safeParse(rest).success).toBe(false);
  });

  it('gives more probability to more similar content, all else equal', () => {
    const base = Object.fromEntries(PAIR_FEATURES.map((f) => [f, 0])) as Record<(typeof PAIR_FEATURES)[number], number>;
    expect(linkProbability({ ...base, similarity: 0.8, characters: 0.8, bigrams: 0.6 })).toBeGreaterThan(
      linkProbability({ ...base, similarity: 0.2, characters: 0.2, bigrams: 0.1 }),
    );
  });
});

describe('figure ranges', () => {
  const cases: { label: string; args: [number, boolean, string | undefined]; range: [number, number] }[] = [
    { label: 'an exact figure is itself', args: [52_950, false, undefined], range: [52_950, 52_950] },
    { label: '44,000多 reaches the next thousand', args: [44_000, true, undefined], range: [44_000, 45_000] },
    { label: '20多 reaches the next ten', args: [20, true, undefined], range: [20, 30] },
    { label: '约 is ±15 %', args: [100, false, '约'], range: [85, 115] },
    { label: '超过 is up to half as much again', args: [10, false, '超过'], range: [10, 15] },
  ];
  it.each(cases)('$label', ({ args, range }) => {
    const [lo, hi] = valueRange(...args);
    expect(lo).toBeCloseTo(range[0]);
    expect(hi).toBeCloseTo(range[1]);
  });
});

describe('comparison tokens over both scripts', () => {
  it('compares bigrams after traditional → simplified conversion', () => {
    expect(dice(characterBigrams('這樣的判刑並不合理'), characterBigrams('这样的判刑并不合理'))).toBe(1);
  });

  it('keeps content characters and drops function characters', () => {
    expect([...characterTokens('警方已將嫌犯拘捕').keys()]).toEqual(['警', '方', '嫌', '犯', '拘', '捕']);
  });
});

describe('speakerBody', () => {
  const cases: { text: string; body: string | undefined }[] = [
    { text: '县公安局', body: 'police' },
    { text: '當地警方', body: 'police' },
    { text: '中美双方', body: 'both-sides' },
    { text: '市检察院', body: 'prosecutors' },
    { text: '一位目击者', body: 'witnesses' },
    { text: '布林肯', body: undefined },
  ];
  it.each(cases)('$text is $body', ({ text, body }) => {
    expect(speakerBody(text)).toBe(body);
  });
});
