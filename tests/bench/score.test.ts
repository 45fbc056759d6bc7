import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle, ArticleEntity, Claim, TimeMention } from '../../lib/schema/analysis';
import type { GoldFile } from '../../bench/gold';
import { scoreArticle, summarizeAll } from '../../bench/score';
import { normalizeName } from '../../bench/normalize';
import { maxMatching } from '../../bench/matching';

const TEXT = '美国国务卿布林肯周一表示，“双方同意稳定关系”。秦刚说，美方应予尊重。';

function article(parts: Partial<Pick<AnalyzedArticle, 'entities' | 'claims' | 'times' | 'text'>>): AnalyzedArticle {
  const text = parts.text ?? TEXT;
  return {
    id: 'a1',
    source: 'test.md',
    outlet: { id: 'test', name: '测试', english: 'Test', timeZone: 'UTC' },
    url: '',
    title: 't',
    publishedAt: '2023-06-19T12:00:00.000Z',
    publishedEvidence: { kind: 'none', raw: '', timeZone: 'UTC' },
    script: 'simplified',
    language: 'zh-Hans',
    text,
    paragraphs: [{ start: 0, end: text.length, kind: 'p' }],
    entities: parts.entities ?? [],
    claims: parts.claims ?? [],
    times: parts.times ?? [],
    messages: [],
  };
}

/** An entity whose mentions are the first occurrences of `surfaces` in TEXT. */
function entity(id: string, name: string, type: ArticleEntity['type'], surfaces: string[], text = TEXT): ArticleEntity {
  return {
    id,
    name,
    type,
    mentions: surfaces.map((s) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length })),
  };
}

function claim(content: string, speaker: Claim['speaker'], text = TEXT): Claim {
  const start = text.indexOf(content);
  return { id: `c${start}`, speaker, cue: '说', text: content, direct: false, start, end: start + content.length, sentence: { start: 0, end: text.length } };
}

function time(surface: string, value: string): TimeMention {
  const start = TEXT.indexOf(surface);
  return { text: surface, value, start, end: start + surface.length };
}

const GOLD: GoldFile = {
  file: 'seeds/test.md',
  entities: [
    { name: '美国', type: 'GPE', surfaces: ['美国'] },
    { name: '布林肯', type: 'PERSON', surfaces: ['布林肯'], english: 'Antony Blinken' },
    { name: '秦刚', type: 'PERSON', surfaces: ['秦刚'] },
  ],
  claims: [
    { speaker: '布林肯', cue: '表示', content: '双方同意稳定关系', direct: true },
    { speaker: '秦刚', cue: '说', content: '美方应予尊重', direct: false },
  ],
  times: [{ text: '周一', value: '2023-06-19' }],
};

const PERFECT_ENTITIES = [
  entity('e1', '美国', 'GPE', ['美国']),
  entity('e2', '布林肯', 'PERSON', ['布林肯']),
  entity('e3', '秦刚', 'PERSON', ['秦刚']),
];
const PERFECT_CLAIMS = [
  claim('“双方同意稳定关系”', { text: '布林肯', entityId: 'e2', kind: 'entity' }),
  claim('美方应予尊重', { text: '秦刚', entityId: 'e3', kind: 'entity' }),
];

describe('scoreArticle', () => {
  it('gives every figure 1.0 for a perfect prediction', () => {
    const s = summarizeAll([
      scoreArticle(GOLD, article({ entities: PERFECT_ENTITIES, claims: PERFECT_CLAIMS, times: [time('周一', '2023-06-19')] })),
    ]);
    expect([s.entities.f1, s.entitiesUntyped.f1, s.claims.f1, s.speakers.rate, s.timeRecall.rate, s.timeValues.rate]).toEqual([
      1, 1, 1, 1, 1, 1,
    ]);
  });

  it('lowers entity recall but not precision when an entity is missing', () => {
    const s = scoreArticle(GOLD, article({ entities: PERFECT_ENTITIES.slice(0, 2) })).entities.typed;
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(2 / 3);
  });

  it('counts a wrong type as a miss in the typed score only', () => {
    const wrong = [...PERFECT_ENTITIES.slice(0, 2), entity('e3', '秦刚', 'ORG', ['秦刚'])];
    const s = scoreArticle(GOLD, article({ entities: wrong })).entities;
    expect(s.typed.tp).toBe(2);
    expect(s.untyped.tp).toBe(3);
    expect(s.missed).toEqual(['秦刚/PERSON']);
  });

  it('matches a traditional-script prediction to a simplified gold surface', () => {
    const text = '秦剛說，美方應予尊重。';
    const s = scoreArticle(GOLD, article({ text, entities: [entity('e3', '秦剛', 'PERSON', ['秦剛'], text)] })).entities.typed;
    expect(s.tp).toBe(1);
  });

  it('matches an entity by a mention when its canonical name differs', () => {
    const e = entity('e2', 'Antony Blinken', 'PERSON', ['布林肯']);
    expect(scoreArticle(GOLD, article({ entities: [e] })).entities.typed.tp).toBe(1);
  });

  it('pairs entities one to one: two predictions for one gold entity give one match', () => {
    const dup = [entity('e2', '布林肯', 'PERSON', ['布林肯']), entity('e9', '布林肯', 'PERSON', ['布林肯'])];
    const s = scoreArticle(GOLD, article({ entities: dup })).entities.typed;
    expect([s.tp, s.predicted]).toEqual([1, 2]);
  });
});

