import { describe, expect, it } from 'vitest';
import { brief, claimsOf, ZH } from './helpers';

type Expect = { speaker: string; entityId?: string; cue?: string; text: string };
type Row = [label: string, text: string, expected: Expect[]];

/** Sentences written for these rules (docs/annotation-guide.md, claims-e decisions). */
const rows: Row[] = [
  ['a chained 提醒 with its hearer opens a claim of its own', '外交部表示，代表团将于下周抵达，并提醒公民，近期不要前往边境地区。', [
    { speaker: '外交部', entityId: 'mfa', cue: '表示', text: '代表团将于下周抵达' },
    { speaker: '外交部', entityId: 'mfa', cue: '提醒', text: '近期不要前往边境地区' },
  ]],
  ['a chained 呼吁 keeps what it calls for (a verb makes it no hearer)', '外交部表示，撤侨工作已经完成，呼吁各方保持克制，避免局势升级。', [
    { speaker: '外交部', entityId: 'mfa', cue: '表示', text: '撤侨工作已经完成' },
    { speaker: '外交部', entityId: 'mfa', cue: '呼吁', text: '各方保持克制，避免局势升级' },
  ]],
  ['a clause opening on a preposition keeps the subject before it', '白宫随后发表声明，对盟友表示感谢，并称两国关系十分牢固。', [
    { speaker: '白宫', entityId: 'whitehouse', cue: '称', text: '两国关系十分牢固' },
  ]],
  ['但 with a subject of its own opens a proposition, also for a person', '秦刚认为，双边贸易正在恢复，但投资信心仍然不足。', [
    { speaker: '秦刚', entityId: 'qin', cue: '认为', text: '双边贸易正在恢复' },
    { speaker: '秦刚', entityId: 'qin', cue: '认为', text: '投资信心仍然不足' },
  ]],
  ['无人 / 有人 / 所有… open a proposition of their own under a notice', '外交部通报称，火势已被扑灭，所有被困人员已安全撤离，无人受伤。', [
    { speaker: '外交部', text: '火势已被扑灭' },
    { speaker: '外交部', text: '所有被困人员已安全撤离' },
    { speaker: '外交部', text: '无人受伤' },
  ]],
  ['无人员伤亡 is no 无人 subject', '外交部通报称，火势已被扑灭，无人员伤亡。', [{ speaker: '外交部', text: '火势已被扑灭，无人员伤亡' }]],
  ['但 without a subject stays in the clause before', '秦刚表示，中方愿意继续对话，但不会接受任何施压。', [
    { speaker: '秦刚', entityId: 'qin', cue: '表示', text: '中方愿意继续对话，但不会接受任何施压' },
  ]],
];

describe('chained cues and contrastive propositions', () => {
  it.each(rows)('%s', (_label, text, expected) => {
    const got = claimsOf(text, ZH).map(brief);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });
});
