import { describe, expect, it } from 'vitest';
import { articleVector, assignArticles, DEFAULT_PARAMS, dot, FeatureStats, type ClusterArticle } from '../../lib/archive/cluster';
import { minhash } from '../../lib/archive/minhash';
import type { ArchiveFeatures } from '../../lib/schema/archive';

const DAY = 86_400_000;
const T0 = Date.UTC(2023, 5, 18, 8);

/** A synthetic article: words of its title and lead, entity ids, figures, text and day. */
function art(id: string, outlet: string, o: { terms: string; entities?: string; numbers?: string[]; text?: string; day?: number | null }): ClusterArticle {
  const terms: Record<string, number> = {};
  for (const w of o.terms.split(' ')) terms[w] = (terms[w] ?? 0) + 1;
  const entities: Record<string, number> = {};
  for (const e of (o.entities ?? '').split(' ').filter(Boolean)) entities[e] = (entities[e] ?? 0) + 2;
  const features: ArchiveFeatures = {
    terms,
    body: terms,
    entities,
    numbers: o.numbers ?? [],
    minhash: minhash(o.text ?? `${id} ${o.terms} unique text of ${id} ${outlet}`),
    time: o.day === null ? null : T0 + (o.day ?? 0) * DAY,
  };
  return { id, outletId: outlet, features };
}

/** Background articles so that feature frequencies mean something. */
const background = Array.from({ length: 30 }, (_, i) =>
  art(`bg${i}`, `o${i % 5}`, { terms: `topic${i} matter${i} report story`, entities: `ORG:Org${i}`, day: 40 + i * 5 }),
);

function cluster(articles: ClusterArticle[]) {
  const stats = new FeatureStats();
  for (const a of [...articles, ...background]) stats.add(a.features);
  const out = assignArticles([], articles, stats, DEFAULT_PARAMS);
  const events = new Map<string, string[]>();
  for (const a of out) events.set(a.eventId, [...(events.get(a.eventId) ?? []), a.articleId]);
  return { out, groups: [...events.values()].map((g) => g.sort()).sort() };
}

