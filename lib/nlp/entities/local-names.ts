import data from '../../../data/name-grammar.json';
import context from '../../../data/zh-name-context.json';
import type { Token } from '../segment';
import type { Candidate } from './candidate';
import type { Gazetteer } from './gazetteer';
import { givenCharScore } from './person-model';

/**
 * Names no list holds, found by evidence (data/name-grammar.json): units below the county and
 * local bodies written after a place (廉江市 + 横山镇, 洮南市 + 人民法院), streets and facilities by
 * suffix, the bare stem of a county or city named in full in the same article (廉江市 … 廉江),
 * outlets by the report they are cited for (据X报道, X此前报道), anonymised and honorific names
 * (吴某杰, 陈先生), and personal names by their surname with a role before them or a speech verb
 * after them (村民X, X说), kept only where the segmenter does not read the run as a common word.
 */

const CJK_RUN = /^[\u4e00-\u9fff]+$/;
function byLengthDesc(xs: readonly string[]): string[] {
  return [...xs].sort((a, b) => b.length - a.length);
}
/** Words of data/zh-name-context.json as a regular-expression alternation or character class (built once, at load). */
const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const alt = (xs: readonly string[]): string => xs.map(esc).join('|');
const cls = (xs: readonly string[]): string => xs.map(esc).join('');
const FIELD_HEADS = new Set(context.fieldBodyHeads);
const FIELD_WORD_AFTER = new Set(context.fieldBodyWordAfter);
const STREET_SECTION = new RegExp(`^[${cls(context.streetSectionNumerals)}]段`);
const DISTRICT_DIRECTIONS = new Set(context.districtDirections);
const AFTER_DISTRICT = new Set(context.afterDistrict);
const CITY_COMMON_WORDS = new RegExp(alt(context.cityCommonWords), 'g');
const OUTLET_NOT_NAME = new RegExp(`^(?:${alt(context.outletNotLeads)})|${alt(context.outletNotInside)}|[0-9]+日`);
const OUTLET_NOT_PARTS = new RegExp(alt(context.outletNotParts));
const QUANTIFIER_LEAD = new RegExp(`^(?:${alt(context.quantifierLeads)})`);
const ANONYMISED_NOT_GIVEN = new Set(context.anonymisedNotGiven);
const TO_HEARER = new RegExp(`^(?:${alt(context.hearerPrepositions)})[\u4e00-\u9fff]{1,6}?(?:${alt(context.hearerSpeech)})`);
const AFTER_ROLE_NAME = new Set(context.afterRoleName);
const BODY_CLAUSE_OPENERS = new Set(context.bodyClauseOpeners);
const BODY_HEAD = new RegExp(`^(?:${alt(context.bodyHeadDeputies)})?[${cls(data.bareBodySuffixes)}][${cls(context.bodyHeadChiefs)}]`);
const LEVEL_CONJUNCTIONS = new Set(context.levelConjunctions);
const LEVEL_DEMONSTRATIVES = new Set(context.levelDemonstratives);
const PLACE_VERBS = alt(context.placeVerbs);
/** A town or village of two characters and its level after a verb of place (位于|措果乡, 在…村). */
const TOWN_AFTER_PLACE_VERB = new RegExp(`(?:${PLACE_VERBS})([\\u4e00-\\u9fff]{2})([镇乡村])(?![\\u4e00-\\u9fff])|(?:${PLACE_VERBS})([\\u4e00-\\u9fff]{2})([镇乡村])(?=[的村])`, 'g');
const DIRECTIONS = new Set(context.directions);
const ROAD_SECTION_AFTER = new Set(context.roadSectionAfter);
/** Organisation-kind nouns that name no particular body on their own (联谊会, 协会, 民间组织). */
export const KIND_NOUNS = new Set(context.kindNouns);
const ORDINAL = new RegExp(`^第[${cls(context.ordinalNumerals)}]{1,3}`);
const LEGAL_FORMS = byLengthDesc(context.legalForms);
const COMPANY_STEM_STOP_TAGS = new Set(context.companyStemStopTags);
const INTERVIEW = new RegExp(`(?:${alt(context.interviewVerbs)})([\\u4e00-\\u9fffA-Za-z0-9]{2,10}?)(?:${alt(context.reporterWords)})?(?:${alt(context.interviewNouns)})`, 'g');
const LOCAL_MEDIA_LEAD = new RegExp(`^(?:${alt(context.localMediaLeads)})`);
const REPORTER_WORD = new RegExp(alt(context.reporterWords));
const FACULTY = byLengthDesc(context.facultySuffixes);
const FACULTY_STOP = new Set(context.facultyStop);
/** Words that a township suffix opens (多名|村民, 镇上): the suffix is no town's. */
const TOWN_SUFFIX_WORDS = context.townSuffixWords;
const townSuffixOpensWord = (s: string, suffixAt: number): boolean => TOWN_SUFFIX_WORDS.some((w) => s.startsWith(w, suffixAt));
const BARE_DIVISION_LEVELS = context.bareDivisionLevels;
/** Coded roads: a level word and a code (国道G321, 县道X045线, G321国道) or a number (国道1号). */
const CODED_ROAD = new RegExp(`(?:${alt(context.roadLevels)})?[${cls(context.roadCodeLetters)}][0-9]{1,4}(?:${alt(context.roadAfterCode)})?|(?:${alt(context.roadLevels)})[0-9]{1,3}号`, 'g');
const ROAD_LEVEL_START = new RegExp(`^(?:${alt(context.roadLevels)})`);
const ROAD_AFTER_END = new RegExp(`(?:${alt(context.roadAfterCode)})$`);
/** A quoted name after a word that introduces it (名为“好运来”, 店名「黎记」). */
const INTRODUCED = new RegExp(`(?:${alt(context.nameIntroducers)})[为為是叫：:]?[“「"]([^”」"\\n，。、]{2,10})[”」"]`, 'g');
const INTRODUCED_PERSON = context.introducedPersonNouns;
const INTRODUCED_BUSINESS = context.introducedBusinessNouns;
/**
 * A verb or determiner with a one-character place (回港, 抵港, 本港, 全岛, 赴台): an abbreviation inside a
 * word, which the annotation guide leaves out, not a place name.
 */
