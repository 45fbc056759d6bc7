import { describe, expect, it } from 'vitest';
import type { GoldAlignment } from '../../bench/alignment-gold';
import { charBigrams, dice, diceGroups, dicePairs } from '../../bench/dice-baseline';
import { scoreAlignment, type EventArticles } from '../../bench/score-alignment';
import type { AnalyzedArticle, Claim } from '../../lib/schema/analysis';

const TEXTS = [
  '警方称，事故造成三人死亡。官员表示，调查仍在进行。',
  '据通报，事故致3人死亡。另据报道，现场有五辆车受损。',
  '当局说，现场有四辆车受损。',
];

function claim(text: string, content: string): Claim {
  const start = text.indexOf(content);
  return { id: `c${start}`, speaker: { text: 'x', kind: 'unattributed' }, cue: '说', text: content, direct: false, start, end: start + content.length, sentence: { start: 0, end: text.length } };
}

function article(i: number, contents: string[]): AnalyzedArticle {
  const text = TEXTS[i]!;
  return {
    id: `a${i}`,
    source: `f${i}.md`,
    outlet: { id: 'test', name: '测试', english: 'Test', timeZone: 'UTC' },
    url: '',
    title: 't',
    publishedAt: '2023-06-19T12:00:00.000Z',
    publishedEvidence: { kind: 'none', raw: '', timeZone: 'UTC' },
    script: 'simplified',
    language: 'zh-Hans',
    text,
    paragraphs: [{ start: 0, end: text.length, kind: 'p' }],
    entities: [],
    claims: contents.map((c) => claim(text, c)),
    times: [],
    messages: [],
  };
}

const EVENT: EventArticles = {
  files: ['f0.md', 'f1.md', 'f2.md'],
  articles: [article(0, ['事故造成三人死亡', '调查仍在进行']), article(1, ['事故致3人死亡', '现场有五辆车受损']), article(2, ['现场有四辆车受损'])],
};

/** The reference of the claim of article `i` whose content is `content`. */
function ref(i: number, content: string): string {
  const a = EVENT.articles[i]!;
  return `${a.id}#${a.claims.find((c) => c.text === content)!.id}`;
}

const GOLD: GoldAlignment = {
  event: 'test',
  clusters: [
    { id: 'toll', proposition: 'three dead', relation: 'similar', members: [{ file: 'f0.md', content: '三人死亡' }, { file: 'f1.md', content: '3人死亡' }] },
    { id: 'cars', proposition: 'cars damaged', relation: 'contradicts', members: [{ file: 'f1.md', content: '五辆车受损' }, { file: 'f2.md', content: '四辆车受损' }] },
  ],
};

describe('scoreAlignment', () => {
  it('scores a perfect grouping 1.0 and counts a contradiction marked as such', () => {
    const s = scoreAlignment(GOLD, EVENT, [
      { claims: [ref(0, '事故造成三人死亡'), ref(1, '事故致3人死亡')], relation: 'similar' },
      { claims: [ref(1, '现场有五辆车受损'), ref(2, '现场有四辆车受损')], relation: 'contradicts' },
    ]);
    expect([s.pairs.precision, s.pairs.recall, s.extracted.rate, s.grouped.rate, s.contradicts.rate]).toEqual([1, 1, 1, 1, 1]);
  });

  it('counts a pair of claims that no gold cluster holds as a false positive', () => {
    const s = scoreAlignment(GOLD, EVENT, [{ claims: [ref(0, '事故造成三人死亡'), ref(1, '事故致3人死亡'), ref(2, '现场有四辆车受损')], relation: 'similar' }]);
    expect(s.pairs).toMatchObject({ tp: 1, predicted: 3, gold: 2 });
  });

  it('separates gold pairs whose claims were not both extracted from those left apart', () => {
    const event = { ...EVENT, articles: [EVENT.articles[0]!, article(1, ['事故致3人死亡']), EVENT.articles[2]!] };
    const s = scoreAlignment(GOLD, event, []);
    expect([s.extracted.correct, s.extracted.total, s.grouped.correct, s.grouped.total]).toEqual([1, 2, 0, 1]);
  });

  it('scores the grouping alone against the gold pairs whose claims were both extracted', () => {
    const event = { ...EVENT, articles: [EVENT.articles[0]!, article(1, ['事故致3人死亡']), EVENT.articles[2]!] };
    const s = scoreAlignment(GOLD, event, [{ claims: [ref(0, '事故造成三人死亡'), `${event.articles[1]!.id}#${event.articles[1]!.claims[0]!.id}`], relation: 'similar' }]);
    // One of the two gold pairs lost a claim to extraction: overall recall 1/2, the grouping's own 1/1.
    expect([s.pairs.recall, s.extractedPairs.precision, s.extractedPairs.recall]).toEqual([0.5, 1, 1]);
  });
});

describe('claims split inside one gold member', () => {
  it('count a piece of the proposition the extractor split off as that member', () => {
    // Gold member `事故致3人死亡。另据报道，现场有五辆车受损` would be one proposition in article 1; the
    // extractor gave two claims inside it: each lies wholly inside the member and stands for it.
    const gold: GoldAlignment = {
      event: 'test',
      clusters: [{ id: 'all', proposition: 'toll and damage', relation: 'similar', members: [{ file: 'f1.md', content: '事故致3人死亡。另据报道，现场有五辆车受损' }, { file: 'f2.md', content: '现场有四辆车受损' }] }],
    };
    const s = scoreAlignment(gold, EVENT, [{ claims: [ref(1, '现场有五辆车受损'), ref(2, '现场有四辆车受损')], relation: 'similar' }]);
    expect(s.pairs).toMatchObject({ tp: 1, predicted: 1, gold: 1 });
  });

  it('do not count a claim that lies mostly outside the member', () => {
    const gold: GoldAlignment = {
      event: 'test',
      clusters: [{ id: 'cars', proposition: 'cars damaged', relation: 'similar', members: [{ file: 'f1.md', content: '有五辆' }, { file: 'f2.md', content: '现场有四辆车受损' }] }],
    };
    // `现场有五辆车受损` covers the whole 3-character member (so it stands for it); `事故致3人死亡` overlaps nothing.
    const s = scoreAlignment(gold, EVENT, [{ claims: [ref(1, '事故致3人死亡'), ref(2, '现场有四辆车受损')], relation: 'similar' }]);
    expect(s.pairs).toMatchObject({ tp: 0, predicted: 1, gold: 1 });
  });
});

describe('the bigram Dice baseline', () => {
  it('compares bigrams after traditional → simplified conversion', () => {
    expect(dice(charBigrams('這樣的判刑並不合理'), charBigrams('这样的判刑并不合理'))).toBe(1);
  });

  it('groups claims of different articles at or above the threshold, transitively', () => {
    const groups = diceGroups(dicePairs(EVENT.articles), 0.4);
    expect(groups.map((g) => g.claims)).toEqual([
      [ref(0, '事故造成三人死亡'), ref(1, '事故致3人死亡')],
      [ref(1, '现场有五辆车受损'), ref(2, '现场有四辆车受损')],
    ]);
  });
});
