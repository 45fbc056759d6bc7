import { describe, expect, it } from 'vitest';
import { alignClaims, groupNodes } from '../../lib/compare/align-claims';
import { buildClaimNodes, cannotShareGroup, conflictingDates, type PairScore } from '../../lib/compare/claim-pairs';
import { statesForecast } from '../../lib/compare/modality';
import { claimRows } from '../../lib/compare/claim-rows';
import type { AnalyzedArticle } from '../../lib/schema/analysis';
import { BLINKEN, QIN, TAIWAN, makeArticle, type FixtureClaim, type FixtureEntity } from './fixtures';

const ENTITIES: FixtureEntity[] = [
  BLINKEN,
  QIN,
  TAIWAN,
  { id: 'mfa-cn', name: '中国外交部', type: 'ORG', surfaces: ['中国外交部', '中國外交部'] },
  { id: 'state-dept', name: '美国国务院', type: 'ORG', surfaces: ['美国国务院'] },
  { id: 'cuba', name: '古巴', type: 'GPE', surfaces: ['古巴'] },
];

/** Two one-claim articles built from (speaker, content) pairs; the text is `<speaker>说，<content>。` */
function pair(a: FixtureClaim, b: FixtureClaim): AnalyzedArticle[] {
  const filler = '这是一篇报道的其他内容，与主题无关。';
  const build = (id: string, c: FixtureClaim): AnalyzedArticle =>
    makeArticle(id, id, `${c.speaker}${c.cue}，${c.content}。${filler}`, ENTITIES, [c]);
  return [build('a1', a), build('a2', b)];
}

const claim = (speaker: string, content: string, entityId?: string, cue = '表示'): FixtureClaim => ({
  speaker,
  content,
  cue,
  ...(entityId ? { entityId } : {}),
});