export function abbreviatedPlaceWord(word: string): boolean {
  return word.length === 2 && ABBREVIATION_ENDS.has(word[1] ?? '') && ABBREVIATION_LEADS.has(word[0] ?? '');
}
const ABBREVIATION_ENDS = new Set(context.placeAbbreviationEnds);
const ABBREVIATION_LEADS = new Set(context.placeAbbreviationLeads);
/** Verbs of travel before or after a place (飞往|三亚, 由成都|飞往). */
export const TRAVEL_VERBS = context.travelVerbs;
/** Endings of newspapers and magazines (都市报, 周刊): a titled periodical is an organisation, not a work. */
export const PERIODICAL_END = new RegExp(`(?:${alt(context.periodicalEndings)})$`);
/** Last characters of organisation names (…会, …局, …社): a segmenter organisation without one needs more evidence. */
const ORGANISATION_HEADS = new Set(context.organisationHeads);
const COMPANY_APPOSITIVES = new Set(context.companyAppositives);
/** Characters that never sit inside a place or organisation name stem. */
const STEM_STOP = new Set(Array.from('的了在和与是对于将把被从向为及或等这那其该此一个发生有也都就并已曾说称表示日月年时'));
const NAME_STOP = new Set(Array.from('的了在和与是对于将把被从向为及或等这那其该此也都就并已曾说称表示日月年时今昨前后上下中内外等被因由还又再则却而仍只但他她它们指'));
const byLength = (xs: readonly string[]): string[] => [...xs].sort((a, b) => b.length - a.length);
const TOWN = byLength(data.townSuffixes);
const FACILITY = byLength(data.facilitySuffixes);
const ORG = byLength(data.orgSuffixes);
const GENERIC_TOWNS = new Set(data.genericTowns);
const NOT_MEDIA = new Set(data.notMedia);
const MEDIA_CUE = data.mediaCueWords.join('|');
const HONORIFIC = byLength(data.honorifics).join('|');
/** Characters after a one-character honorific that end the name (陈伯|说, 黄婆|在). */
const AFTER_HONORIFIC = new Set(context.afterNameChars);
const ROLES = byLength(data.personRoles);
/** `ROLES` by their last code unit, each group longest first (as `ROLES`; no role is empty). */
const ROLES_BY_LAST = new Map<number, string[]>();
for (const r of ROLES.filter((x) => x.length > 0)) {
  const unit = r.charCodeAt(r.length - 1);
  ROLES_BY_LAST.set(unit, [...(ROLES_BY_LAST.get(unit) ?? []), r]);
}
const SPEECH = byLength(data.speechAfterName);
const COUNTY_LEVELS = data.countyLevels;
const LEVEL_CHARS = new Set(['省', ...data.countyLevels, ...data.townSuffixes.filter((x) => x.length === 1)]);
const NATIONAL = byLength(data.nationalPrefixes);
const ACCOUNT = byLength(data.accountWords).join('|');
const PERSON_ACCOUNT = new Set(context.personAccountWords);
const STEM_STOP_WORDS = context.stemStopWords;
const SUB_UNIT_AFTER_BODY = new Set(context.subUnitAfterBody);
const NAMED_EVENT = new RegExp(`(?:${alt(context.eventIntroducers)})[“「"]([\\u4e00-\\u9fffA-Za-z0-9·]{2,10})[”」"]`, 'g');
const TRANSIT = new RegExp(alt(context.transitWords));
const TRANSIT_SYSTEMS = context.transitWords.filter((w) => /[铁运轨]$/.test(w));
const STATION_LEADS = new Set(context.stationLeads);
const NOT_LINES = context.notLines;
const NOT_STATION_STEMS = new Set(context.notStationStems);
const NOT_STATION_ENDS = context.notStationStems;
/** Segmenter tags of words that make the run before 站 a clause, not a name (verbs, adverbs, pronouns, function words). */
const STATION_STEM_NOT_TAGS = /^(?:v|vd|vn|d|r|p|c|u|y|e|zg)$/;
/** Characters after 站 or 线 that make it part of another word (站长, 站点, 线路, 线索). */
const STATION_WORD_AFTER = new Set(Array.from('长点台岗位队务'));
const LINE_WORD_AFTER = new Set(Array.from('路索条上下人性'));
const FAC_WITH_PLACE = data.facilitiesNamedWithPlace;
const SUB_BODY = byLength(data.subBodySuffixes);
const GENERIC_HEADS = new Set(data.genericStemHeads);
const STREET = byLength(data.streetSuffixes);
const BARE_SUFFIX = new Set(data.bareBodySuffixes);
const BARE_CUES = byLength(data.bareBodyCues);
const NOT_BODIES = new Set(data.notBodies);
const ORG_APPOSITIVES = byLength(data.orgAppositives).join('|');
const PLACE_ROLES = byLength(data.placeRoles).join('|');
const EMBASSY = byLength(data.embassySuffixes).join('|');
const NOT_STREETS = data.notStreets;
const GENERIC_AFTER_PLACE = new Set(data.genericAfterPlace);
/** A street word that is a common noun or verb phrase (铺平|道路, 上街). */
const notStreet = (word: string): boolean => NOT_STREETS.some((x) => word.endsWith(x));
/** Characters after a one-character sub-body suffix that make it part of another word (局势, 处理, 科长). */
const SUB_BODY_WORD = new RegExp(`^(?:[${cls(context.subBodyHeads)}][${cls(context.subBodyWordAfter)}])$`);

/** A character after a street suffix that makes it another word (路线, 街道, 道路). */
const CJK_WORD_AFTER_STREET = new RegExp(`^[${cls(context.streetWordAfter)}]$`);

/** The end of a body name extended by sub-bodies written right after it (县委|宣传部, 人民政府|办公室). */
function bodyEnd(s: string, end: number): number {
  // Not a party or union body of it (苏淮银行|党委): a sub-unit, named by its parent.
  for (let more = suffixAt(s, end, ORG); more && more.length >= 2 && !SUB_UNIT_AFTER_BODY.has(more); more = suffixAt(s, end, ORG)) end += more.length;
  // A bureau named after its field (中国民用|航空|局): a one-character head right after, not a word (局势, 局面).
  if (FIELD_HEADS.has(s[end] ?? '') && !FIELD_WORD_AFTER.has(s[end + 1] ?? '')) end += 1;
  return end;
}

/**
 * A body named from `start` to `end` (extended by `bodyEnd`); a named sub-unit written right after
 * it (温州市公安局|经侦支队) is part of the mention but not of the name: one referent, the parent.
 */
function bodyCandidate(s: string, start: number, end: number): Candidate {
  const nameEnd = bodyEnd(s, end);
  return { start, end: subBodyAt(s, nameEnd), type: 'ORG', name: s.slice(start, nameEnd), priority: 2 };
}

/**
 * The end of a named sub-body right after `p` (交警|支队, 交通|局, 新闻|中心): a stem of two to
 * four characters and a sub-body suffix, or `p` when there is none.
 */
function subBodyAt(s: string, p: number): number {
  const sub = stemThenSuffix(s, p, 4, SUB_BODY);
  if (!sub || sub[0] - p < 2) return p;
  const end = sub[0] + sub[1].length;
  if (sub[1].length === 1 && SUB_BODY_WORD.test(sub[1] + (s[end] ?? ''))) return p;
  return end;
}

/** Whether a segmenter organisation word reads as a body: an organisation's last character or suffix (…会, …航空). */
export function endsLikeBody(word: string): boolean {
  return ORGANISATION_HEADS.has(word[word.length - 1] ?? '') || ORG.some((x) => x.length >= 2 && word.endsWith(x));
}

/** Township words that are common nouns (农村, 城镇, 该村). */
export function isGenericTown(word: string): boolean {
  return GENERIC_TOWNS.has(word);
}

/** The suffix from `list` that `s` has at `p`, or undefined. */
function suffixAt(s: string, p: number, list: readonly string[]): string | undefined {
  const index = p >= 0 ? byFirstUnit(list) : undefined;
  if (!index) return list.find((x) => s.startsWith(x, p));
  return index.get(s.charCodeAt(p))?.find((x) => s.startsWith(x, p));
}

const firstUnitIndexes = new WeakMap<readonly string[], ReadonlyMap<number, readonly string[]> | null>();

/**
 * The words of a long `list` by their first code unit, each group in list order (so the first
 * word of the list found at an offset is the first of its group), or undefined for a short list
 * or one holding an empty word: `suffixAt` is asked at most offsets of every text, where most
 * characters start no word of the list.
 */
function byFirstUnit(list: readonly string[]): ReadonlyMap<number, readonly string[]> | undefined {
  let index = firstUnitIndexes.get(list);
  if (index === undefined) {
    if (list.length < 8 || list.includes('')) index = null;
    else {
      const groups = new Map<number, string[]>();
      for (const x of list) {
        const unit = x.charCodeAt(0);
        const group = groups.get(unit);
        if (group) group.push(x);
        else groups.set(unit, [x]);
      }
      index = groups;
    }
    firstUnitIndexes.set(list, index);
  }
  return index ?? undefined;
}

