import { describe, expect, it } from 'vitest';
import { brief, claimsOf, type EntitySpec, ZH } from './helpers';

const MORE: EntitySpec[] = [
  ...ZH,
  { id: 'wang', type: 'PERSON', surfaces: ['王毅'] },
  { id: 'kirby', type: 'PERSON', surfaces: ['科比'] },
  { id: 'dems', type: 'ORG', surfaces: ['民主党'] },
  { id: 'congress', type: 'ORG', surfaces: ['国会'] },
  { id: 'cuba', type: 'GPE', surfaces: ['古巴'] },
];

type Row = [label: string, text: string, expected: { speaker: string; kind?: string; cue: string; text: string }[]];

const rows: Row[] = [
  ['a contrastive switch `，X则` starts a new claim', '王毅强调双方应当加强沟通，秦刚则明言美方必须停止挑衅。', [
    { speaker: '王毅', cue: '强调', text: '双方应当加强沟通' },
    { speaker: '秦刚', cue: '明言', text: '美方必须停止挑衅' },
  ]],
  ['a contrastive switch `，而X` starts a new claim', '布林肯强调保持沟通的重要性，而秦刚认为美方应当先纠正错误。', [
    { speaker: '布林肯', cue: '强调', text: '保持沟通的重要性' },
    { speaker: '秦刚', cue: '认为', text: '美方应当先纠正错误' },
  ]],
  ['seed: RFI c1 ends at 重要性', '布林肯强调保持美中两个大国间 "沟通渠道畅通"的重要性，秦刚则明言双方关系遭遇的新困难和挑战，责任显而易见。', [
    { speaker: '布林肯', cue: '强调', text: '保持美中两个大国间 "沟通渠道畅通"的重要性' },
    { speaker: '秦刚', cue: '明言', text: '双方关系遭遇的新困难和挑战，责任显而易见' },
  ]],
  ['a stance noun after the cue is no content; the next cue keeps the subject', '王毅在会谈中重申了严正立场，敦促美方停止售台武器。', [
    { speaker: '王毅', cue: '敦促', text: '美方停止售台武器' },
  ]],
  ['a bare topic after the cue is no claim', '秦刚在会谈中提到台湾问题。', []],
  ['a locative with 除 is no subject: the previous speaker goes on', '王毅表示，中方愿意对话。会谈中除提及经贸合作之外，也谈到了人文交流。', [
    { speaker: '王毅', cue: '表示', text: '中方愿意对话' },
    { speaker: '王毅', cue: '提及', text: '经贸合作之外，也谈到了人文交流' },
  ]],
  ['`X报道引据Y说`: the cited unnamed source speaks', '路透社报道引据一位不愿具名的外交官说，会谈将在下周举行。', [
    { speaker: '一位不愿具名的外交官', kind: 'official', cue: '说', text: '会谈将在下周举行' },
  ]],
  ['seed: 法新社报道引据上周一位要求匿名的美国官员说', '法新社报道引据上周一位要求匿名的美国官员说，布林肯将于本周日前往北京访问。', [
    { speaker: '一位要求匿名的美国官员', kind: 'official', cue: '说', text: '布林肯将于本周日前往北京访问' },
  ]],
  ['`X报道引述称` without a source is the report', '路透社报道引述称，会谈将在下周举行。', [
    { speaker: '路透社', kind: 'media', cue: '称', text: '会谈将在下周举行' },
  ]],
  ['`予以否认` has no content', '尽管两国都予以否认，外界仍然担心。', []],
  ['`做出回应说` is still speech', '中国官方就此事做出回应说，这种说法非常荒谬。', [
    { speaker: '中国官方', cue: '回应说', text: '这种说法非常荒谬' },
  ]],
  ['`包括X在内的` is skipped; lawmakers are officials', '包括民主党在内的国会议员都呼吁政府采取行动。', [
    { speaker: '国会议员', kind: 'official', cue: '呼吁', text: '政府采取行动' },
  ]],
  ['a collective `X、Y双方` is anonymous', '会谈结束后，中、古双方都表示，合作将继续推进。', [
    { speaker: '中、古双方', kind: 'anonymous', cue: '表示', text: '合作将继续推进' },
  ]],
  ['the subject ends before a verb with 了', '但美国高级官员淡化了外界的期望，并表示，此行的目标是恢复沟通。', [
    { speaker: '美国高级官员', kind: 'official', cue: '表示', text: '此行的目标是恢复沟通' },
  ]],
  ['`低调回应，但…` is no report', '华盛顿方面对此低调回应，但相关报道引发了担忧。', []],
  ['a subjectless clause keeps the person the previous sentence opens on', '科比在会后给王毅写信，要求尽快恢复对话。信中写道，双方应当保持沟通。', [
    { speaker: '科比', cue: '写道', text: '双方应当保持沟通' },
  ]],
];

describe('speaker spans and claim boundaries', () => {
  it.each(rows)('%s', (_label, text, expected) => {
    const claims = claimsOf(text, MORE).map(brief);
    // A row pins the kind of a claim by giving it; the kind compared is always the analyzer's own
    // against the row's, never one taken from the output.
    expect(claims.map((c, i) => ({ speaker: c.speaker, cue: c.cue, text: c.text, ...(expected[i]?.kind ? { kind: c.kind } : {}) }))).toEqual(
      expected.map((e) => ({ speaker: e.speaker, cue: e.cue, text: e.text, ...(e.kind ? { kind: e.kind } : {}) })),
    );
  });
});