describe('event detection', () => {
  it('puts accounts that share rare names, words and figures within days into one event, and others apart', () => {
    const { groups } = cluster([
      art('a1', 'rfi', { terms: '访华 会谈 国务卿', entities: 'PERSON:布林肯 PERSON:秦刚 GPE:北京', numbers: ['5'] }),
      art('a2', 'cna', { terms: '访华 会晤 国务卿', entities: 'PERSON:布林肯 PERSON:秦刚', day: 1 }),
      art('a3', 'bbc', { terms: 'visit talks secretary', entities: 'PERSON:布林肯 PERSON:秦刚 GPE:北京', day: 1 }),
      art('b1', 'dw', { terms: '幼儿园 持刀 伤人', entities: 'GPE:廉江', numbers: ['6'], day: 2 }),
      art('b2', 'nyt', { terms: '幼儿园 持刀 死亡', entities: 'GPE:廉江 GPE:广东', day: 2 }),
    ]);
    expect(groups).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2'],
    ]);
  });

  it('keeps the same names weeks apart in separate events (time window)', () => {
    const { groups } = cluster([
      art('x1', 'rfi', { terms: '访华 会谈', entities: 'PERSON:布林肯 PERSON:秦刚' }),
      art('x2', 'cna', { terms: '访华 会谈', entities: 'PERSON:布林肯 PERSON:秦刚', day: 30 }),
    ]);
    expect(groups).toEqual([['x1'], ['x2']]);
  });

  it('flags a republished copy as a near-duplicate of the first account', () => {
    const text = '美国国务卿布林肯今天抵达北京，成为近5年来第1位访问中国的美国最高外交官，中国外交部长秦刚在钓鱼台国宾馆迎接布林肯，两人展开5个半小时会谈。';
    const { out } = cluster([
      art('c1', 'cna', { terms: '访华 会谈', entities: 'PERSON:布林肯 PERSON:秦刚', text }),
      art('c2', 'yahoo', { terms: '访华 会谈', entities: 'PERSON:布林肯 PERSON:秦刚', text: `${text}（转载）`, day: 0.1 }),
      art('c3', 'rfi', { terms: '访华 会谈', entities: 'PERSON:布林肯 PERSON:秦刚', text: '布林肯与秦刚在北京举行会谈，双方同意保持沟通，外界关注中美关系能否止跌回稳。', day: 0.2 }),
      art('c4', 'sina', { terms: '访华 会谈', entities: 'PERSON:布林肯 PERSON:秦刚', text: `${text}（转载）`, day: 0.3 }),
    ]);
    expect(out.map((a) => [a.articleId, a.duplicateOf])).toEqual([
      ['c1', null],
      ['c2', 'c1'],
      ['c3', null],
      ['c4', 'c1'],
    ]);
    expect(new Set(out.map((a) => a.eventId)).size).toBe(1);
  });

  it('adds new articles to existing events without moving the old members (incremental)', () => {
    const first = [art('a1', 'rfi', { terms: '访华 会谈', entities: 'PERSON:布林肯 PERSON:秦刚' }), art('b1', 'dw', { terms: '幼儿园 持刀', entities: 'GPE:廉江', day: 2 })];
    const stats = new FeatureStats();
    for (const a of [...first, ...background]) stats.add(a.features);
    const initial = assignArticles([], first, stats);
    const existing = initial.map((a) => ({ id: a.eventId, members: first.filter((f) => f.id === a.articleId) }));
    const later = [art('a2', 'voa', { terms: '访华 会谈 国务卿', entities: 'PERSON:布林肯 PERSON:秦刚', day: 1 }), art('n1', 'voa', { terms: '出口 下滑', entities: 'ORG:海关总署', day: 3 })];
    for (const a of later) stats.add(a.features);
    const next = assignArticles(existing, later, stats);
    expect(next.find((a) => a.articleId === 'a2')).toMatchObject({ eventId: `ev-a1`, opened: false });
    expect(next.find((a) => a.articleId === 'n1')).toMatchObject({ eventId: 'ev-n1', opened: true });
  });

  it('gives the same events whatever order the articles come in', () => {
    const list = [
      art('a1', 'rfi', { terms: '访华 会谈', entities: 'PERSON:布林肯 PERSON:秦刚' }),
      art('a2', 'cna', { terms: '访华 会谈', entities: 'PERSON:布林肯 PERSON:秦刚', day: 1 }),
      art('b1', 'dw', { terms: '幼儿园 持刀', entities: 'GPE:廉江', day: 1 }),
    ];
    expect(cluster(list).groups).toEqual(cluster([...list].reverse()).groups);
  });

  it('keeps a follow-up story apart although one of its accounts resembles one account of the event (decided on whole groups)', () => {
    const crash = [
      art('a1', 'bbc', { terms: 'tram derail overturn bend injured', entities: 'GPE:Croydon ORG:BTP' }),
      art('a2', 'itv', { terms: 'tram derail overturn speed trapped', entities: 'GPE:Croydon ORG:BTP', day: 0.1 }),
      art('a3', 'sky', { terms: 'tram derail bend victims named tributes', entities: 'GPE:Croydon ORG:BTP', day: 0.2 }),
    ];
    const named = [
      art('b1', 'bbc', { terms: 'victims named tributes family', entities: 'PERSON:Dane PERSON:Philip', day: 2 }),
      art('b2', 'itv', { terms: 'victims named tributes inquest', entities: 'PERSON:Dane PERSON:Philip', day: 2.1 }),
      art('b3', 'sky', { terms: 'victims named family inquest', entities: 'PERSON:Dane PERSON:Philip', day: 2.2 }),
    ];
    const { groups } = cluster([...crash, ...named]);
    expect(groups).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2', 'b3'],
    ]);
    // The link a single-link rule would have followed: a3 and b1 are well above the join threshold.
    const stats = new FeatureStats();
    for (const a of [...crash, ...named, ...background]) stats.add(a.features);
    const v = (a: ClusterArticle) => articleVector(a.features, stats, DEFAULT_PARAMS);
    expect(dot(v(crash[2]!), v(named[0]!))).toBeGreaterThan(2 * DEFAULT_PARAMS.join);
  });

  it('puts an early account with the later ones it resembles, whatever came between', () => {
    const list = [
      art('p1', 'telegraph', { terms: 'verstappen podium stuns', entities: 'PERSON:Verstappen GPE:Brazil' }),
      art('q1', 'bbc', { terms: 'raikkonen crash red flag grand prix', entities: 'PERSON:Raikkonen GPE:Brazil', day: 0.1 }),
      art('q2', 'sun', { terms: 'raikkonen crash red flag massa', entities: 'PERSON:Raikkonen PERSON:Massa GPE:Brazil', day: 0.2 }),
      art('p2', 'mirror', { terms: 'verstappen podium horner grand prix red flag', entities: 'PERSON:Verstappen PERSON:Horner GPE:Brazil PERSON:Raikkonen', day: 0.3 }),
      art('p3', 'mail', { terms: 'verstappen horner amazes grand prix crash', entities: 'PERSON:Verstappen PERSON:Horner GPE:Brazil PERSON:Raikkonen', day: 0.4 }),
    ];
    expect(cluster(list).groups).toEqual([['p1', 'p2', 'p3', 'q1', 'q2']]);
  });
});