/**
 * A stem of 1–`max` characters at `p` followed by a suffix of `list`: [end of stem, suffix]. With
 * `and`, one 和 between two words of two characters or more may sit inside (住房和城乡建设局).
 */
function stemThenSuffix(s: string, p: number, max: number, list: readonly string[], and = false): [number, string] | undefined {
  for (let n = 1; n <= max; n++) {
    const ch = s[p + n - 1] ?? '';
    if (and && ch === '和' && n >= 3 && !s.slice(p, p + n - 1).includes('和')) continue;
    // A stop character inside a field word of a body's name (卫生|健康局, 生态|环境局) does not end the stem.
    if (!/[\u4e00-\u9fff0-9A-Za-z]/.test(ch) || (STEM_STOP.has(ch) && !STEM_STOP_WORDS.some((w) => s.startsWith(w, p + n - 2) || s.startsWith(w, p + n - 1)))) return undefined;
    const suffix = suffixAt(s, p + n, list);
    if (suffix) return [p + n, suffix];
  }
  return undefined;
}

/** Places and bodies chained after a known place: 廉江市|横山镇, 瓦房镇|振林村, 洮南市|人民法院. */
function chained(s: string, found: readonly Candidate[], g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const queue = found.filter((c) => c.type === 'GPE');
  const seen = new Set<number>();
  while (queue.length > 0) {
    const place = queue.shift()!;
    if (seen.has(place.end)) continue;
    seen.add(place.end);
    const p = place.end;
    // A body right after the place, named with it (洮南市人民法院), or with its level (衡阳市|委, 木里县|委宣传部).
    // A city's government and one of its bureaus (台中市|政府|交通局).
    if (s.startsWith('政府', p) && subBodyAt(s, p + 2) > p + 2) {
      out.push({ start: place.start, end: subBodyAt(s, p + 2), type: 'ORG', name: s.slice(place.start, subBodyAt(s, p + 2)), priority: 2 });
      continue;
    }
    // A street named after the place (台湾|大道, 南京|路), with its section (台湾大道|三段).
    const street = suffixAt(s, p, STREET);
    if (street && !CJK_WORD_AFTER_STREET.test(s.slice(p + street.length, p + street.length + 1))) {
      const end = p + street.length + (STREET_SECTION.test(s.slice(p + street.length)) ? 2 : 0);
      out.push({ start: place.start, end, type: 'FAC', name: s.slice(place.start, end), priority: 2 });
      continue;
    }
    const org = suffixAt(s, p, ORG);
    const level = LEVEL_CHARS.has(s[p - 1] ?? '') ? suffixAt(s, p - 1, ORG.filter((x) => x.length >= 2 && x[0] === s[p - 1])) : undefined;
    if (org && !g.bySurface.has(s.slice(p, p + org.length + 2))) {
      out.push(bodyCandidate(s, place.start, p + org.length));
      continue;
    }
    if (level) {
      out.push(bodyCandidate(s, place.start, p - 1 + level.length));
      continue;
    }
    // A county-level unit inside a known place (温州市|鹿城区, 凉山州|木里县).
    const county = stemThenSuffix(s, p, 3, COUNTY_LEVELS);
    // A district is named by two characters or more, or by a direction (新竹市|东区).
    // Not a stem that runs into a known place (安徽省|会合肥市: 省会; 漳州|至厦门市).
    const runsInto = county ? (g.cjk.longestAt(s, p + 1)?.end ?? 0) >= county[0] : false;
    if (county && !runsInto && (county[0] - p >= 2 || (county[1] === '区' && DISTRICT_DIRECTIONS.has(s[p] ?? ''))) && !g.bySurface.has(s.slice(p, county[0] + 1 + 2))) {
      const end = county[0] + county[1].length;
      const next = s[end] ?? '';
      if (!/[\u4e00-\u9fff]/.test(next) || AFTER_DISTRICT.has(next) || suffixAt(s, end, ORG) || stemThenSuffix(s, end, 3, TOWN) || stemThenSuffix(s, end, 4, FACILITY)) {
        const c: Candidate = { start: p, end, type: 'GPE', name: s.slice(p, end), priority: 2 };
        out.push(c);
        queue.push(c);
        continue;
      }
    }
    const town = stemThenSuffix(s, p, 3, TOWN);
    if (town && !townSuffixOpensWord(s, town[0])) {
      const end = town[0] + town[1].length;
      const name = s.slice(p, end);
      if (!GENERIC_TOWNS.has(name)) {
        const c: Candidate = { start: p, end, type: 'GPE', name, priority: 2 };
        out.push(c);
        queue.push(c);
        continue;
      }
    }
    // A hospital, station or airport named by the place alone (北区|医院).
    const placeFacility = suffixAt(s, p, FAC_WITH_PLACE);
    if (placeFacility && place.end - place.start >= 2) {
      out.push({ start: place.start, end: p + placeFacility.length, type: 'FAC', name: s.slice(place.start, p + placeFacility.length), priority: 2 });
      continue;
    }
    // A city or county by its bare name right after its province (福建|南平, 陕西|米脂): the division of that name.
    const bare = place.known && (/省$/.test(place.name) || g.bySurface.has(`${place.name}省`)) ? bareDivisionAt(s, p, g) : undefined;
    if (bare) {
      const c: Candidate = { start: p, end: bare.end, type: 'GPE', name: bare.name, priority: 2 };
      out.push(c);
      continue;
    }
    // An ordinal names the facility or body (温岭市|第一人民医院, 第三中学).
    const ordinal = ORDINAL.exec(s.slice(p, p + 4))?.[0];
    const ordinalSuffix = ordinal ? (suffixAt(s, p + ordinal.length, FACILITY) ?? suffixAt(s, p + ordinal.length, ORG)) : undefined;
    if (ordinal && ordinalSuffix && ordinalSuffix.length >= 2) {
      const end = p + ordinal.length + ordinalSuffix.length;
      const isFacility = FACILITY.includes(ordinalSuffix);
      const from = isFacility && !FAC_WITH_PLACE.some((x) => ordinalSuffix.endsWith(x)) ? p : place.start;
      out.push({ start: from, end, type: isFacility ? 'FAC' : 'ORG', name: s.slice(from, end), priority: 2 });
      continue;
    }
    const fac = stemThenSuffix(s, p, 4, FACILITY);
    if (fac && fac[0] - p + fac[1].length >= 3) {
      const end = fac[0] + fac[1].length;
      // Airports, stations and hospitals carry their place in the name (深圳|宝安国际机场, 榕江县|人民医院).
      const from = FAC_WITH_PLACE.some((x) => fac[1].endsWith(x)) ? place.start : p;
      out.push({ start: from, end, type: 'FAC', name: s.slice(from, end), priority: 2 });
      continue;
    }
    const body = stemThenSuffix(s, p, 8, ORG, true);
    // A body named after the place (香港|机场地勤服务有限公司), not a smaller place's body (湛江市|遂溪县公安局).
    const inner = g.cjk.longestAt(s, p)?.value.type;
    if (body && body[0] - p >= 2 && inner !== 'GPE' && inner !== 'LOC' && !/[省市县縣区區州镇鎮乡鄉村]/.test(s.slice(p, body[0]).replace(CITY_COMMON_WORDS, ''))) {
      out.push(bodyCandidate(s, place.start, body[0] + body[1].length));
    }
  }
  return out;
}

/** A known city or county written without its level at `p` (南平 → 南平市): its end and full name. */
function bareDivisionAt(s: string, p: number, g: Gazetteer): { end: number; name: string } | undefined {
  for (const len of [3, 2]) {
    const stem = s.slice(p, p + len);
    if (!CJK_RUN.test(stem) || stem.length < len || g.bySurface.has(stem)) continue;
    // Not when the level is written (南平市 is found whole) or the stem runs on into a longer word.
    if (BARE_DIVISION_LEVELS.includes(s[p + len] ?? '')) continue;
    for (const level of BARE_DIVISION_LEVELS) {
      const e = g.bySurface.get(stem + level);
      if (e?.type === 'GPE') return { end: p + len, name: e.name };
    }
  }
  return undefined;
}

