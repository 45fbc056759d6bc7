import context from '../../../data/zh-name-context.json';
import grammar from '../../../data/name-grammar.json';
import type { Candidate } from './candidate';
import type { Gazetteer } from './gazetteer';

/**
 * Checks on Chinese body candidates once every source has proposed its own (session 20): a body that
 * names no particular body (上市银行, 部分中小银行公司), a facility named like a centre (发射中心), a party body
 * written after 中共 (中共|江苏省纪委监委), a national vertical agency's local bureau written after it
 * (国家税务总局|上海市税务局|第一稽查局). Word lists in data/zh-name-context.json and data/name-grammar.json.
 */

const GENERIC_STEMS = [...context.genericBodyStems].sort((a, b) => b.length - a.length);
const BODY_WORDS = [...new Set([...grammar.orgSuffixes, ...grammar.genericAfterPlace, ...grammar.facilitySuffixes])].sort((a, b) => b.length - a.length);
const FACILITY_CENTRES = context.facilityCentres;
const PARTY_BODY_ENDS = context.partyBodyEnds;
const SUB_UNITS = context.subUnitAfterBody;
const COMPANY_ENDS = context.companyNameEnds;
/** A numbered sub-unit written after a bureau (第一稽查局, 第三分局). */
const ORDINAL_SUB_UNIT = /^第[一二三四五六七八九十]{1,3}[\u4e00-\u9fff]{0,4}?(?:分局|局|处|科|所|支队|大队)/;
/** A national agency that has bureaux in every province (国家税务总局, 国家金融监督管理总局). */
const NATIONAL_AGENCY = /^国家[\u4e00-\u9fff]{2,10}总局$/;

/** Whether `rest` is made only of body words (银行, 公司, 银行公司): no proper part. */
function onlyBodyWords(rest: string): boolean {
  if (rest === '') return true;
  const w = BODY_WORDS.find((x) => rest.startsWith(x));
  return w !== undefined && onlyBodyWords(rest.slice(w.length));
}

/**
 * A body whose name, after a place it opens with, is generic modifiers and body words only (江苏|上市|银行,
 * 部分|中小|银行|公司): a kind of body, not one.
 */
function genericBody(c: Candidate, g: Gazetteer): boolean {
  if (c.known || (c.type !== 'ORG' && c.type !== 'FAC')) return false;
  let rest = c.name;
  const head = g.cjk.longestAt(rest, 0);
  if (head && head.value.type === 'GPE') rest = rest.slice(head.end);
  let modified = false;
  for (let w = GENERIC_STEMS.find((x) => rest.startsWith(x)); w; w = GENERIC_STEMS.find((x) => rest.startsWith(x))) {
    rest = rest.slice(w.length);
    modified = true;
  }
  return modified && rest.length > 0 && onlyBodyWords(rest);
}

export function refineBodies(s: string, candidates: readonly Candidate[], g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const startingAt = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = startingAt.get(c.start);
    if (list) list.push(c);
    else startingAt.set(c.start, [c]);
  }
  for (const c of candidates) {
    if (genericBody(c, g)) continue;
    if (c.type === 'ORG' && !c.known && FACILITY_CENTRES.some((x) => c.name.endsWith(x))) {
      out.push({ ...c, type: 'FAC' });
      continue;
    }
    // A party or union body of a company or school (苏淮银行|党委): a mention of the body.
    const sub = c.type === 'ORG' && !c.known ? SUB_UNITS.find((x) => c.name.endsWith(x) && c.name.length > x.length + 2) : undefined;
    if (sub && [...BODY_WORDS, ...COMPANY_ENDS].some((w) => w.length >= 2 && c.name.slice(0, -sub.length).endsWith(w)) && s.slice(c.start, c.end) === c.name) {
      out.push({ ...c, end: c.end - sub.length, name: c.name.slice(0, -sub.length) });
      continue;
    }
    // 中共 before a party body of a place is part of its name (中共|江苏省纪委监委).
    if (c.type === 'ORG' && !c.known && s.endsWith('中共', c.start) && PARTY_BODY_ENDS.some((x) => c.name.endsWith(x)) && !c.name.startsWith('中共')) {
      out.push({ ...c, start: c.start - 2, name: `中共${c.name}` });
      continue;
    }
    // A numbered sub-unit inside a body's name (…税务局|第二稽查局): part of the mention, not of the name.
    const ordinal = c.type === 'ORG' && !c.known ? /第[一二三四五六七八九十]{1,3}/.exec(c.name) : null;
    if (ordinal && ordinal.index >= 3 && ORDINAL_SUB_UNIT.exec(c.name.slice(ordinal.index))?.[0].length === c.name.length - ordinal.index && BODY_WORDS.some((w) => c.name.slice(0, ordinal.index).endsWith(w))) {
      out.push({ ...c, name: c.name.slice(0, ordinal.index) });
      continue;
    }
    out.push(c);
    // A national agency's bureau of a place written after it: one body (国家税务总局|上海市税务局).
    if (c.type === 'ORG' && NATIONAL_AGENCY.test(c.name)) {
      const local = (startingAt.get(c.end) ?? []).find((o) => o.type === 'ORG' && g.cjk.longestAt(s.slice(o.start, o.end), 0)?.value.type === 'GPE');
      if (local) {
        const sub = ORDINAL_SUB_UNIT.exec(s.slice(local.end, local.end + 10))?.[0] ?? '';
        out.push({ start: c.start, end: local.end + sub.length, type: 'ORG', name: c.name + local.name, priority: 3 });
      }
    }
  }
  return out;
}
