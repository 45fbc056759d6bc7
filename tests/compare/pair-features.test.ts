import { describe, expect, it } from 'vitest';
import { buildClaimNodes, pairFeatures } from '../../lib/compare/claim-pairs';
import type { PairFeatures } from '../../lib/compare/alignment-model';
import { makeArticle, type FixtureClaim } from './fixtures';

/** The features of one claim of article a1 against one claim of article a2 (each article `<speaker><cue>，<content>。`). */
function features(a: FixtureClaim, b: FixtureClaim): PairFeatures {
  const build = (id: string, c: FixtureClaim) => makeArticle(id, id, `${c.speaker}${c.cue}，${c.content}。另有一段无关的叙述。`, [], [c]);
  const [x, y] = buildClaimNodes([build('a1', a), build('a2', b)]);
  return pairFeatures(x!, y!);
}

const c = (speaker: string, content: string): FixtureClaim => ({ speaker, cue: '表示', content });

describe('pair features (sentences written for these tests)', () => {
  it('a short account wholly inside a long notice is contained, though the cosine is low', () => {
    const notice = c('县政府', '昨天下午，城南一家纺织厂仓库起火，过火面积约两百平方米，无人伤亡，起火原因正在调查');
    const f = features(notice, c('县消防大队', '纺织厂仓库起火，无人伤亡'));
    expect(f.containment).toBeGreaterThan(0.8);
    expect(f.containment).toBeGreaterThan(f.characters);
  });

  it('one proposition in one clause of each claim: the best clause pair beats the whole claims', () => {
    const f = features(
      c('市政府', '暴雨导致多条道路积水，全市中小学明天停课一天，地铁照常运营'),
      c('教育局', '全市中小学明天停课一天'),
    );
    expect(f.clauses).toBe(1);
    expect(f.bigrams).toBeLessThan(0.7);
  });

  it('a body and its short form are close speakers; unrelated speakers are not', () => {
    const same = features(c('南山区市场监督管理局', '这批奶粉不合格'), c('南山区市场监管局', '这批奶粉不合格'));
    const other = features(c('南山区市场监督管理局', '这批奶粉不合格'), c('一名家长', '这批奶粉不合格'));
    expect(same.speakers).toBeGreaterThan(0.5);
    expect(other.speakers).toBe(0);
  });

  it('the same figure counts as a shared value even when the counted noun differs (87名员工 / 87名工人)', () => {
    const f = features(c('监管局', '共有87名员工送医'), c('监管部门', '87名工人被送往医院'));
    expect(f.values).toBeGreaterThan(0);
    expect(f.figures).toBe(0);
  });

  it('figures in different clauses of unrelated claims do not make a clause match', () => {
    const f = features(c('统计局', '上月出口下降12%，进口增长3%'), c('海关', '今年前五个月粮食产量增长3%'));
    expect(f.clauses).toBeLessThan(0.5);
  });
});

describe('speaker closeness needs overlapping contents', () => {
  it('one speaker saying two different things gets little from being one speaker', () => {
    const f = features(c('县应急管理局', '全县已转移群众三千人'), c('县应急管理局', '明天将召开安全生产会议'));
    expect(f.speakers).toBeLessThan(0.3);
  });
});