/** Segmenter words ending in a township suffix (白沙镇/nr), or a place word before one (坪石/ns 镇): a town or village. */
function towns(tokens: readonly Token[], g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    if (t.tag === 'ns' && t.word.length >= 2 && CJK_RUN.test(t.word) && next && next.start === t.end && TOWN.includes(next.word)) {
      out.push({ start: t.start, end: next.end, type: 'GPE', name: t.word + next.word, priority: 2 });
    }
  });
  for (const t of tokens) {
    if (t.word.length < 3 || t.word.length > 5 || !CJK_RUN.test(t.word) || GENERIC_TOWNS.has(t.word)) continue;
    const suffix = TOWN.find((x) => t.word.endsWith(x));
    if (!suffix || t.word.length - suffix.length < 2) continue;
    const stem = t.word.slice(0, -suffix.length);
    // A segmenter word that starts on the level of the place before it (瓦房|镇振林村) is no town.
    if (Array.from(stem).some((ch) => STEM_STOP.has(ch)) || g.stoplist.has(stem) || LEVEL_CHARS.has(stem[0] ?? '')) continue;
    out.push({ start: t.start, end: t.end, type: 'GPE', name: t.word, priority: 1 });
  }
  return out;
}

/** Segmenter words made of a known place and a facility or body suffix (香港机场/ns → FAC, 香港电台 → ORG). */
function compounds(s: string, tokens: readonly Token[], g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const t of tokens) {
    if (t.word.length < 3 || !CJK_RUN.test(t.word)) continue;
    const head = g.cjk.longestAt(t.word, 0);
    if (!head || head.value.type !== 'GPE' || head.end >= t.word.length) continue;
    const rest = t.word.slice(head.end);
    // A polity and a common noun (美国|公司, 中国|大学) names no particular body.
    if (GENERIC_AFTER_PLACE.has(rest)) continue;
    const type = FACILITY.includes(rest) ? 'FAC' : ORG.includes(rest) ? 'ORG' : undefined;
    if (type) out.push({ start: t.start, end: t.end, type, name: t.word, priority: 2 });
  }
  // A segmenter place or proper word that is a street (中山路/ns, 文三路): a stem of two characters or more.
  for (const t of tokens) {
    if (t.word.length < 3 || t.word.length > 6 || !CJK_RUN.test(t.word) || !/^(?:ns|nz|nt|x)$/.test(t.tag)) continue;
    const street = STREET.find((x) => t.word.endsWith(x));
    if (street && t.word.length - street.length >= 2 && !notStreet(t.word) && !ROAD_SECTION_AFTER.has(s[t.end] ?? '')) out.push({ start: t.start, end: t.end, type: 'FAC', name: t.word, priority: 2 });
  }
  return out;
}

/** The bare stem of a county or city named in full elsewhere in the article (廉江市 → 廉江). */
function stems(s: string, found: readonly Candidate[], starts: ReadonlyMap<number, Token>): Candidate[] {
  const out: Candidate[] = [];
  const ends = new Set<number>();
  for (const t of starts.values()) ends.add(t.end);
  const done = new Set<string>();
  for (const c of found) {
    if (c.type !== 'GPE' || done.has(c.name)) continue;
    const m = /^([\u4e00-\u9fff]{2,})[市县縣]$/.exec(c.name);
    if (!m) continue;
    done.add(c.name);
    const stem = m[1]!;
    for (let at = s.indexOf(stem); at >= 0; at = s.indexOf(stem, at + stem.length)) {
      if (/[市县縣]/.test(s[at + stem.length] ?? '')) continue;
      const tok = starts.get(at);
      // The stem starts a word and ends on a word boundary (普拉|托 + 华人华侨联谊会), not inside a longer word.
      if (!tok || (tok.end < at + stem.length && !ends.has(at + stem.length))) continue;
      out.push({ start: at, end: at + stem.length, type: 'GPE', name: c.name, priority: 2 });
    }
  }
  return out;
}

/** Outlets named by the report they are cited for: 据X报道, X此前报道, “X”报导. */
function outlets(s: string, g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(`(?:^|[${cls(context.outletOpeners)}]|${alt(context.outletCompilers)})([“「"]?)(?!${alt([...context.citeWords, ...context.outletCompilers])})([\\u4e00-\\u9fffA-Za-z0-9]{2,8}?)([”」"]?)(?:${alt(context.outletBeforeCue)})?(?:${MEDIA_CUE})`, 'g');
  for (const m of s.matchAll(re)) {
    let name = m[2] ?? '';
    const open = m[1] ?? '';
    if (OUTLET_NOT_NAME.test(name)) continue;
    // A qualifier before the outlet (英国|路透社) or a known outlet with words after it.
    const head = g.cjk.longestAt(name, 0);
    let shift = 0;
    if (head?.value.type === 'ORG' && head.end < name.length) name = name.slice(0, head.end);
    // Not a place that opens the outlet's own name of two more characters (四川|在线, 浙江|日报).
    else if (head?.value.type === 'GPE' && name.length - head.end >= 2 && (name.length - head.end >= 3 || g.bySurface.has(name.slice(head.end)))) {
      shift = head.end;
      name = name.slice(head.end);
    }
    if ((open === '') !== ((m[3] ?? '') === '')) continue;
    if (NOT_MEDIA.has(name) || OUTLET_NOT_PARTS.test(name) || QUANTIFIER_LEAD.test(name)) continue;
    const known = g.bySurface.get(name);
    if (known && known.type !== 'ORG') continue;
    const start = m.index + m[0].indexOf(open + (m[2] ?? '')) + open.length + shift;
    out.push({ start, end: start + name.length, type: 'ORG', name: known?.name ?? name, priority: known ? 3 : 2 });
  }
  return out;
}

/** Whether the run `[p, end)` is a personal name the segmenter does not read as a common word. */
function nameRun(s: string, p: number, end: number, starts: ReadonlyMap<number, Token>, g: Gazetteer, strong: boolean): boolean {
  const run = s.slice(p, end);
  if (!CJK_RUN.test(run) || Array.from(run).some((ch) => NAME_STOP.has(ch)) || g.stoplist.has(run) || g.titles.has(run)) return false;
  if (!g.surnames.has(run[0] ?? '') && !g.surnames.has(run.slice(0, 2))) return false;
  const tok = starts.get(p);
  // The segmenter's reading is weighed against the evidence: a common word needs a role before and a verb after.
  if (tok && tok.end === end) return strong || /^(?:nr|nrfg|nrt)$/.test(tok.tag);
  if (tok && tok.end > end) return false;
  // A word at the start that stops inside the run: a shorter name (秦刚|还) or a common word (公开|指).
  if (tok && tok.word.length >= 2) return false;
  return true;
}

/** Tags of words that may form the proper part of a business or compound name (步步高/nr 超市, 金桂/x 花园 小区). */
const PROPER_STEM = /^(?:nr|nrt|nrfg|ns|nz|x|j|eng)$/;

/**
 * Businesses, compounds and streets named by a proper stem before their suffix, without a place
 * before them: 步步高超市, 金桂花园小区, 老刘烧烤店 (老/小 + surname). The stem is one to three
 * words, at least one of them a proper noun or an unknown word in the segmenter's reading.
 */