describe('alignClaims on labelled pairs', () => {
  const cases: { label: string; a: FixtureClaim; b: FixtureClaim; expected: 'same' | 'similar' | 'contradicts' | null }[] = [
    {
      label: 'same speaker, paraphrase → similar',
      a: claim('布林肯', '保持美中两个大国间沟通渠道畅通的重要性', 'blinken', '强调'),
      b: claim('布林肯', '保持畅通的沟通渠道以减少误判风险的重要性', 'blinken', '强调'),
      expected: 'similar',
    },
    {
      label: 'identical content → same',
      a: claim('秦刚', '中美关系遭遇新的困难和挑战，责任是清楚的', 'qin-gang'),
      b: claim('秦刚', '中美关系遭遇新的困难和挑战，责任是清楚的', 'qin-gang'),
      expected: 'same',
    },
    {
      label: 'different figures for the same quantity → contradicts',
      a: claim('国务院发言人', '双方会面持续了5个半小时，比原计划更长'),
      b: claim('美国国务院', '双方会面持续了7个小时，比原计划更长', 'state-dept'),
      expected: 'contradicts',
    },
    {
      label: 'one side denies what the other affirms → contradicts',
      a: claim('中国外交部', '中方没有在古巴建设情报监测站', 'mfa-cn'),
      b: claim('中国外交部', '中方在古巴建设情报监测站', 'mfa-cn'),
      expected: 'contradicts',
    },
    {
      label: 'same speaker, unrelated content → not grouped',
      a: claim('布林肯', '美国将始终捍卫美国人民的利益和价值观', 'blinken'),
      b: claim('布林肯', '他将提出美国公民在中国被拘留的问题', 'blinken'),
      expected: null,
    },
    {
      label: 'traditional against simplified script → same',
      a: claim('秦刚', '台湾问题是中国核心利益中的核心，是中美关系中最重大的问题', 'qin-gang', '说'),
      b: claim('秦剛', '臺灣問題是中國核心利益中的核心，是中美關係中最重大的問題', 'qin-gang', '說'),
      expected: 'same',
    },
    {
      label: 'ministry and its minister are one side → similar',
      a: claim('中国外交部', '美方应停止干涉中国内政，停止损害中方主权和安全利益', 'mfa-cn'),
      b: claim('秦刚', '美方应予尊重，停止干涉中国内政，停止以竞争为名损害中方主权、安全和发展利益', 'qin-gang'),
      expected: 'similar',
    },
    {
      label: 'the same words from opposed sides → not grouped',
      a: claim('中方', '双方应当保持沟通渠道畅通，避免误判'),
      b: claim('美方', '双方应当保持沟通渠道畅通，避免误判'),
      expected: null,
    },
    {
      label: 'same speaker on the same subject, two propositions → not grouped',
      a: claim('秦刚', '就台湾等中方核心关切议题重申严正立场，敦促美国停止干涉', 'qin-gang', '重申'),
      b: claim('秦刚', '台湾问题是中美关系最突出的风险', 'qin-gang', '说'),
      expected: null,
    },
    {
      label: 'one toll in other figures and words, from the police and the county → similar',
      a: claim('警方', '这起车祸造成三人死亡、五人受伤', undefined, '通报'),
      b: claim('县政府', '这起车祸已致3死5伤', undefined, '称'),
      expected: 'similar',
    },
    {
      label: 'two death tolls for one crash → contradicts',
      a: claim('警方', '这起车祸造成三人死亡、五人受伤', undefined, '通报'),
      b: claim('当地警方', '这起车祸造成四人死亡、五人受伤', undefined, '通报'),
      expected: 'contradicts',
    },
    {
      label: '双方 and 两国 speak as one → similar',
      a: claim('双方', '同意保持高层交往，继续就双边关系进行沟通', undefined, '表示'),
      b: claim('两国', '同意维持高层交往，继续就两国关系保持沟通', undefined, '表示'),
      expected: 'similar',
    },
    {
      label: 'English: one wording in other inflections (examining / examined, failures / failure) → same',
      a: claim('Police', 'investigators are examining the braking systems and signalling failures', undefined, ' said'),
      b: claim('The police', 'an investigator examined braking system and signalled failure', undefined, ' said'),
      expected: 'same',
    },
    {
      label: 'English: the same subject, two propositions → not grouped',
      a: claim('Police', 'the driver of the tram has been arrested', undefined, ' said'),
      b: claim('A witness', 'the tram was going far too fast on the bend before it flipped', undefined, ' said'),
      expected: null,
    },
  ];
  it.each(cases)('$label', ({ a, b, expected }) => {
    const groups = alignClaims(pair(a, b));
    if (expected === null) expect(groups).toEqual([]);
    else {
      expect(groups).toHaveLength(1);
      expect(groups[0]!.claims).toEqual(['a1#c1', 'a2#c1']);
      expect(groups[0]!.relation).toBe(expected);
    }
  });
});

describe('alignClaims evidence and order', () => {
  const first = makeArticle(
    'rfi',
    'rfi',
    '布林肯强调保持美中两个大国间沟通渠道畅通的重要性。秦刚也就台湾等中方核心关切议题重申严正立场。米勒说，双方讨论了一系列双边和全球问题。',
    ENTITIES,
    [
      claim('布林肯', '保持美中两个大国间沟通渠道畅通的重要性', 'blinken', '强调'),
      claim('秦刚', '就台湾等中方核心关切议题重申严正立场', 'qin-gang', '重申'),
      claim('米勒', '双方讨论了一系列双边和全球问题', undefined, '说'),
    ],
  );
  const second = makeArticle(
    'et',
    'epochtimes',
    '布林肯强调保持畅通的沟通渠道以减少误判风险的重要性，而秦刚则就台湾等核心关切议题重申了中方的严正立场。',
    ENTITIES,
    [
      claim('布林肯', '保持畅通的沟通渠道以减少误判风险的重要性', 'blinken', '强调'),
      claim('秦刚', '就台湾等核心关切议题重申了中方的严正立场', 'qin-gang', '重申'),
    ],
  );

  it('numbers groups in the order of their first claim and keeps the evidence', () => {
    const groups = alignClaims([first, second]);
    expect(groups.map((g) => [g.id, g.claims])).toEqual([
      ['g1', ['rfi#c1', 'et#c1']],
      ['g2', ['rfi#c2', 'et#c2']],
    ]);
    expect(groups[1]!.evidence).toMatchObject({ sharedEntities: ['taiwan'], speakers: 'same-entity' });
    expect(groups[0]!.evidence!.similarity).toBeGreaterThan(0.2);
  });

  it('gives the same groups for the same input, every time', () => {
    expect(JSON.stringify(alignClaims([first, second]))).toBe(JSON.stringify(alignClaims([first, second])));
  });

  it('lists every claim in the claims table, ungrouped ones as only in their outlet', () => {
    const rows = claimRows({ articles: [first, second], claimGroups: alignClaims([first, second]) });
    expect(rows.map((r) => [r.ref, r.groupId, r.coverage])).toEqual([
      ['rfi#c1', 'g1', 'similar in 2 articles'],
      ['rfi#c2', 'g2', 'similar in 2 articles'],
      ['rfi#c3', null, 'only in rfi'],
      ['et#c1', 'g1', 'similar in 2 articles'],
      ['et#c2', 'g2', 'similar in 2 articles'],
    ]);
    expect(rows[0]!.alsoIn).toEqual(['et']);
  });
});

