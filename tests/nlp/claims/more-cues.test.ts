import { describe, expect, it } from 'vitest';
import { brief, claimsOf, type EntitySpec, ZH } from './helpers';

/** Sentences written for these cues; entities hand-made. */
const SPECS: EntitySpec[] = [...ZH, { id: 'met', type: 'ORG', surfaces: ['省气象台'] }, { id: 'wang', type: 'PERSON', surfaces: ['王明'] }];

type Row = [label: string, text: string, expected: { entityId?: string; kind?: string; cue?: string; text: string }[]];
const rows: Row[] = [
  ['预计 before a comma is a forecast', '省气象台预计，明后两天仍有暴雨。', [{ entityId: 'met', cue: '预计', text: '明后两天仍有暴雨' }]],
  ['预计 as a plain verb of the sentence is none', '新桥预计明年完工。', []],
  ['建议 is a reporting verb', '王明建议游客避开高峰时段出行。', [{ entityId: 'wang', cue: '建议', text: '游客避开高峰时段出行' }]],
  ['并提醒 is a cue even without a comma', '省气象台表示，降雨将持续到周末，并提醒市民减少外出。', [
    { entityId: 'met', cue: '表示', text: '降雨将持续到周末' },
    { entityId: 'met', cue: '提醒', text: '市民减少外出' },
  ]],
  ['a transcript answer covers the sentences that continue it', '毛宁答：中方已经注意到有关报道。有关船只擅自进入中方海域。\n\n会场气氛平静。', [
    { entityId: 'mao', cue: '答', text: '中方已经注意到有关报道' },
    { entityId: 'mao', cue: '答', text: '有关船只擅自进入中方海域' },
  ]],
  ['在他看来 frames a view of the person named before', '王明认为，市场正在回暖。在他看来，明年房价将企稳。', [
    { entityId: 'wang', cue: '认为', text: '市场正在回暖' },
    { entityId: 'wang', cue: '在…看来', text: '明年房价将企稳' },
  ]],
];

describe('forecasts, suggestions, transcript answers and views', () => {
  it.each(rows)('%s', (_label, text, expected) => {
    const got = claimsOf(text, SPECS).map(brief);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });
});
