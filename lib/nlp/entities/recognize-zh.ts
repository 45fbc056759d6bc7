import type { Token } from '../segment';
import type { Candidate } from './candidate';
import { NAME_JOINERS, normaliseJoiners } from './candidate';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { chineseNameEnd, translitEnd } from './names';
import { abbreviatedPlaceWord, endsLikeBody, isGenericTown, KIND_NOUNS, localNameCandidates, PERIODICAL_END, TRAVEL_VERBS } from './local-names';
import { orgCandidates } from './orgs';
import { minorityNames } from './minority-names';
import { personCandidates, personNameScore } from './person-model';
import { refineBodies } from './refine-zh';

const CJK = /[\u4e00-\u9fff]/;
/** Segmenter place words that are common nouns (两国, 大国, 各地). */
const GENERIC_PLACE = /^(?:两|各|大|全|本|他|外|该|此|我|贵|美中|中美|东|西|南|北)[国地方省州市]$/;
/** Endings that make an unknown segmenter place name credible. */
const PLACE_END = /[省市县州岛区镇村港湾山河江湖道洲]$/;
const ALNUM = /[A-Za-z0-9]/;
/** Function words the segmenter may glue to the last character of a name (吕大|良将: 将). */
const GLUED_AFTER = new Set(Array.from('将已在说称是也就对向为被把和与等的了曾还'));
/** Endings of the names of rivers, lakes, bays, islands, straits and beaches (natural features: LOC). */
const WATER_END = /[江河湖湾灣岛島峡滩灘]$/;
/** Level words a short place name may be written with (台中市, 榕江县), and the words they start instead (市场, 省钱). */
const LEVEL_END = /[市县縣省]$/;
const NOT_LEVEL = /^(?:市场|市值|市面|市井|省钱|省去|省略|省得|省心|省事|省下|县城)/;
/** Segmenter tags of common words (verbs, adverbs, adjectives, numerals, function words, times, idioms). */
const COMMON_WORD_TAG = /^(?:v|vn|vd|d|a|ad|an|m|q|r|p|c|u|f|t|s|l|i)$/;
/** Level characters no personal name ends with (花莲县, 秀林乡): a place the gazetteer lacks. */
const LEVEL_LAST = /[省市县縣区區镇鎮乡鄉州]$/;
/** Cues after an unknown name that make a segmenter `nr` guess credible. */
const NAME_CUES = /^(?:说|称|表示|指出|认为|强调|透露|回应|补充|告诉|接受|（|\()/;

/** A Chinese run glossed `(译音，Latin)`: an explicit transliterated personal name. */
const TRANSLITERATED = /([\u4e00-\u9fff]{2,6})[（(](?:译音|音译)[，,、：:]?\s*([A-Za-z][A-Za-z .'’-]*)?[)）]/g;

const fromEntry = (start: number, end: number, e: GazetteerEntry, priority = 3): Candidate => ({
  start,
  end,
  type: e.type,
  name: e.name,
  priority,
  known: true,
  ...(e.english ? { english: e.english } : {}),
});

/**
 * All candidate mentions in simplified Chinese text `s` (tokens from the segmenter):
 * gazetteer names, joined transliterations, names after titles, credible segmenter
 * names and places, organisations by suffix, `《…》` works and `…峰会` events.
 */
export function recognizeChinese(s: string, tokens: readonly Token[], g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const starts = new Map<number, Token>();
  const ends = new Set<number>();
  for (const t of tokens) {
    starts.set(t.start, t);
    ends.add(t.end);
  }
  // Gazetteer names, leftmost-longest; short names must sit on word boundaries.
  for (let i = 0; i < s.length; i++) {
    const m = nameNotCuttingTitle(s, i, g);
    if (!m) continue;
    const stop = g.stopTrie.longestAt(s, i);
    if (stop && stop.end >= m.end) {
      i = stop.end - 1;
      continue;
    }
    if (ALNUM.test(s[i] ?? '') && (ALNUM.test(s[i - 1] ?? '') || ALNUM.test(s[m.end] ?? ''))) continue;
    // A place known by its short name written with its level (台中|市, 北京|市): one mention of it.
    const end = m.value.type === 'GPE' && !LEVEL_END.test(m.value.name) && LEVEL_END.test(s[m.end] ?? '') && !NOT_LEVEL.test(s.slice(m.end, m.end + 2)) ? m.end + 1 : m.end;
    const tok = starts.get(i);
    if (CJK.test(s[i] ?? '') && m.end - i <= 2 && !(tok && (ends.has(m.end) || ends.has(end) || g.bySurface.has(tok.word) || s.startsWith('地区', m.end)))) continue;
    if (m.value.type === 'GPE' && conjunctionPlace(s, i, m.end)) continue;
    // A place inside a short quoted name it does not fill (台风“桦|加沙|”): part of another name.
    if (m.value.type !== 'ORG' && insideShortQuote(s, i, end)) continue;
    // 县市, 县区: "counties and cities", not a county (南部|县市).
    if (m.value.type === 'GPE' && countiesAndCities(s, m.value.name, m.end)) continue;
    if (m.value.type === 'GPE' && s[m.end] === '人' && starts.get(i)?.end === m.end + 1) continue;
    out.push(fromEntry(i, end, m.value));
    i = end - 1;
  }
  // Transliterations joined by a middle dot (any characters) or a hyphen (transliteration characters).
  const joined = new RegExp(`[\\u4e00-\\u9fff]{1,8}(?:[${NAME_JOINERS}][\\u4e00-\\u9fff]{1,8})+`, 'g');
  for (const m of s.matchAll(joined)) {
    const parts = m[0].split(/[·‧•・･\-－‐]/);
    const hyphen = /[-－‐]/.test(m[0]);
    if (hyphen && !parts.slice(1, -1).every((p) => Array.from(p).every((ch) => g.translit.has(ch)))) continue;
    // The first part keeps its transliteration tail, the last part its transliteration head.
    const first = parts[0] ?? '';
    let lead = 0;
    while (lead < first.length && lead < 6 && g.translit.has(first[first.length - 1 - lead] ?? '')) lead++;
    const lastPart = parts[parts.length - 1] ?? '';
    let tail = 0;
    while (tail < lastPart.length && tail < 6 && g.translit.has(lastPart[tail] ?? '')) tail++;
    // The segmenter's name or unknown word on either side of the joiner is a part of the name (彼得/nrt·沃克/x).
    const firstTok = tokenEndingAt(tokens, m.index + first.length);
    if (firstTok && lead < firstTok.word.length && firstTok.word.length <= 4 && /^(?:nr|nrt|nrfg|x)$/.test(firstTok.tag) && firstTok.start >= m.index) lead = firstTok.word.length;
    const lastTok = starts.get(m.index + m[0].length - lastPart.length);
    if (lastTok && tail < lastTok.word.length && lastTok.word.length <= 4 && lastTok.end <= m.index + m[0].length && /^(?:nr|nrt|nrfg|x)$/.test(lastTok.tag)) tail = lastTok.word.length;
    if (tail === 0 && lastPart.length >= 1 && g.surnames.has(lastPart[0] ?? '') && !CJK.test(lastPart[1] ?? '')) tail = 1;
    if (lead === 0 || tail === 0) continue;
    let start = m.index + first.length - lead;
    // A title right before the name keeps its last character (主席|鲍勃·梅嫩德斯, not 席鲍勃).
    for (let j = Math.max(0, start - 4); j < start; j++) {
      const t = g.titleTrie.longestAt(s, j);
      if (t && t.end > start && t.end < m.index + first.length) start = t.end;
    }
    const end = m.index + m[0].length - (lastPart.length - tail);
    const surface = s.slice(start, end);
    const known = g.bySurface.get(surface) ?? g.bySurface.get(normaliseJoiners(surface));
    if (known) out.push(fromEntry(start, end, known));
    else out.push({ start, end, type: 'PERSON', name: normaliseJoiners(surface), priority: 2 });
  }
  // Surname-only back-references to a joined name used in the story (米勒 → 马修·米勒).
  const lastParts = new Map<string, Candidate>();
  for (const c of out) {
    if (c.type !== 'PERSON' || !c.name.includes('·')) continue;
    const last = c.name.split('·').pop() ?? '';
    if (last.length >= 2 && !lastParts.has(last)) lastParts.set(last, c);
  }
  for (const [last, full] of lastParts) {
    for (let at = s.indexOf(last); at >= 0; at = s.indexOf(last, at + last.length)) {
      if (g.translit.has(s[at - 1] ?? '') && !ends.has(at)) continue;
      out.push({ ...full, start: at, end: at + last.length, priority: 2 });
    }
  }
  // Names right after a title word (发言人米勒, 教授王勇).
  for (const t of tokens) {
    const title = g.titleTrie.longestAt(s, t.start);
    if (!title || !ends.has(title.end)) continue;
    const p = title.end;
    if (g.cjk.longestAt(s, p)) continue;
    let end = translitEnd(s, p, g);
    const tok = starts.get(p);
    // A function word after the title (总理|曾访问, 部长|将出席) is no surname.
    if (tok && tok.word.length === 1 && /^(?:d|p|c|u|r|m|zg)$/.test(tok.tag)) continue;
    if (tok && (tok.tag === 'nrt' || tok.tag === 'nr') && tok.word.length >= 2) {
      // A transliterated name the segmenter cut short (马尔科|姆): the whole run of transliteration characters.
      end = tok.word.length >= 3 && end > tok.end && Array.from(tok.word).every((ch) => g.translit.has(ch)) ? end : tok.end;
      // A given name split by the segmenter (洪雅/nr 惠/nr): the longer run when it reads better as a name.
      const next = starts.get(tok.end);
      if (tok.word.length === 2 && next && next.word.length === 1 && CJK.test(next.word) && personNameScore(s.slice(p, next.end)) > Math.max(personNameScore(tok.word), 0)) end = next.end;
    }
    else if (end < 0 || g.surnames.has(s[p] ?? '')) end = Math.max(end, chineseNameEnd(s, p, starts, g));
    if (end < 0) continue;
    // The run lies inside one common word the segmenter is sure of (记者|查询, 官员|表态), or opens with one
    // (记者|查询|时): no name after the title.
    if (tok && tok.word.length >= 2 && COMMON_WORD_TAG.test(tok.tag) && (tok.end >= end || /^(?:v|vn|vd|d|p|c|r|u)$/.test(tok.tag))) continue;
    // A given name glued by the segmenter to a function word after it (吕大|良将: 吕大良 + 将).
    const glued = starts.get(end);
    if (end - p === 2 && glued && glued.word.length === 2 && GLUED_AFTER.has(glued.word[1] ?? '') && personNameScore(s.slice(p, end + 1)) > Math.max(personNameScore(s.slice(p, end)), 0)) end += 1;
    const name = s.slice(p, end);
    if (g.stoplist.has(name) || g.titles.has(name) || g.titleTrie.longestAt(s, p)) continue;
    out.push({ start: p, end, type: 'PERSON', name, priority: 2 });
  }
  // A name glossed as a transliteration (李凯(译音，Kai Li)): the surname-initial tail of the run.
  for (const m of s.matchAll(TRANSLITERATED)) {
    const run = m[1] ?? '';
    const len = [3, 2, 4].find((n) => n <= run.length && (g.surnames.has(run[run.length - n] ?? '') || g.surnames.has(run.slice(run.length - n, run.length - n + 2))));
    if (!len) continue;
    const end = m.index + run.length;
    const english = (m[2] ?? '').trim();
    out.push({ start: end - len, end, type: 'PERSON', name: s.slice(end - len, end), priority: 2, ...(english ? { english } : {}) });
  }
  // Segmenter names and places, kept only with supporting evidence.
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t.word, (counts.get(t.word) ?? 0) + 1);
  for (const t of tokens) {
    if (g.stoplist.has(t.word) || t.word.length < 2 || !CJK.test(t.word) || /\d/.test(t.word)) continue;
    // A word that opens a longer stop-list phrase (北京|时间) is part of it.
    if ((g.stopTrie.longestAt(s, t.start)?.end ?? 0) > t.end) continue;
    const cued = NAME_CUES.test(s.slice(t.end, t.end + 2));
    const credible = ((counts.get(t.word) ?? 0) >= 2 && t.word.length >= 3) || cued;
    if (/^(?:nr|nz|x)$/.test(t.tag) && t.word.length >= 3 && t.word.length <= 4 && /[县縣市]$/.test(t.word) && !g.stoplist.has(t.word.slice(0, -1)) && !NOT_LEVEL.test(t.word.slice(-1) + (s[t.end] ?? '')))
      // A county or city the segmenter reads as a name or unknown word (花莲县/nr): a place with its level.
      out.push({ start: t.start, end: t.end, type: 'GPE', name: t.word, priority: 1 });
    else if (t.tag === 'nr' && t.word.length <= 4 && !/时间|时候/.test(t.word) && (g.surnames.has(t.word[0] ?? '') || g.surnames.has(t.word.slice(0, 2))) && credible)
      out.push({ start: t.start, end: t.end, type: 'PERSON', name: t.word, priority: 1 });
    else if ((t.tag === 'nrt' || (t.tag === 'nr' && t.word.length >= 3)) && t.word.length <= 6 && Array.from(t.word).every((ch) => g.translit.has(ch)) && credible)
      out.push({ start: t.start, end: t.end, type: 'PERSON', name: t.word, priority: 1 });
    else if (t.tag === 'ns' && t.word.length >= 2 && t.word.length <= 6 && !GENERIC_PLACE.test(t.word) && !commonLevelWord(t.word, g) && !(abbreviatedPlaceWord(t.word) && !g.bySurface.has(t.word)) && !conjunctionPlace(s, t.start, t.end) && !countiesAndCities(s, t.word, t.end) && !isGenericTown(t.word) && !/地区$/.test(t.word) && (PLACE_END.test(t.word) || (t.word.length >= 3 && (counts.get(t.word) ?? 0) >= 2) || travelled(s, t) || cityStem(t.word, g)))
      // A river or lake (韩江, 洮儿河) unless a city or county is named after it (廉江 → 廉江市).
      out.push({ start: t.start, end: t.end, type: WATER_END.test(t.word) && !g.bySurface.has(`${t.word}市`) && !g.bySurface.has(`${t.word}县`) ? 'LOC' : 'GPE', name: t.word, priority: 1 });
    else if (t.tag === 'nt' && t.word.length >= 3 && !KIND_NOUNS.has(t.word) && (endsLikeBody(t.word) || polityLed(t.word, g) || (counts.get(t.word) ?? 0) >= 2 || g.bySurface.has(t.word)) && !/关系$|同学$|[与和及的]/.test(t.word) && !genericOfPolity(t.word, g) && !g.stoplist.has(t.word.slice(0, 2))) {
      // A faculty written with its university is a mention of the university (北京大学国际关系学院).
      const head = g.cjk.longestAt(t.word, 0);
      // A country before a body named after another place (美国|哥伦比亚大学, 英国|牛津大学): where the body is, then the body.
      const inner = head?.value.type === 'GPE' && !g.bySurface.has(t.word) ? g.cjk.longestAt(t.word, head.end) : undefined;
      if (head && inner && (inner.value.type === 'GPE' || inner.value.type === 'LOC') && t.word.length - head.end >= 4) {
        out.push(fromEntry(t.start, t.start + head.end, head.value, 1), { start: t.start + head.end, end: t.end, type: 'ORG', name: t.word.slice(head.end), priority: 1 });
        continue;
      }
      const faculty = head?.value.type === 'ORG' && /(?:大学|学院)$/.test(head.value.name) && head.end < t.word.length && /(?:学院|研究所|研究院|中心|系|实验室)$/.test(t.word);
      out.push(faculty && head ? fromEntry(t.start, t.end, head.value, 1) : { start: t.start, end: t.end, type: 'ORG', name: t.word, priority: 1 });
    }
  }
  out.push(...localNameCandidates(s, tokens, out, g));
  out.push(...personCandidates(s, tokens, g));
  out.push(...minorityNames(s, tokens));
  out.push(...orgCandidates(s, tokens, out, g));
  // Titled works; a known publication inside stays an organisation.
  for (const m of s.matchAll(/《([^《》\n]{1,40})》/g)) {
    const start = m.index + 1;
    const inner = m[1] ?? '';
    const known = g.bySurface.get(inner);
    out.push(known ? fromEntry(start, start + inner.length, known, 4) : { start, end: start + inner.length, type: PERIODICAL_END.test(inner) ? 'ORG' : 'WORK', name: inner, priority: 4 });
  }
  return refineBodies(s, out.filter((c) => (c.type === 'PERSON' ? !unlikelyName(c) : !cutsTitle(s, c.start, c.end, g))).map((c) => partyTitlePlace(s, c, g)), g);
}

/** A party committee's title after a level (书记, 副书记, 常委, 委员). */
const PARTY_TITLE = /^(?:副书记|书记|常委|委员)/;

/**
 * A party committee before a title (广州市委|副书记) is the title of an office of the place, as 市委书记 is:
 * a mention of the place (docs/annotation-guide.md), not of the committee.
 */
function partyTitlePlace(s: string, c: Candidate, g: Gazetteer): Candidate {
  if (c.type !== 'ORG' || !/[省市县縣区區州]委$/.test(c.name) || s[c.end - 1] !== '委' || !PARTY_TITLE.test(s.slice(c.end, c.end + 3))) return c;
  // The place by its short name when the list knows it so (广州|市 → 广州), as the gazetteer pass reads it.
  const short = g.bySurface.get(s.slice(c.start, c.end - 2));
  const place = short?.type === 'GPE' ? short : g.bySurface.get(s.slice(c.start, c.end - 1));
  return place?.type === 'GPE' ? { ...c, end: c.end - 1, type: 'GPE', name: place.name, known: true, priority: 3 } : c;
}

const OPEN_QUOTE = new Set(Array.from('“「『"'));
const CLOSE_QUOTE = new Set(Array.from('”」』"'));
/** Characters that end a short quoted name (punctuation, spaces). */
const QUOTE_BREAK = /[\s，。、；：！？,.;:!?（）()《》]/;

/** Whether `[start, end)` lies inside a quoted run of at most eight characters that it does not fill. */
function insideShortQuote(s: string, start: number, end: number): boolean {
  let o = start - 1;
  while (o >= 0 && start - o <= 8 && !OPEN_QUOTE.has(s[o] ?? '') && !CLOSE_QUOTE.has(s[o] ?? '') && !QUOTE_BREAK.test(s[o] ?? '')) o--;
  if (o < 0 || !OPEN_QUOTE.has(s[o] ?? '')) return false;
  let c = end;
  while (c < s.length && c - end <= 8 && !CLOSE_QUOTE.has(s[c] ?? '') && !OPEN_QUOTE.has(s[c] ?? '') && !QUOTE_BREAK.test(s[c] ?? '')) c++;
  if (!CLOSE_QUOTE.has(s[c] ?? '') || c - o - 1 > 8) return false;
  return o + 1 < start || c > end;
}

/**
 * A guessed Chinese personal name the name model reads as a common word (官员|来访, 高度): a surname
 * character and given-name characters that are typical of ordinary words. Known names, anonymised
 * ones (吴某) and transliterations (no surname: -Infinity) are never vetoed.
 */
function unlikelyName(c: Candidate): boolean {
  if (c.known || !/^[\u4e00-\u9fff]{2,4}$/.test(c.name) || c.name.includes('某')) return false;
  // A run of three or four characters ending in a level character is a place (花莲县/nr), never a personal name.
  if (c.name.length >= 3 && LEVEL_LAST.test(c.name)) return true;
  if (c.priority >= 3) return false;
  const score = personNameScore(c.name);
  return Number.isFinite(score) && score < 0;
}

/**
 * True when a title word starts inside `[start, end)` and runs past its end (中国外交部|长); a party
 * committee's title after a place's level (上饶市|委常委) leaves the place whole.
 */
function cutsTitle(s: string, start: number, end: number, g: Gazetteer): boolean {
  for (let j = start + 1; j < end; j++) if ((g.titleTrie.longestAt(s, j)?.end ?? 0) > end && !(j === end - 1 && s[end] === '委')) return true;
  return false;
}

/**
 * A two-character segmenter place of one character and a level (城市, 山区) that no list knows, with or
 * without its level: a common noun. Directions with 区 are districts (东区), 州 ends city names (温州).
 */
function commonLevelWord(word: string, g: Gazetteer): boolean {
  if (word.length !== 2 || !/[省市县縣区區镇鎮乡鄉]$/.test(word) || /^[东西南北中][区區]$/.test(word)) return false;
  return !g.bySurface.has(word) && !g.bySurface.has(`${word}市`) && !g.bySurface.has(`${word}县`);
}

/** A two-character county that starts with a conjunction, after a word (…局长|和县…): the conjunction and a level word. */
function conjunctionPlace(s: string, start: number, end: number): boolean {
  return end - start === 2 && /[和与及]/.test(s[start] ?? '') && CJK.test(s[start - 1] ?? '') && !/[省市州区]/.test(s[start - 1] ?? '');
}

/** 县市, 县区 after a county name: "counties and cities" (南部|县市), not 县 + 市场. */
function countiesAndCities(s: string, name: string, end: number): boolean {
  return /[县縣]$/.test(name) && /[市区]/.test(s[end] ?? '') && !NOT_LEVEL.test(s.slice(end, end + 2)) && !/^区[域别]/.test(s.slice(end, end + 2));
}

/** The token that ends at `end`, if any. */
function tokenEndingAt(tokens: readonly Token[], end: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end === end) return t;
    if (t.end < end) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A place word right after a verb of travel or right before one (飞往|三亚, 由成都|飞往). */
function travelled(s: string, t: Token): boolean {
  return TRAVEL_VERBS.some((v) => s.endsWith(v, t.start) || s.startsWith(v, t.end));
}

/** A segmenter place word that is the stem of a known city (珠海 → 珠海市): a place. */
function cityStem(word: string, g: Gazetteer): boolean {
  return word.length >= 2 && g.bySurface.get(`${word}市`)?.type === 'GPE';
}

/** A word that opens with a polity and goes on for two characters or more (中国|海关; not 中国|区). */
function polityLed(word: string, g: Gazetteer): boolean {
  const head = g.cjk.longestAt(word, 0);
  return head?.value.type === 'GPE' && word.length - head.end >= 2;
}

/** 美国大学, 中国企业: a polity plus a common noun, not a named organisation. */
function genericOfPolity(word: string, g: Gazetteer): boolean {
  const head = g.cjk.longestAt(word, 0);
  if (head?.value.type === 'GPE' && g.bySurface.has(word.slice(head.end))) return true;
  return head?.value.type === 'GPE' && /^(?:大学|公司|企业|媒体|官员|军舰|军队|政府|学者|人士)$/.test(word.slice(head.end));
}

/**
 * The longest gazetteer name at `i` that does not end inside a title word
 * (中国外交部长 → 中国 + 外交部长, not 中国外交部 + 长).
 */
function nameNotCuttingTitle(s: string, i: number, g: Gazetteer): { end: number; value: GazetteerEntry } | undefined {
  let m = g.cjk.longestAt(s, i);
  while (m) {
    let cut = -1;
    // A party committee's title after the place's level (上饶市|委书记) leaves the place whole.
    for (let j = i + 1; j < m.end && cut < 0; j++) if ((g.titleTrie.longestAt(s, j)?.end ?? 0) > m.end && !(j === m.end - 1 && s[m.end] === '委')) cut = j;
    if (cut < 0 || m.value.type === 'PERSON') return m;
    m = g.cjk.longestAt(s, i, cut);
  }
  return undefined;
}
