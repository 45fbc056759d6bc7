import { describe, expect, it } from 'vitest';
import { brief, claimsOf, ZH, type EntitySpec } from './helpers';

const EN: EntitySpec[] = [
  { id: 'blinken', type: 'PERSON', surfaces: ['Blinken'] },
  { id: 'reuters', type: 'ORG', surfaces: ['Reuters'] },
];

type Row = [label: string, text: string, expected: { speaker: string; entityId?: string; kind?: string; cue?: string; text: string; direct?: boolean }[]];

const english: Row[] = [
  ['"…," X said.', '"We are not seeking conflict," Blinken said.', [{ speaker: 'Blinken', entityId: 'blinken', cue: 'said', text: 'We are not seeking conflict', direct: true }]],
  ['"…," said X.', '"It was productive," said Matthew Miller.', [{ speaker: 'Matthew Miller', text: 'It was productive', direct: true }]],
  ['X said that …', 'Blinken said that the talks were candid.', [{ speaker: 'Blinken', cue: 'said', text: 'the talks were candid', direct: false }]],
  ['X told …, that …', 'Blinken told reporters on Monday that progress was made.', [{ speaker: 'Blinken', cue: 'told', text: 'progress was made' }]],
  ['According to X, …', 'According to Reuters, the talks lasted five hours.', [{ speaker: 'Reuters', kind: 'media', text: 'the talks lasted five hours' }]],
  ['…, according to X.', 'The talks lasted five hours, according to Reuters.', [{ speaker: 'Reuters', kind: 'media', text: 'The talks lasted five hours' }]],
  ['…, he said. resolves he', 'Blinken met Qin Gang in Beijing. The talks were candid, he said.', [{ speaker: 'Blinken', entityId: 'blinken', text: 'The talks were candid' }]],
  ['an official said: "…"', 'An official said: "We will see."', [{ speaker: 'An official', kind: 'anonymous', text: 'We will see.', direct: true }]],
];

const negatives: [label: string, text: string][] = [
  ['说明 is not 说', '这说明两国关系正在改善。'],
  ['小说 is not 说', '他写了一部关于外交的小说。'],
  ['游说 is not 说', '企业界正在游说国会放宽限制。'],
  ['据说 names no source', '据说，两国将恢复对话。'],
  ['换句话说 is the author', '换句话说，双方都不愿让步。'],
  ['表示 as a noun', '美方的这一表示引起关注。'],
  ['称为 names', '拜登将习近平称为“独裁者”。'],
  ['称之为 names', '外界称之为“破冰之旅”。'],
  ['号称 / 堪称 / 自称', '这次会谈堪称破冰，号称史上最长，他自称是老朋友。'],
  ['称X为Y names', '拜登称习近平为独裁者。'],
  ['被认为 is passive', '这次访问被认为是破冰之旅。'],
  ['a scare quote alone', '中美近日还因“古巴间谍站”争端而互相指责。'],
  ['a 《title》', '他在《纽约时报》上发表文章。'],
  ['a short quoted term sentence', '“独裁者”。'],
  ['negated speech', '两人都没有对媒体表示任何看法。'],
  ['a reporter question', '这三小时的闭门会后中美都透露了哪些信息？'],
  ['数据 is not 据', '这些数据来自海关。'],
  ['据了解 is the reporter (据悉 is an unattributed claim: docs/annotation-guide.md)', '据了解，布林肯将于周日抵达。'],
];

describe('English attribution', () => {
  it.each(english)('handles %s', (_label, text, expected) => {
    const got = claimsOf(text, EN, 'en').map(brief);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });
});

describe('false positives', () => {
  it.each(negatives)('finds no claim when %s', (_label, text) => {
    expect(claimsOf(text, ZH).map(brief)).toEqual([]);
  });

  it('keeps a scare quote inside a claim instead of making it a claim', () => {
    const claims = claimsOf('毛宁表示，拜登把习近平称为“独裁者”是公开的政治挑衅。', ZH);
    expect(claims.map((c) => c.text)).toEqual(['拜登把习近平称为“独裁者”是公开的政治挑衅']);
  });
});
