import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../../lib/analyze';
import { parseArticle } from '../../../lib/ingest';

/** The claims of a made-up article (paragraphs separated by blank lines) as `kind|speaker name: content`. */
function claims(...paragraphs: string[]): string[] {
  const raw = `---\ntitle: "t"\ndate: 2023-08-08T02:00:00.000Z\n---\n\n${paragraphs.join('\n\n')}\n`;
  const art = analyzeArticles([parseArticle(raw, 't.md')]).articles[0]!;
  const name = (id: string | undefined): string => art.entities.find((e) => e.id === id)?.name ?? '';
  return art.claims.map((c) => {
    const who = c.speaker.kind === 'entity' ? name(c.speaker.entityId) : `${c.speaker.kind}${c.speaker.entityId ? `=${name(c.speaker.entityId)}` : ''}`;
    return `${who}: ${c.text}`;
  });
}

describe('speakers by evidence in stories of new kinds', () => {
  it('gives a bare document noun to the body that issued it (声明说 after X发布声明称)', () => {
    expect(claims('东方航空在官网发布声明称，航班因天气原因备降。声明说，旅客已妥善安置。')).toEqual([
      '东方航空: 航班因天气原因备降',
      '东方航空: 旅客已妥善安置',
    ]);
  });

  it('reads 据报道 with no outlet as an unnamed report (media)', () => {
    expect(claims('据报道，涉事货车严重超载。')).toEqual(['media: 涉事货车严重超载']);
  });

  it('gives the document of a named body to the body, as its statement (X的消息说)', () => {
    expect(claims('新华社援引安溪县应急管理局的消息说，转移群众已超过三千人。')).toEqual(['statement=安溪县应急管理局: 转移群众已超过三千人']);
  });

  it('keeps the whole quantified noun phrase as the speaker and reads its kind (一名…的店员 → witness)', () => {
    expect(claims('一名在对面药店上班的店员对记者说，起火前闻到了焦味。')).toEqual(['witness: 起火前闻到了焦味']);
    expect(claims('一位不愿透露姓名的邻居透露，男子常与家人争吵。')).toEqual(['witness: 男子常与家人争吵']);
  });

  it('reads an unnamed source as anonymous whatever body modifies it (政府消息人士, 接近…的人士)', () => {
    expect(claims('韩国政府消息人士称，首尔将推迟发射卫星。')).toEqual(['anonymous: 首尔将推迟发射卫星']);
    expect(claims('一位接近交通部门的人士说，票价调整方案仍在讨论。')).toEqual(['anonymous: 票价调整方案仍在讨论']);
    expect(claims('一位不愿具名的县政府官员说，补偿款下月发放。')).toEqual(['official: 补偿款下月发放']);
  });

  it('reads trade insiders as experts and scheme members and car owners as the public', () => {
    expect(claims('一位餐饮行业人士表示，外卖平台抽成过高。')).toEqual(['expert: 外卖平台抽成过高']);
    expect(claims('一名集资参与人说，她的存款全部被套。')).toEqual(['public: 她的存款全部被套']);
  });

  it('reads 网民质疑 as a claim of the public', () => {
    expect(claims('有网民质疑救援队到达太晚。')).toEqual(['public: 救援队到达太晚']);
  });

  it('attributes a finding of the court (法院查明) to it', () => {
    expect(claims('法院查明，被告人先后骗取资金两千余万元。')).toEqual(['official: 被告人先后骗取资金两千余万元']);
  });

  it('takes the son named after his mother as the speaker (X的儿子Y说)', () => {
    expect(claims('遇难者孔秀珍的儿子孔建军说，母亲当天本要回老家。')).toEqual(['孔建军: 母亲当天本要回老家']);
  });

  it('takes an account quoted after an account word as the source of its video', () => {
    expect(claims('快手用户“巴山小陈”发布的视频显示，桥面已经断裂。')).toEqual(['巴山小陈: 桥面已经断裂']);
  });

  it('reads 据悉 as a claim with no source (unattributed)', () => {
    expect(claims('据悉，涉事司机已被刑事拘留。')).toEqual(['unattributed: 涉事司机已被刑事拘留']);
  });

  it('keeps the pronoun subject before an adverb (他接着说)', () => {
    expect(claims('韦国强对记者说：“水一下子就涨上来了。”他接着说：“我们只能往山上跑。”')).toEqual([
      '韦国强: 水一下子就涨上来了。',
      '韦国强: 我们只能往山上跑。',
    ]);
  });

  it('does not split a partitive from the figure it qualifies (12名伤者中，9人已出院)', () => {
    expect(claims('医院方面表示，12名伤者中，9人已出院。')).toHaveLength(1);
  });

  it('keeps a group subject over its own short predicate (家属不服，认为…)', () => {
    expect(claims('据央视报道，赔偿方案已公布。遇难者家属不服，认为赔偿标准过低。')).toEqual([
      '中央电视台: 赔偿方案已公布',
      'public: 赔偿标准过低',
    ]);
  });

  it('reads a name or a kind of speaker before a colon and a quotation as the speaker', () => {
    expect(claims('乘客赵女士：“机舱里全是烟，大家都在哭。”')).toEqual(['赵女士: 机舱里全是烟，大家都在哭。']);
    expect(claims('一名目击者：“车子直接冲上了人行道。”')).toEqual(['witness: 车子直接冲上了人行道。']);
  });

  it('takes no predicate before a colon for a speaker', () => {
    expect(claims('居民们的要求很简单：“把路修好。”')).toEqual([]);
  });

  it('reads an existential 有 before a report (有报道称) as an unnamed report, with no speaker words', () => {
    expect(claims('有报道称，涉事男子此前曾多次求职失败。')).toEqual(['media: 涉事男子此前曾多次求职失败']);
    expect(claims('此前有報導稱，該名男子有精神病史。')).toEqual(['media: 該名男子有精神病史']);
    expect(claims('有分析指，此举意在向对方施压。')).toEqual(['expert: 此举意在向对方施压']);
    const raw = '---\ntitle: "t"\ndate: 2023-08-08T02:00:00.000Z\n---\n\n当地有报道称，男子曾经入狱。\n';
    const [claim] = analyzeArticles([parseArticle(raw, 't.md')]).articles[0]!.claims;
    expect(claim?.speaker).toEqual({ text: '', kind: 'media' });
  });
});