function businesses(s: string, tokens: readonly Token[], g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const endingAt = new Map<number, number>();
  tokens.forEach((t, k) => endingAt.set(t.end, k));
  const suffixes = [...FACILITY.filter((x) => x.length >= 2).map((x) => [x, 'FAC'] as const), ...ORG.filter((x) => x.length >= 2).map((x) => [x, 'ORG'] as const)];
  for (const [suffix, type] of suffixes) {
    for (let at = s.indexOf(suffix); at >= 0; at = s.indexOf(suffix, at + suffix.length)) {
      let start = at;
      let proper = false;
      let quantified = false;
      for (let j = endingAt.get(at); j !== undefined && j >= 0 && at - tokens[j]!.start <= 8; j--) {
        const w = tokens[j]!;
        if (w.end !== start || !CJK_RUN.test(w.word) || Array.from(w.word).some((ch) => STEM_STOP.has(ch)) || g.stoplist.has(w.word)) break;
        // A quantifier of places is no name (全县|中小学食堂, 该市|…).
        if (w.word.length <= 2 && GENERIC_HEADS.has(w.word[0] ?? '')) {
          quantified = true;
          break;
        }
        // A place before the stem names where the business is, not the business (赣州市|南康区…).
        if (w.tag === 'ns' && LEVEL_CHARS.has(w.word[w.word.length - 1] ?? '')) break;
        const next = tokens[j + 1];
        const nickname = /^[老小]/.test(w.word) && (w.word.length === 2 ? g.surnames.has(w.word[1]!) : next !== undefined && next.start < at && g.surnames.has(next.word));
        if (nickname || (PROPER_STEM.test(w.tag) && !(g.bySurface.get(w.word)?.type === 'GPE' && w.end === at))) proper = true;
        else if (!/^(?:n|nz|ng|zg)$/.test(w.tag) || w.word.length > 2) break;
        start = w.start;
      }
      const end = at + suffix.length;
      // A street of three characters (开元路, 通菜街) when its stem is one proper word; 路段 is a stretch of road, not a street.
      if (STREET.includes(suffix) && (notStreet(s.slice(start, end)) || ROAD_SECTION_AFTER.has(s[end] ?? ''))) continue;
      const street = STREET.includes(suffix) && end - start === suffix.length + 2;
      if (!proper || quantified || (end - start < 4 && !street) || end - start > 10) continue;
      const known = g.bySurface.get(s.slice(start, at));
      if (known && known.type !== 'ORG' && known.type !== 'PERSON') continue;
      out.push({ start, end, type, name: s.slice(start, end), priority: 2 });
    }
  }
  return out;
}

/** National bodies named by their prefix and suffix (国家消防救援局, 中央网信办 → 国家…局). */
function nationalBodies(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const pre of NATIONAL) {
    for (let at = s.indexOf(pre); at >= 0; at = s.indexOf(pre, at + pre.length)) {
      const body = stemThenSuffix(s, at + pre.length, 8, ORG, true);
      if (!body || body[0] - at - pre.length < 2) continue;
      out.push(bodyCandidate(s, at, body[0] + body[1].length));
    }
  }
  return out;
}

/** Social-media accounts quoted after an account word: 微博账号“祁东那些事”, 抖音用户「木里阿布」. */
function accounts(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(new RegExp(`(${ACCOUNT})[“「"]([^”」"\\n，。]{2,16})[”」"]`, 'g'))) {
    const name = m[2] ?? '';
    const start = m.index + m[0].length - name.length - 1;
    // A person's account (网友“…”, 博主“…”) names a person; a channel, group or bare account a body.
    out.push({ start, end: start + name.length, type: PERSON_ACCOUNT.has(m[1] ?? '') ? 'PERSON' : 'ORG', name, priority: 2 });
  }
  return out;
}

/** Named storms and operations with a code name (台风“桦加沙”, 代号“雷霆”): events. */
function namedEvents(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(NAMED_EVENT)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length - 1;
    out.push({ start, end: start + name.length, type: 'EVENT', name, priority: 3 });
    // Its later mentions without quotes (桦加沙中心…).
    for (let at = s.indexOf(name, start + name.length); at >= 0; at = s.indexOf(name, at + name.length)) out.push({ start: at, end: at + name.length, type: 'EVENT', name, priority: 3 });
  }
  return out;
}

/**
 * Metro and railway lines and stations, in an article about transit (地铁, 港铁, 换乘…): numbered lines
 * (12号线), named lines (东铁线: a stem of two or three characters after a system word, a known name or a
 * clause boundary, not a common word such as 路线 or 生命线), and stations (浔峰岗站: the words between a
 * preposition or boundary and 站, not a kind of station such as 加油站 or 空间站).
 */
function transit(s: string, starts: ReadonlyMap<number, Token>, found: readonly Candidate[]): Candidate[] {
  if (!TRANSIT.test(s)) return [];
  const out: Candidate[] = [];
  const foundEnds = new Set(found.map((c) => c.end));
  const bounded = (at: number): boolean => !/[\u4e00-\u9fff]/.test(s[at - 1] ?? '') || STATION_LEADS.has(s[at - 1] ?? '') || foundEnds.has(at) || TRANSIT_SYSTEMS.some((w) => s.endsWith(w, at));
  for (const m of s.matchAll(/[0-9０-９]{1,2}号线/g)) out.push({ start: m.index, end: m.index + m[0].length, type: 'FAC', name: m[0], priority: 2 });
  for (const m of s.matchAll(/[\u4e00-\u9fff]线/g)) {
    const q = m.index + 1;
    if (/^号线$/.test(s.slice(q - 2, q + 1)) || /[\u4e00-\u9fff]/.test(s[q + 1] ?? '') && LINE_WORD_AFTER.has(s[q + 1] ?? '')) continue;
    for (const len of [3, 2]) {
      const a = q - len;
      const stem = s.slice(a, q);
      if (a < 0 || !/^[\u4e00-\u9fff]+$/.test(stem) || Array.from(stem).some((c) => STEM_STOP.has(c))) continue;
      if (!starts.has(a) || !bounded(a) || NOT_LINES.some((w) => (stem + '线').endsWith(w))) continue;
      out.push({ start: a, end: q + 1, type: 'FAC', name: stem + '线', priority: 2 });
      break;
    }
  }
  for (let q = s.indexOf('站'); q >= 0; q = s.indexOf('站', q + 1)) {
    if (STATION_WORD_AFTER.has(s[q + 1] ?? '')) continue;
    let r = q;
    while (r > 0 && q - r < 6 && /[\u4e00-\u9fff]/.test(s[r - 1] ?? '') && !STATION_LEADS.has(s[r - 1] ?? '') && !(r < q && /[线綫]/.test(s[r - 1] ?? '')) && !(r < q && foundEnds.has(r) && TRANSIT_SYSTEMS.some((w) => s.endsWith(w, r)))) r--;
    let a = r;
    while (a < q - 1 && !starts.has(a)) a++;
    const stem = s.slice(a, q);
    if (stem.length < 2 || Array.from(stem).some((c) => STEM_STOP.has(c)) || NOT_STATION_STEMS.has(stem) || NOT_STATION_ENDS.some((w) => stem.endsWith(w))) continue;
    // The words before 站 are names, not a clause (乘客可登录|网站: verbs).
    let clause = false;
    for (let k = a; k < q && !clause; k++) {
      const t = starts.get(k);
      // A one-character verb inside an unknown name is the segmenter's guess (龙|归|站); a longer one a clause.
      clause = t !== undefined && STATION_STEM_NOT_TAGS.test(t.tag) && (t.word.length >= 2 || !/^v/.test(t.tag));
    }
    if (clause) continue;
    out.push({ start: a, end: q + 1, type: 'FAC', name: stem + '站', priority: 2 });
  }
  return out;
}

