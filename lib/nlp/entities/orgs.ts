import type { Token } from '../segment';
import type { Candidate } from './candidate';
import type { Gazetteer } from './gazetteer';

/** Institution heads that name an organisation after a polity or another organisation. */
const HEADS = new Set(
  '外交部 国防部 商务部 财政部 司法部 教育部 国土安全部 国务院 外事办 外交事务办公室 办公室 空军 海军 陆军 海警 军方 大使馆 领事馆 使馆 国会 参议院 众议院 议会 国安局 情报局 央行 中央银行 政府 当局 党部 总统府 外务省 防卫省 统战部 宣传部 组织部'.split(' '),
);
/** Direction words that end in an organisation suffix (东北部). */
const DIRECTION = /^(?:东|西|南|北|中|内|外|全|东北|西北|东南|西南|上|下|局)[部局]$/;
/** Heads that, standing alone, refer back to the institution named in full elsewhere. */
export const BARE = new Set('外交部 国防部 商务部 财政部 司法部 国务院 外事办 外交事务办公室 空军 海军 陆军 国会 参议院 众议院 大使馆 央行'.split(' '));
/** Word endings that make a proper-name prefix an organisation. */
const SUFFIX = /(?:大学|学院|研究所|研究院|研究中心|中心|委员会|通讯社|通讯社|电视台|广播公司|电台|日报|时报|邮报|晚报|新闻社|公司|集团|银行|基金会|协会|学会|智库|法院|检察院|议会|党|部|局|署|厅|委|办)$/;
/** Academic suffixes that make even a common-noun prefix a name (政治大学, 淡江大学). */
const ACADEMIC = /(?:大学|学院|研究院|研究所)$/;
/** Sub-units that may follow an organisation name (淡江大学国际事务与战略研究所). */
const SUBUNIT = /(?:学院|研究所|研究院|中心|系|实验室)$/;
/** Segmenter tags of the words of an institute's field (技术, 运载火箭, 21世纪). */
const FIELD_TAGS = /^(?:n|vn|l|nz|m|j|an)$/;
const PROPER_TAGS = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'j', 'eng']);
/** Polity words that are never an organisation by themselves but govern one (政府, 当局 → keep the polity). */
const KEEP_POLITY = new Set(['政府', '当局', '军方']);
/** Words after a name that make it an event. */
const EVENT_HEADS = /^(?:峰会|论坛|高峰会|峰会议|对话会|首脑会议|奥运会|世界杯|博览会|大选)/;

/**
 * Organisation and event candidates built from parts: a proper-name or polity prefix
 * plus an institution head or organisation suffix (美国空军, 淡江大学), optionally
 * followed by a sub-unit; and a polity or organisation followed by `峰会`/`论坛` (G20峰会).
 */
