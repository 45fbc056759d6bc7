import { describe, expect, it } from 'vitest';
import { brief, claimsOf, type EntitySpec, ZH } from './helpers';

/** Sentences written for these rules; entities hand-made. */
const SPECS: EntitySpec[] = [
  ...ZH,
  { id: 'bureau', type: 'ORG', surfaces: ['海淀区教育局'] },
  { id: 'hospital', type: 'FAC', surfaces: ['协和医院'] },
];

type Row = [label: string, text: string, expected: { speaker?: string; entityId?: string; kind?: string; text: string }[]];
const rows: Row[] = [
  ['a bare statement is the body that issued it after a modifier and a time', '针对网上传言，白宫昨晚发布澄清声明。声明称，总统健康状况良好。', [
    { entityId: 'whitehouse', kind: 'entity', text: '总统健康状况良好' },
  ]],
  ['a bare 说明 is its issuer\'s', '海淀区教育局发布情况说明称，明天全区停课。说明还称，复课时间另行通知。', [
    { entityId: 'bureau', text: '明天全区停课' },
    { entityId: 'bureau', text: '复课时间另行通知' },
  ]],
  ['该局 and its staff speak for the bureau named before', '海淀区教育局通报称，明天全区停课。该局一名工作人员表示，复课时间另行通知。', [
    { entityId: 'bureau', text: '明天全区停课' },
    { entityId: 'bureau', kind: 'entity', text: '复课时间另行通知' },
  ]],
  ['a facility\'s spokesperson speaks for the facility', '协和医院发言人表示，伤者情况稳定。', [{ entityId: 'hospital', kind: 'entity', text: '伤者情况稳定' }]],
  ['a tourist is a witness', '一名游客说，缆绳突然断了。', [{ kind: 'witness', text: '缆绳突然断了' }]],
  ['a shopkeeper is a witness', '一名商户说，店里进水半米深。', [{ kind: 'witness', text: '店里进水半米深' }]],
  ['an investor in a scheme is the public', '一名投资者表示，钱至今没有拿回来。', [{ kind: 'public', text: '钱至今没有拿回来' }]],
  ['a surname with a polite form after a modifier is the speaker, and 她 refers to her', '住在隔壁的王太表示，半夜听到一声巨响。她说：“我马上就跑下楼了。”', [
    { speaker: '王太', kind: 'entity', text: '半夜听到一声巨响' },
    { speaker: '王太', kind: 'entity', text: '我马上就跑下楼了。' },
  ]],
  ['他 refers to the titled speaker of the sentence before when no mention holds the name', '交通部长林志远表示，新线路将按期开通。他透露，首班车定于早上六点发出。', [
    { speaker: '林志远', kind: 'entity', text: '新线路将按期开通' },
    { speaker: '林志远', kind: 'entity', text: '首班车定于早上六点发出' },
  ]],
  ['a presiding judge is an official', '审判长宣布，法庭将于下月宣判。', [{ kind: 'official', text: '法庭将于下月宣判' }]],
];

describe('bodies behind documents and staff, and speaker kinds', () => {
  it.each(rows)('%s', (_label, text, expected) => {
    const got = claimsOf(text, SPECS).map(brief);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });
});