const surnameStartsOf = new WeakMap<Gazetteer, ReadonlySet<number>>();

/** The first code units of the gazetteer's surnames: a cheap test before the surname lookups (no string built per offset). */
function surnameStarts(g: Gazetteer): ReadonlySet<number> {
  let set = surnameStartsOf.get(g);
  if (!set) surnameStartsOf.set(g, (set = new Set([...g.surnames].map((x) => x.charCodeAt(0)))));
  return set;
}

/** Anonymised, honorific and role- or speech-marked personal names. */
function people(s: string, starts: ReadonlyMap<number, Token>, g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  // Offsets strictly inside a segmenter word, built only for a text with an anonymised name.
  let tokenAcross: Set<number> | undefined;
  // 吴某杰, 吴某: a surname, 某, and at most one character of the given name.
  for (const m of s.matchAll(/([\u4e00-\u9fff])某([\u4e00-\u9fff])?/g)) {
    if (!g.surnames.has(m[1] ?? '')) continue;
    if (!tokenAcross) {
      tokenAcross = new Set<number>();
      for (const t of starts.values()) for (let k = t.start + 1; k < t.end; k++) tokenAcross.add(k);
    }
    // The surname character closes a word that started before it (军区|某部): no surname.
    if (tokenAcross.has(m.index)) continue;
    // The given-name character must read as one (吴某杰), not as the next word (曾某|近年来).
    // …nor start a word that runs past it (刘某|承认: 承 opens 承认).
    const opens = starts.get(m.index + 2);
    const given = m[2] && !(opens && opens.word.length >= 2) && !NAME_STOP.has(m[2]) && !ANONYMISED_NOT_GIVEN.has(m[2]) && m[2] !== '某' && givenCharScore(m[2]) > 0 ? m[2] : '';
    if (!given && ANONYMISED_NOT_GIVEN.has(m[2] ?? '')) continue;
    out.push({ start: m.index, end: m.index + 2 + given.length, type: 'PERSON', name: s.slice(m.index, m.index + 2 + given.length), priority: 2 });
  }
  // 陈先生, 欧阳女士.
  for (const m of s.matchAll(new RegExp(`(?:${HONORIFIC})`, 'g'))) {
    // The surname right before, compound first (欧阳|女士); a match does not consume the characters before it.
    const sur = g.surnames.has(s.slice(m.index - 2, m.index)) && m.index >= 2 ? s.slice(m.index - 2, m.index) : g.surnames.has(s[m.index - 1] ?? '') ? (s[m.index - 1] ?? '') : '';
    if (!sur) continue;
    // A one-character kinship honorific (陈|伯, 黄|婆) is no given name only where the name ends with it (陈伯达 is a name).
    const end = m.index + m[0].length;
    if (m[0].length === 1 && /[\u4e00-\u9fff]/.test(s[end] ?? '') && !AFTER_HONORIFIC.has(s[end] ?? '') && !SPEECH.some((v) => s.startsWith(v, end))) continue;
    out.push({ start: m.index - sur.length, end, type: 'PERSON', name: s.slice(m.index - sur.length, end), priority: 2 });
  }
  // A role right before (村民黄某, 异议人士季风) or a speech verb right after (黄德义说).
  const candidatesAt = new Set<number>(starts.keys());
  for (const r of ROLES) for (let at = s.indexOf(r); at >= 0; at = s.indexOf(r, at + 1)) candidatesAt.add(at + r.length);
  const surnameStart = surnameStarts(g);
  for (const from of candidatesAt) {
    // Every run tested below starts at `from`: without a surname there, `nameRun` refuses it whatever its length.
    if (!surnameStart.has(s.charCodeAt(from))) continue;
    if (!g.surnames.has(s[from] ?? '') && !g.surnames.has(s.slice(from, from + 2))) continue;
    // A role noun ending right before (异议人士|季风, 经历者|季风), whatever the segmenter made of it.
    const role = ROLES_BY_LAST.get(s.charCodeAt(from - 1))?.find((r) => s.endsWith(r, from));
    for (const len of [3, 2]) {
      const end = from + len;
      const after = s.slice(end, end + 2);
      const speech = SPEECH.some((v) => s.startsWith(v, end)) || TO_HEARER.test(s.slice(end, end + 9));
      if (!nameRun(s, from, end, starts, g, role !== undefined && speech)) continue;
      if (!(role ? !/^[\u4e00-\u9fff]/.test(after) || speech || AFTER_ROLE_NAME.has(after[0] ?? '') : speech)) continue;
      out.push({ start: from, end, type: 'PERSON', name: s.slice(from, end), priority: 1 });
      break;
    }
  }
  return out;
}

/**
 * A body named in full and later by its tail alone (新竹市政府环保局 … 环保局说): the tail, a
 * segmenter word of three characters or more ending in a body suffix, is a mention of the one
 * body whose name ends with it; not when it follows a place or level word (衡阳市|环保局 is another body).
 */
function tails(s: string, tokens: readonly Token[], bodies: readonly Candidate[]): Candidate[] {
  const byTail = new Map<string, Candidate | null>();
  for (const b of bodies) {
    if (b.type !== 'ORG') continue;
    for (let k = 1; k <= b.name.length - 3; k++) {
      const tail = b.name.slice(k);
      if (!suffixAt(tail, tail.length - 1, SUB_BODY) && !ORG.some((x) => x.length >= 2 && tail.endsWith(x))) continue;
      const prev = byTail.get(tail);
      byTail.set(tail, prev === undefined || prev?.name === b.name ? b : null);
    }
  }
  const out: Candidate[] = [];
  for (const t of tokens) {
    const body = byTail.get(t.word);
    if (!body || (t.start >= body.start && t.end <= body.end) || LEVEL_CHARS.has(s[t.start - 1] ?? '') || /[\u4e00-\u9fff]/.test(s[t.start - 1] ?? '') && !/[，。；：、]/.test(s[t.start - 1] ?? '') && !STEM_STOP.has(s[t.start - 1] ?? '')) continue;
    out.push({ start: t.start, end: t.end, type: 'ORG', name: body.name, priority: 1 });
  }
  return out;
}

/**
 * A body written with its level word only (县农业农村局, 该县公安局, 县委宣传部) in a story that names
 * one place of that level: that place's body. Not after a place or a word (衡阳市|县…).
 */
function levelBodies(s: string, places: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byLevel = new Map<string, Set<string>>();
  for (const c of places) {
    if (c.type !== 'GPE') continue;
    const level = c.name[c.name.length - 1] ?? '';
    if (!COUNTY_LEVELS.includes(level) && !TOWN.includes(level)) continue;
    if (!byLevel.has(level)) byLevel.set(level, new Set());
    byLevel.get(level)!.add(c.name);
  }
  for (const [level, names] of byLevel) {
    if (names.size !== 1) continue;
    const place = [...names][0]!;
    for (let at = s.indexOf(level); at >= 0; at = s.indexOf(level, at + 1)) {
      const before = s[at - 1] ?? '';
      if (/[\u4e00-\u9fff]/.test(before) && !LEVEL_CONJUNCTIONS.has(before)) continue;
      const from = LEVEL_DEMONSTRATIVES.has(before) ? at - 1 : at;
      const direct = suffixAt(s, at, ORG.filter((x) => x.length >= 2 && x[0] === level));
      const body = direct ? undefined : stemThenSuffix(s, at + 1, 8, ORG, true);
      const end = direct ? at + direct.length : body && body[0] - at - 1 >= 2 ? body[0] + body[1].length : -1;
      if (end < 0) continue;
      const nameEnd = bodyEnd(s, end);
      out.push({ start: from, end: subBodyAt(s, nameEnd), type: 'ORG', name: place + s.slice(at + 1, nameEnd), priority: 2 });
    }
  }
  return out;
}