describe('claim matching', () => {
  const gold: GoldFile = { ...GOLD, claims: [GOLD.claims[0]!] };
  const at = (start: number, end: number): Claim => ({
    ...claim('双方同意稳定关系', { text: '布林肯', kind: 'entity' }),
    start,
    end,
    text: TEXT.slice(start, end),
  });
  const g0 = TEXT.indexOf('双方同意稳定关系');
  const cases: [string, Claim, number][] = [
    ['a span containing the gold content matches', at(g0 - 5, g0 + 12), 1],
    ['a span covering exactly half of it matches', at(g0, g0 + 4), 1],
    ['a span covering less than half does not', at(g0, g0 + 3), 0],
    ['a span elsewhere does not', at(0, 5), 0],
  ];
  it.each(cases)('%s', (_label, predicted, tp) => {
    expect(scoreArticle(gold, article({ claims: [predicted] })).claims.claims.tp).toBe(tp);
  });

  it('scores the speaker only over matched claims', () => {
    const wrongSpeaker = [PERFECT_CLAIMS[0]!, claim('美方应予尊重', { text: '布林肯', entityId: 'e2', kind: 'entity' })];
    const s = scoreArticle(GOLD, article({ entities: PERFECT_ENTITIES, claims: wrongSpeaker })).claims;
    expect(s.claims.tp).toBe(2);
    expect(s.speakers).toEqual({ correct: 1, total: 2, rate: 0.5 });
  });

  it('accepts a speaker kind when the gold speaker is a kind', () => {
    const g: GoldFile = { ...GOLD, claims: [{ ...GOLD.claims[1]!, speaker: 'anonymous' }] };
    const right = scoreArticle(g, article({ claims: [claim('美方应予尊重', { text: '官员', kind: 'anonymous' })] }));
    const wrong = scoreArticle(g, article({ claims: [claim('美方应予尊重', { text: '官员', kind: 'expert' })] }));
    expect([right.claims.speakers.correct, wrong.claims.speakers.correct]).toEqual([1, 0]);
  });

  it('accepts a named speaker whatever kind the prediction gives it', () => {
    const expert = [claim('美方应予尊重', { text: '秦剛', kind: 'expert' })];
    expect(scoreArticle(GOLD, article({ claims: expert })).claims.speakers.correct).toBe(1);
  });

  it('uses the requested occurrence of a repeated gold content', () => {
    const text = '他说，好的。她说，好的。';
    const g: GoldFile = { ...GOLD, entities: [], times: [], claims: [{ speaker: 'unattributed', cue: '说', content: '好的', direct: false, occurrence: 2 }] };
    const first = { ...claim('好的', { text: '他' }, text) };
    const second = { ...first, start: 9, end: 11 };
    expect(scoreArticle(g, article({ text, claims: [first] })).claims.claims.tp).toBe(0);
    expect(scoreArticle(g, article({ text, claims: [second] })).claims.claims.tp).toBe(1);
  });
});

describe('time scoring', () => {
  it('finds a time by overlap but counts a different value as wrong', () => {
    const s = scoreArticle(GOLD, article({ times: [time('周一', '2023-06-26')] })).times;
    expect(s.recall.rate).toBe(1);
    expect(s.values.rate).toBe(0);
    expect(s.wrongValues).toEqual(['周一: gold 2023-06-19, predicted 2023-06-26']);
  });

  it('misses a time that no prediction overlaps', () => {
    expect(scoreArticle(GOLD, article({ times: [] })).times.recall.rate).toBe(0);
  });
});

describe('summarizeAll', () => {
  it('micro-averages by summing counts across files', () => {
    const a = scoreArticle(GOLD, article({ entities: PERFECT_ENTITIES }));
    const b = scoreArticle(GOLD, article({ entities: [] }));
    expect(summarizeAll([a, b]).entities.recall).toBe(0.5);
  });
});

describe('normalizeName', () => {
  const cases: [string, string, string][] = [
    ['traditional to simplified', '習近平', '习近平'],
    ['middle dot removed', '哈里森·李', '哈里森李'],
    ['katakana middle dot removed', '安東尼・布林肯', '安东尼布林肯'],
    ['Latin lower-cased, hyphen and spaces removed', 'Chen-Yu Li', 'chenyuli'],
  ];
  it.each(cases)('%s: %s → %s', (_label, input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('maxMatching', () => {
  it('reassigns an earlier pair to let a later item match', () => {
    expect(maxMatching([[0, 1], [0]], 2)).toEqual([1, 0]);
  });
});