describe('grouping order', () => {
  // A forecast in one outlet, the actual figure in two others: the forecast pair scores highest.
  const articles = [
    makeArticle('f', 'f', '分析师说，进口下降4.0%。', ENTITIES, [claim('分析师', '进口下降4.0%', undefined, '说')]),
    makeArticle('a', 'a', '海关说，进口下降6.8%。', ENTITIES, [claim('海关', '进口下降6.8%', undefined, '说')]),
    makeArticle('b', 'b', '海关总署称，进口同比下降6.8%。', ENTITIES, [claim('海关总署', '进口同比下降6.8%', undefined, '称')]),
  ];
  const nodes = buildClaimNodes(articles);
  const scores: Record<string, [number, boolean]> = { '0-1': [0.99, true], '1-2': [0.95, false], '0-2': [0.1, true] };
  const pair = (i: number, j: number): PairScore => {
    const [p, conflicting] = scores[`${Math.min(i, j)}-${Math.max(i, j)}`]!;
    return { similarity: p, probability: p, relation: 'unknown', allowed: true, conflicting };
  };

  it('gathers the claims whose figures agree before a conflicting pair may join groups', () => {
    const groups = groupNodes(nodes, [[0, 1], [0, 2], [1, 2]], pair, { link: 0.5, merge: 0.6, same: 1 });
    expect(groups.map((g) => g.claims)).toEqual([['a#c1', 'b#c1']]);
  });
});

describe('conflictingDates', () => {
  it('finds two claims dated to different months, and none when one date lies within the other', () => {
    expect(conflictingDates(new Set(['%2023-06']), new Set(['%2023-05', '#6']))).toBe(true);
    expect(conflictingDates(new Set(['%2023-06']), new Set(['%2023-06-12']))).toBe(false);
    expect(conflictingDates(new Set(['%2023-06']), new Set(['#6']))).toBe(false);
  });
});