/**
 * Bodies named without a place and known by what follows them (消防处表示, 保安局局长, 卫生署人员,
 * 民航处已…): a name of three to nine characters ending in 处, 署 or 局, starting a clause, with a
 * speech verb, a title, a staff word or an adverb of action after it. Generic words (此处, 当局,
 * 办事处) and the suffixes of local bodies (公安局: whose?) are not names.
 */
function bareBodies(s: string, tokens: readonly Token[], g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, k) => {
    const last = t.word[t.word.length - 1] ?? '';
    if (!BARE_SUFFIX.has(last) || !CJK_RUN.test(t.word)) return;
    let start = t.start;
    for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
      const w = tokens[j]!;
      if (w.end !== start || !CJK_RUN.test(w.word) || !/^(?:n|vn|nz|j|nt|b|an)$/.test(w.tag) || Array.from(w.word).some((ch) => STEM_STOP.has(ch))) break;
      if (t.end - w.start > 9) break;
      start = w.start;
    }
    const name = s.slice(start, t.end);
    if (name.length < 3 || NOT_BODIES.has(name) || NOT_BODIES.has(t.word) || ORG.includes(name) || g.titles.has(name)) return;
    if (start > 0 && !/\s/.test(s[start - 1] ?? '') && !BODY_CLAUSE_OPENERS.has(s[start - 1] ?? '')) return;
    const cue = SPEECH.some((v) => s.startsWith(v, t.end)) || BARE_CUES.some((v) => s.startsWith(v, t.end)) || g.titleTrie.longestAt(s, t.end) !== undefined || BODY_HEAD.test(s.slice(t.end, t.end + 3));
    if (!cue) return;
    out.push({ start, end: t.end, type: 'ORG', name, priority: 1 });
  });
  return out;
}

/**
 * Towns and villages by the text alone: a town followed by its village (古州镇|车江村), or a town or
 * village after a verb of place (位于|措果乡, 在…村): two-character stems that are not common words.
 */
function townsInText(s: string, starts: ReadonlyMap<number, Token>): Candidate[] {
  const out: Candidate[] = [];
  const stem = (p: number): boolean => {
    const a = s[p] ?? '';
    const b = s[p + 1] ?? '';
    if (!/[\u4e00-\u9fff]/.test(a) || !/[\u4e00-\u9fff]/.test(b) || STEM_STOP.has(a) || STEM_STOP.has(b) || LEVEL_CHARS.has(a)) return false;
    const tok = starts.get(p);
    return !(tok && tok.end === p + 2 && /^(?:v|vn|a|ad|d|p|c|r|m|q|t|f)$/.test(tok.tag));
  };
  for (const m of s.matchAll(/(?=([\u4e00-\u9fff]{2})([镇乡])([\u4e00-\u9fff]{2})(村|社区))/g)) {
    const p = m.index;
    if (!stem(p) || !stem(p + 3) || GENERIC_TOWNS.has(s.slice(p, p + 3))) continue;
    out.push({ start: p, end: p + 3, type: 'GPE', name: s.slice(p, p + 3), priority: 2 });
    const end = p + 5 + (m[4]?.length ?? 0);
    out.push({ start: p + 3, end, type: 'GPE', name: s.slice(p + 3, end), priority: 2 });
  }
  for (const m of s.matchAll(TOWN_AFTER_PLACE_VERB)) {
    const p = m.index + m[0].length - 3;
    const name = s.slice(p, p + 3);
    if (!stem(p) || GENERIC_TOWNS.has(name)) continue;
    out.push({ start: p, end: p + 3, type: 'GPE', name, priority: 2 });
  }
  return out;
}

/** Every other occurrence of a town or village found once (a GPE ending in a township suffix). */
function recurring(s: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const spans = new Set(found.map((c) => c.start));
  const names = new Set(found.filter((c) => c.type === 'GPE' && TOWN.some((x) => c.name.endsWith(x)) && c.name.length >= 3).map((c) => c.name));
  for (const name of names) {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) {
      if (!spans.has(at)) out.push({ start: at, end: at + name.length, type: 'GPE', name, priority: 2 });
    }
  }
  return out;
}

/**
 * Latin-script names inside Chinese text: a person after a role noun or before a speech verb (家佣Maria
 * Santos, 分析师John Lee说), an organisation after an apposition that names its kind (外送平台Foodpanda,
 * 咨询机构Wood Mackenzie) or before 公司/集团.
 */