export function orgCandidates(s: string, tokens: readonly Token[], found: readonly Candidate[], g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const byEnd = new Map<number, Candidate>();
  for (const c of found) if (c.type === 'GPE' || c.type === 'ORG') byEnd.set(c.end, c);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const head = HEADS.has(t.word);
    // A title is no body (上饶市委|常委: the committee and a role).
    if (!head && g.titles.has(t.word)) continue;
    if (!head && !(SUFFIX.test(t.word) && t.word.length <= 4 && (t.word.length >= 3 || !/^.[部局署厅委办党]$/.test(t.word) || t.tag === 'nt'))) continue;
    // Walk left over proper-name tokens or a known polity/organisation.
    let start = t.start;
    let j = k - 1;
    let proper = false;
    let parentOrg: Candidate | undefined;
    while (j >= 0) {
      const prev = tokens[j]!;
      if (prev.end !== start) break;
      const known = byEnd.get(prev.end);
      if (known && known.start < start) {
        start = known.start;
        proper = true;
        // A faculty or institute after its university is a mention of the university (北京大学|国际关系学院).
        if (known.type === 'ORG' && ACADEMIC.test(known.name) && known.end === t.start && SUBUNIT.test(t.word)) parentOrg = known;
        // The innermost place names the body (广东|廉江市公安局): stop after it.
        if (known.type === 'GPE') break;
        while (j >= 0 && tokens[j]!.start >= known.start) j--;
        continue;
      }
      if (!PROPER_TAGS.has(prev.tag) || g.stoplist.has(prev.word)) break;
      start = prev.start;
      proper = true;
      j--;
    }
    if (DIRECTION.test(t.word) || (proper && !head && g.bySurface.get(t.word)?.type === 'ORG')) continue;
    if (!proper && ACADEMIC.test(t.word)) {
      const prev = tokens[k - 1];
      if (t.word.length > 3 && !['l', 'n', 'nt', 'nz', 'ns', 'j'].includes(t.tag)) continue;
      if (t.word.length > 3) proper = true;
      else if (prev && prev.end === t.start && prev.word.length >= 2 && /^(?:n|ns|nz|nr|j|vn|a)$/.test(prev.tag) && !g.stoplist.has(prev.word) && g.bySurface.get(prev.word)?.type !== 'GPE') {
        start = prev.start;
        proper = true;
        // A field of several words names the institute (运载火箭|技术|研究院, 21|世纪|教育|研究院): all of them.
        for (let j = k - 2; j >= 0 && t.end - tokens[j]!.start <= 12; j--) {
          const w = tokens[j]!;
          if (w.end !== start || byEnd.has(start) || !FIELD_TAGS.test(w.tag) || g.stoplist.has(w.word) || (w.word.length < 2 && !/^[0-9]+$/.test(w.word))) break;
          start = w.start;
        }
        // A country before the field names the institute (中国|家用电器|研究院).
        const polity = byEnd.get(start);
        if (polity?.type === 'GPE') start = polity.start;
        // …or a university before it, whose faculty it is (北京大学|国际关系|学院).
        if (polity?.type === 'ORG' && ACADEMIC.test(polity.name)) {
          start = polity.start;
          parentOrg = polity;
        }
      }
    }
    if (!proper) {
      // A bare head (国会, 外交部) stands for a body only where the story also names it with its polity (美国国会).
      if (BARE.has(t.word) && qualifiedSomewhere(s, t.word, byEnd)) out.push({ start: t.start, end: t.end, type: 'ORG', name: t.word, priority: 1 });
      continue;
    }
    if (KEEP_POLITY.has(t.word)) continue;
    if (!head && t.word.length <= 2 && byEnd.get(t.start)?.start === start && byEnd.get(t.start)?.type === 'GPE') continue;
    let end = t.end;
    // A sub-unit within a few words: 大学 + 国际事务与战略研究所.
    for (let m = k + 1; m < tokens.length && m <= k + 5; m++) {
      const u = tokens[m]!;
      if (!/^(?:n|nz|vn|ns|j|c|p|nt|x)$/.test(u.tag) || u.start !== tokens[m - 1]!.end || !/^[\u4e00-\u9fff]+$/.test(u.word)) break;
      if (SUBUNIT.test(u.word)) {
        end = u.end;
        break;
      }
    }
    const surface = s.slice(start, end);
    if (surface.length < 3 || g.stoplist.has(surface)) continue;
    // A sub-unit written after its parent is a mention of the parent (香港大学|建筑系 → 香港大学).
    const parent = s.slice(start, t.end);
    const known = g.bySurface.get(surface) ?? (end > t.end ? g.bySurface.get(parent) : undefined);
    if (parentOrg && !known) {
      out.push({ start, end, type: 'ORG', name: parentOrg.name, priority: 2, ...(parentOrg.english ? { english: parentOrg.english } : {}) });
      continue;
    }
    out.push({
      start,
      end,
      type: known?.type ?? 'ORG',
      name: known?.name ?? parent,
      priority: known ? 3 : 2,
      ...(known?.english ? { english: known.english } : {}),
    });
  }
  for (const c of [...found, ...out]) {
    if (c.type !== 'GPE' && c.type !== 'ORG') continue;
    const m = EVENT_HEADS.exec(s.slice(c.end, c.end + 4));
    if (!m) continue;
    const end = c.end + m[0].length;
    out.push({ start: c.start, end, type: 'EVENT', name: s.slice(c.start, end), priority: 3 });
  }
  return out;
}

/** Whether `head` occurs somewhere right after a place or body the story names (美国|国会). */
function qualifiedSomewhere(s: string, head: string, byEnd: ReadonlyMap<number, Candidate>): boolean {
  for (let at = s.indexOf(head); at >= 0; at = s.indexOf(head, at + head.length)) if (byEnd.has(at)) return true;
  return false;
}