describe('conflicting dates', () => {
  const dated = (id: string, day: string, value: string): AnalyzedArticle => {
    const text = `外交部表示，双方会谈将于${day}在北京举行，议题包括贸易和气候。`;
    const article = makeArticle(id, id, text, ENTITIES, [claim('外交部', `双方会谈将于${day}在北京举行，议题包括贸易和气候`, 'mfa-cn')]);
    const start = text.indexOf(day);
    return { ...article, times: [{ text: day, value, kind: 'date', start, end: start + day.length }] };
  };

  it('marks one proposition dated to two different days as contradicting, with the dates as evidence', () => {
    const groups = alignClaims([dated('a1', '6月12日', '2023-06-12'), dated('a2', '6月14日', '2023-06-14')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.relation).toBe('contradicts');
    expect(groups[0]!.evidence?.conflict).toBe('dates differ: 2023-06-12 vs 2023-06-14');
  });

  it('keeps it agreeing when both give the same day', () => {
    const groups = alignClaims([dated('a1', '6月12日', '2023-06-12'), dated('a2', '6月12日', '2023-06-12')]);
    expect(groups.map((g) => g.relation)).toEqual(['same']);
  });
});

describe('claims that may never share a group', () => {
  // Every pair scores high: only the constraint keeps the propositions apart.
  const high = (): PairScore => ({ similarity: 0.9, probability: 0.9, relation: 'unknown', allowed: true, conflicting: false });
  const all = (n: number): [number, number][] => Array.from({ length: n }, (_, i) => Array.from({ length: n - i - 1 }, (_, k) => [i, i + k + 1] as [number, number])).flat();
  const cross = (nodes: ReturnType<typeof buildClaimNodes>): [number, number][] => all(nodes.length).filter(([i, j]) => nodes[i]!.articleIndex !== nodes[j]!.articleIndex);
  const thresholds = { link: 0.5, merge: 0.5, same: 1 };

  it('keeps one outlet’s two figures for one quantity in different groups (no chain through them)', () => {
    const articles = [
      makeArticle('x', 'x', '海关称，6月出口下降12.4%。海关还称，5月出口下降7.5%。', ENTITIES, [
        claim('海关', '6月出口下降12.4%', undefined, '称'),
        { speaker: '海关', cue: '还称', content: '5月出口下降7.5%' },
      ]),
      makeArticle('y', 'y', '统计局说，出口下降12.4%。', ENTITIES, [claim('统计局', '出口下降12.4%', undefined, '说')]),
      makeArticle('z', 'z', '商务部说，出口下降7.5%。', ENTITIES, [claim('商务部', '出口下降7.5%', undefined, '说')]),
    ];
    const nodes = buildClaimNodes(articles);
    expect(nodes.map((n) => n.ref)).toEqual(['x#c1', 'x#c2', 'y#c1', 'z#c1']);
    const groups = groupNodes(nodes, cross(nodes), high, thresholds);
    for (const g of groups) expect(g.claims.filter((c) => c.startsWith('x#'))).toHaveLength(1);
    expect(cannotShareGroup(nodes[0]!, nodes[1]!)).toBe(true);
    // Across articles, conflicting figures may share a group (they contradict each other).
    expect(cannotShareGroup(nodes[0]!, nodes[3]!)).toBe(false);
  });

  it('keeps a forecast apart from the outcome whose figure differs, not from one that agrees', () => {
    const articles = [
      makeArticle('f', 'f', '经济学家说，出口预计下降9.2%。', ENTITIES, [claim('经济学家', '出口预计下降9.2%', undefined, '说')]),
      makeArticle('a', 'a', '海关说，出口下降12.4%。', ENTITIES, [claim('海关', '出口下降12.4%', undefined, '说')]),
      makeArticle('b', 'b', '分析师說，出口預計下降12.4%。', ENTITIES, [claim('分析师', '出口預計下降12.4%', undefined, '說')]),
    ];
    const nodes = buildClaimNodes(articles);
    expect(nodes.map((n) => n.forecast)).toEqual([true, false, true]);
    expect(cannotShareGroup(nodes[0]!, nodes[1]!)).toBe(true);
    expect(cannotShareGroup(nodes[1]!, nodes[2]!)).toBe(false);
    const groups = groupNodes(nodes, cross(nodes), high, thresholds);
    expect(groups.every((g) => !(g.claims.includes('f#c1') && g.claims.includes('a#c1')))).toBe(true);
  });
});

describe('statesForecast', () => {
  it('reads forecast words in both scripts and English whole words', () => {
    expect(statesForecast('路透社调查预估10月出口增长5%')).toBe(true);
    expect(statesForecast('全年有望實現目標')).toBe(true);
    expect(statesForecast('exports were expected to fall 5 percent')).toBe(true);
    expect(statesForecast('an unexpected fall of 5 percent')).toBe(false);
    expect(statesForecast('10月出口同比增长3.2%')).toBe(false);
  });
});