function latinNames(s: string): Candidate[] {
  const out: Candidate[] = [];
  const roles = ROLES.join('|');
  const speech = SPEECH.join('|');
  for (const m of s.matchAll(/[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){0,3}/g)) {
    const before = s.slice(Math.max(0, m.index - 6), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const words = m[0].split(' ').length;
    if (/[A-Za-z0-9]/.test(s[m.index - 1] ?? '')) continue;
    let type: 'PERSON' | 'ORG' | undefined;
    if (new RegExp(`(?:${ORG_APPOSITIVES})$`).test(before) || /^(?:公司|集团|集團)/.test(after)) type = 'ORG';
    else if (words >= 2 && words <= 3 && (new RegExp(`(?:${roles})$`).test(before) || new RegExp(`^(?:${speech})`).test(after))) type = 'PERSON';
    if (type) out.push({ start: m.index, end: m.index + m[0].length, type, name: m[0], priority: 2 });
  }
  return out;
}

const translitUnitsOf = new WeakMap<Gazetteer, ReadonlySet<number>>();

/** The code units of the gazetteer's one-unit transliteration characters (what `translit.has(s[p])` can find). */
function translitUnits(g: Gazetteer): ReadonlySet<number> {
  let set = translitUnitsOf.get(g);
  if (!set) translitUnitsOf.set(g, (set = new Set([...g.translit].filter((x) => x.length === 1).map((x) => x.charCodeAt(0)))));
  return set;
}

/**
 * Foreign places by their transliterated names and what marks them as places: a role before
 * (省会|布卡武, 首都…), a province after (南基伍|省), a region after (卡米图加|地区).
 */
function translitPlaces(s: string, g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  // The transliteration characters as code units: tested at every offset, no string built per offset.
  const units = translitUnits(g);
  const run = (p: number, max = 6): number => {
    let e = p;
    while (e - p < max && units.has(s.charCodeAt(e))) e++;
    return e;
  };
  for (const m of s.matchAll(new RegExp(`(?:${PLACE_ROLES})(?=[\u4e00-\u9fff])`, 'g'))) {
    const p = m.index + m[0].length;
    const e = run(p);
    if (e - p >= 2 && e - p <= 5) out.push({ start: p, end: e, type: 'GPE', name: s.slice(p, e), priority: 2 });
  }
  for (let p = 0; p < s.length; p++) {
    if (!units.has(s.charCodeAt(p)) || units.has(s.charCodeAt(p - 1))) continue;
    // A direction before the name is part of it (南|基伍省).
    const from = DIRECTIONS.has(s[p - 1] ?? '') ? p - 1 : p;
    const e = run(p);
    if (e - p >= 2 && s[e] === '省') out.push({ start: from, end: e + 1, type: 'GPE', name: s.slice(from, e + 1), priority: 2 });
    else if (e - p >= 3 && s.startsWith('地区', e)) out.push({ start: p, end: e, type: 'GPE', name: s.slice(p, e), priority: 2 });
    p = Math.max(p, e - 1);
  }
  return out;
}

/** Embassies and consulates: a country, 驻, the host (optionally glossed), the mission (中国驻刚果（金）大使馆). */
function embassies(s: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byEnd = new Map<number, Candidate>();
  for (const c of found) if (c.type === 'GPE') byEnd.set(c.end, c);
  for (const m of s.matchAll(new RegExp(`驻([\u4e00-\u9fff]{1,8}?(?:（[\u4e00-\u9fff]{1,3}）)?)(?:${EMBASSY})`, 'g'))) {
    const country = byEnd.get(m.index);
    if (!country) continue;
    const end = m.index + m[0].length;
    out.push({ start: country.start, end, type: 'ORG', name: s.slice(country.start, end), priority: 2 });
  }
  return out;
}

/**
 * Companies by their legal form (美佳电子科技有限公司, 中储粮油脂（天津）有限公司): the words before
 * 有限公司 back to a function word, a verb or punctuation, with a place in brackets inside. The legal
 * form is evidence enough for a stem of common nouns; a place before it is taken by \`chained\`.
 */
function companies(s: string, tokens: readonly Token[], g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const endingAt = new Map<number, number>();
  tokens.forEach((t, k) => endingAt.set(t.end, k));
  for (const form of LEGAL_FORMS) {
    for (let at = s.indexOf(form); at >= 0; at = s.indexOf(form, at + form.length)) {
      if (LEGAL_FORMS.some((f) => f.length > form.length && f.endsWith(form) && s.endsWith(f.slice(0, f.length - form.length), at))) continue;
      let start = at;
      // A place in brackets before the form (油脂|（天津）|有限公司).
      if (s[at - 1] === '）') {
        const open = s.lastIndexOf('（', at - 1);
        if (open >= 0 && at - open <= 6 && CJK_RUN.test(s.slice(open + 1, at - 1))) start = open;
      }
      let words = 0;
      for (let j = endingAt.get(start); j !== undefined && j >= 0 && words < 5; j--) {
        const w = tokens[j]!;
        if (w.end !== start || !/^[\u4e00-\u9fffA-Za-z0-9]+$/.test(w.word) || COMPANY_STEM_STOP_TAGS.has(w.tag) || COMPANY_APPOSITIVES.has(w.word) || Array.from(w.word).some((ch) => STEM_STOP.has(ch))) break;
        if (at - w.start > 12) break;
        start = w.start;
        words++;
        // A place with its level or a known place opens the name (鄱阳县|鑫丰米业有限公司, 刚果|宏达矿业有限公司).
        if ((w.tag === 'ns' && LEVEL_CHARS.has(w.word[w.word.length - 1] ?? '')) || g.bySurface.get(w.word)?.type === 'GPE') break;
      }
      if (at - start < 2 || words === 0) continue;
      const end = at + form.length;
      out.push({ start, end, type: 'ORG', name: s.slice(start, end), priority: 2 });
    }
  }
  return out;
}

/** Outlets named by the interview they gave (接受齐鲁晚报采访, 接受商业电台访问, 接受法新社记者专访). */
function interviewers(s: string, g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(INTERVIEW)) {
    let name = m[1] ?? '';
    let start = m.index + m[0].indexOf(name);
    // A reporter of the outlet (法新社|记者) and a place before it (英国|广播公司) are not its name.
    const reporter = REPORTER_WORD.exec(name);
    if (reporter) name = name.slice(0, reporter.index);
    const head = g.cjk.longestAt(name, 0);
    if (head?.value.type === 'GPE' && name.length - head.end >= 2 && !g.bySurface.has(name)) {
      start += head.end;
      name = name.slice(head.end);
    }
    if (name.length < 2 || NOT_MEDIA.has(name) || OUTLET_NOT_PARTS.test(name) || QUANTIFIER_LEAD.test(name) || LOCAL_MEDIA_LEAD.test(name) || OUTLET_NOT_NAME.test(name)) continue;
    const known = g.bySurface.get(name);
    if (known && known.type !== 'ORG') continue;
    out.push({ start, end: start + name.length, type: 'ORG', name: known?.name ?? name, priority: known ? 3 : 2 });
  }
  return out;
}

/**
 * A university's faculty or office written right after it (香港中文大学|医学院, 中国人民大学|农业与农村发展学院):
 * one mention of the university, as the annotation guide counts sub-units written with their parent.
 */
function faculties(s: string, found: readonly Candidate[], g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    if (c.type !== 'ORG' || !/(?:大学|学院)$/.test(c.name) || !/(?:大学|学院)$/.test(s.slice(c.start, c.end))) continue;
    if (g.cjk.longestAt(s, c.end)) continue;
    for (let n = 0; n <= 10; n++) {
      const ch = s[c.end + n] ?? '';
      if (!/[\u4e00-\u9fff]/.test(ch) || FACULTY_STOP.has(ch) || (n === 0 && /[与和及]/.test(ch))) break;
      const suffix = suffixAt(s, c.end + n, FACULTY);
      if (suffix && (n >= 2 || suffix.length >= 3)) {
        out.push({ ...c, end: c.end + n + suffix.length, priority: Math.max(c.priority, 2) });
        break;
      }
    }
  }
  return out;
}

/** Coded roads (G321国道, 县道X045线, 国道1号): a facility whether or not the level word is written. */
function codedRoads(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(CODED_ROAD)) {
    // A code alone (G20, S1) is no road: it needs the level word before or the road word after it.
    if (!ROAD_LEVEL_START.test(m[0]) && !ROAD_AFTER_END.test(m[0])) continue;
    if (/[A-Za-z0-9]/.test(s[m.index - 1] ?? '') || /[A-Za-z0-9]/.test(s[m.index + m[0].length] ?? '')) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'FAC', name: m[0], priority: 2 });
  }
  return out;
}

/** Businesses and brands introduced by name in quotation marks (一家名为“好运来”的烘焙店). */
function introduced(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(INTRODUCED)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length - 1;
    // What follows says what was named: a person (名叫“张生”的男性) or a business (名为“好运来”的连锁烘焙店).
    const after = s.slice(m.index + m[0].length).replace(/^的/, '').slice(0, 8);
    const type = INTRODUCED_PERSON.some((x) => after.startsWith(x)) ? 'PERSON' : INTRODUCED_BUSINESS.some((x) => after.includes(x)) ? 'ORG' : undefined;
    if (type) out.push({ start, end: start + name.length, type, name, priority: 2 });
  }
  return out;
}

/** All local-name candidates of simplified text `s`; `found` are the candidates so far. */
export function localNameCandidates(s: string, tokens: readonly Token[], found: readonly Candidate[], g: Gazetteer): Candidate[] {
  const starts = new Map<number, Token>();
  for (const t of tokens) starts.set(t.start, t);
  const townWords = towns(tokens, g);
  const first = [...townWords, ...chained(s, [...found, ...townWords], g)];
  // A town or village named once after its county recurs alone (纸坊街道 … 纸坊街道办事处).
  const again = recurring(s, first);
  const chain = [...first.filter((c) => !townWords.includes(c)), ...again, ...chained(s, again, g)];
  const named = [...townWords, ...compounds(s, tokens, g), ...chain, ...stems(s, [...found, ...chain], starts), ...outlets(s, g), ...people(s, starts, g)];
  const bodies = [...businesses(s, tokens, g), ...nationalBodies(s), ...levelBodies(s, [...found, ...named]), ...bareBodies(s, tokens, g), ...townsInText(s, starts)];
  const foreign = [...latinNames(s), ...translitPlaces(s, g), ...embassies(s, found), ...companies(s, tokens, g), ...interviewers(s, g), ...faculties(s, [...found, ...bodies], g)];
  return [...named, ...bodies, ...foreign, ...accounts(s), ...namedEvents(s), ...transit(s, starts, [...found, ...named, ...bodies]), ...codedRoads(s), ...introduced(s), ...tails(s, tokens, [...found, ...named, ...bodies])];
}
