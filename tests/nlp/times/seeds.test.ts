import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../../lib/nlp/times';
import { isIsoValue } from '../../../lib/nlp/times/iso';
import { makeDoc } from './doc';

const SEEDS = join(import.meta.dirname, '../../../seeds');

/** The body of a raw archive file with tags removed (crude, but enough to exercise offsets). */
function rawBody(path: string): string {
  const raw = readFileSync(path, 'utf8');
  const body = raw.slice(raw.indexOf('------') + 6);
  return body
    .replace(/<[^>]*>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

const files = readdirSync(SEEDS, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(md|txt)$/.test(f) && !f.endsWith('SOURCES.md'))
  .sort();


describe('extractTimes on every seed article', () => {
  it.each(files)('keeps offsets, order and ISO values in %s', (file) => {
    const text = rawBody(join(SEEDS, file));
    const script = /cna-/.test(file) ? 'traditional' : 'simplified';
    const doc = makeDoc(text, '2023-06-18T12:00:00Z', 'Asia/Shanghai', script);
    const times = extractTimes(doc);
    expect(times.length).toBeGreaterThan(0);
    let lastEnd = 0;
    for (const t of times) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(lastEnd);
      expect(isIsoValue(t.value), `${t.text} = ${t.value}`).toBe(true);
      expect(t.event ?? '').toContain(t.text);
      lastEnd = t.end;
    }
    expect(extractTimes(makeDoc(text, '2023-06-18T12:00:00Z', 'Asia/Shanghai', script))).toEqual(times);
  });
});

/** Whole paragraphs from the seeds with every time expression labelled: [text, value]. */
const paragraphs: { name: string; at: string; zone: string; script: 'simplified' | 'traditional'; text: string; expected: [string, string][] }[] = [
  {
    name: 'RFI, 2023-06-14',
    at: '2023-06-14T12:45:02Z',
    zone: 'Europe/Paris',
    script: 'simplified',
    text: '自二月份布林肯推迟访问北京后，拜登政府一直在积极寻求与中国对话，但屡遭挫折。六月初美国国防部长奥斯汀希望在新加坡香格里拉对话期间，与中国国防部长李尚福会谈，遭到中方拒绝。但此间美中双方也成功进行了若干交流，显示双方有意缓和持续的紧张关系，如白宫国安顾问沙利文五月中与中共中央政治局委员及外事办主任王毅在维也纳举行了长达10小时的会谈。美方官员当时表示会谈坦率、具建设性，双方都承认维系沟通的重要性，预期美中官员未来几个月将互访。',
    expected: [
      ['二月份', '2023-02'],
      ['六月初', '2023-06'],
      ['五月中', '2023-05'],
      ['10小时', 'PT10H'],
    ],
  },
  {
    name: 'Zaobao, 2023-06-19',
    at: '2023-06-19T11:34:00Z',
    zone: 'Asia/Singapore',
    script: 'simplified',
    text: '中国国家主席习近平星期一（6月19日）下午，在北京人民大会堂会见美国国务卿布林肯。\n\n中国央视新闻客户端星期一下午4时34分报道上述消息。\n\n据路透社报道，美国国务院官员说，习近平与布林肯在星期一下午4时30分会面。\n\n前美国国防部主管中国事务官员唐安竹星期一上午在社交媒体推特发文说，如果习近平与布林肯会面，这将向中共干部和政府官员发出一个重要信号。',
    expected: [
      ['星期一（6月19日）下午', '2023-06-19'],
      ['星期一下午4时34分', '2023-06-19T16:34'],
      ['星期一下午4时30分', '2023-06-19T16:30'],
      ['星期一上午', '2023-06-19'],
    ],
  },
  {
    name: 'VOA, 2023-06-21',
    at: '2023-06-21T17:59:04Z',
    zone: 'America/New_York',
    script: 'simplified',
    text: '中国官方周三（6月21日）就美国总统拜登将中国国家主席习近平称为“独裁者”一事做出回应说，这种做法“极端荒谬和不负责任”。\n\n拜登是在周二晚上的一个竞选筹款活动中提到习近平的。他说，今年二月中国间谍气球在美国东海岸附近被美国空军战机击落引起美中关系紧张，这让习近平感到非常难堪。\n\n布林肯在访问中与中国国务委员、外交部长秦刚举行了长达七个小时的会谈。在访问即将结束的时候，布林肯与中国国家主席习近平进行了大约半个小时的会见。\n\n去年，双边贸易额高达6900亿美元。',
    expected: [
      ['周三（6月21日）', '2023-06-21'],
      ['周二晚上', '2023-06-20'],
      ['今年二月', '2023-02'],
      ['七个小时', 'PT7H'],
      ['半个小时', 'PT30M'],
      ['去年', '2022'],
    ],
  },
  {
    name: 'CNA, 2023-06-21 (Taipei date 06-22)',
    at: '2023-06-21T21:21:00Z',
    zone: 'Asia/Taipei',
    script: 'traditional',
    text: '自由亞洲電台表示，新加坡「聯合早報」網頁版21日早上8時許刊登一篇題為「拜登稱習近平為獨裁者」的即時新聞，內容引述英國路透社報導指稱，美國國務卿布林肯近日在北京與中國國家主席習近平會面後，總統拜登卻公開指稱習近平為「獨裁者」。\n\n據報導，自由亞洲電台21日下午3時半向「聯合早報」了解原因。',
    expected: [
      ['21日早上8時許', '2023-06-21T08:00'],
      ['21日下午3時半', '2023-06-21T15:30'],
    ],
  },
  {
    name: 'Epoch Times, 2023-06-18',
    at: '2023-06-18T14:00:00Z',
    zone: 'America/New_York',
    script: 'simplified',
    text: '周日（6月18日），美国国务卿布林肯在抵达北京后，与中共外交部长秦刚举行了长达五个半小时的会面。这是五年来美国国务卿的首次访华，也是自拜登政府于2021年初执政以来，访华的最高级别官员。\n\n周日下午，布林肯和秦刚在北京钓鱼台国宾馆进行了会面。',
    expected: [
      ['周日（6月18日）', '2023-06-18'],
      ['五个半小时', 'PT5H30M'],
      ['五年来', 'P5Y'],
      ['2021年初', '2021'],
      ['周日下午', '2023-06-18'],
    ],
  },
];

describe('extractTimes on labelled seed paragraphs', () => {
  it.each(paragraphs)('finds every time expression of $name', ({ at, zone, script, text, expected }) => {
    const times = extractTimes(makeDoc(text, at, zone, script));
    expect(times.map((t) => [t.text, t.value])).toEqual(expected);
  });
});
