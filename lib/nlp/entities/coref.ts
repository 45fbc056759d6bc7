import type { Candidate } from './candidate';
import type { Gazetteer } from './gazetteer';
import { BARE } from './orgs';

/** Title mentions that, alone, refer back to the one person holding them in the story. */
const REFERRING_ROLES = new Set(['国务卿', '外长', '国家主席', '总统', '副总统', '总理', '首相', '防长', '财长', '总书记', '国家安全顾问', '商务部长']);
/** Words before a bare title that make it generic (多任美国国务卿) or another person (前国务卿). */
const GENERIC_BEFORE = /(?:中美|美中|两国|双方|多任|历任|各|前|首位|一位|任何|新|该国|副|助理)$/;

/** A person mention as coreference sees it: its candidate plus its role. */
export interface Mentioned {
  c: Candidate;
  role?: string;
  label?: string;
  /** Canonical role (外交部长 → 外长), for matching bare titles. */
  roleKey?: string;
}

/**
 * Merges surname-only transliterations into the full name used in the same story
 * (米勒 → 马修·米勒) and bare institution heads into the qualified organisation
 * (外交部 → 中国外交部), by renaming candidates in place.
 */
export function mergeShortForms(items: Mentioned[], s: string): void {
  const fullByLast = new Map<string, Candidate>();
  for (const { c } of items) {
    if (c.type !== 'PERSON' || !c.name.includes('·')) continue;
    const last = c.name.split('·').pop() ?? '';
    if (last.length >= 2 && !fullByLast.has(last)) fullByLast.set(last, c);
  }
  for (const { c } of items) {
    if (c.type !== 'PERSON' || c.name.includes('·')) continue;
    const full = fullByLast.get(c.name);
    if (full) rename(c, full);
  }
  const orgs = items.filter(({ c }) => c.type === 'ORG' || c.type === 'GPE');
  for (const { c } of orgs) {
    const surface = s.slice(c.start, c.end);
    if (!BARE.has(surface)) continue;
    const qualified = orgs.filter(({ c: o }) => o !== c && o.type === 'ORG' && o.end - o.start > surface.length && s.slice(o.start, o.end).endsWith(surface));
    const before = qualified.filter(({ c: o }) => o.start < c.start).pop() ?? qualified[0];
    if (before) rename(c, before.c);
  }
  // A short form of one organisation or facility named in full in the story (鑫源公司 → 温州鑫源投资管理有限公司,
  // 交通局 → 台中市政府交通局, 国宾馆 → 钓鱼台国宾馆): the same head character, its characters in order in the full name.
  const bodies = items.filter(({ c }) => c.type === 'ORG' || c.type === 'FAC');
  for (const { c } of bodies) {
    if (c.known) continue;
    const short = c.name;
    // A numbered name is no short form of another number (2号线 of 12号线).
    if (short.length < 3 || /[0-9]/.test(short)) continue;
    const fulls = new Map<string, Candidate>();
    for (const { c: o } of bodies) {
      if (o.name.length > short.length && o.name.endsWith(short[short.length - 1]!) && isSubsequence(short, o.name)) fulls.set(o.name, o);
    }
    if (fulls.size === 1) rename(c, [...fulls.values()][0]!);
  }
  // An organisation named without its form (中国海关 → 中国海关总署, 恒远电器 → 恒远电器股份有限公司).
  for (const { c } of bodies) {
    if (c.known || c.type !== 'ORG' || c.name.length < 2) continue;
    const fulls = new Set(bodies.filter(({ c: o }) => o.type === 'ORG' && o.name.startsWith(c.name) && ORG_FORMS.has(o.name.slice(c.name.length))).map(({ c: o }) => o));
    const names = new Set([...fulls].map((o) => o.name));
    if (names.size === 1) rename(c, [...fulls][0]!);
  }
}

/** What an organisation's full name may add to its usual name: its legal form or its rank. */
const ORG_FORMS = new Set(['总署', '总局', '集团', '公司', '有限公司', '股份有限公司', '集团公司', '集团有限公司', '控股有限公司']);

/** True when the characters of `short` occur in order in `full`. */
function isSubsequence(short: string, full: string): boolean {
  let i = 0;
  for (const ch of full) if (ch === short[i]) i++;
  return i === short.length;
}

function rename(c: Candidate, to: Candidate): void {
  c.name = to.name;
  c.type = to.type;
  if (to.english) c.english = to.english;
  else delete c.english;
}

/**
 * Bare titles that refer back to a person (国务卿 → the person last named with that
 * title), as new person candidates carrying the title as their role.
 */
export function titleReferences(items: readonly Mentioned[], text: string, s: string, covered: Uint8Array, g: Gazetteer): Mentioned[] {
  const out: Mentioned[] = [];
  const persons = items.filter(({ c, role }) => c.type === 'PERSON' && role);
  if (persons.length === 0) return out;
  const personStarts = new Set(items.filter(({ c }) => c.type === 'PERSON').map(({ c }) => c.start));
  const personEnds = new Set(items.filter(({ c }) => c.type === 'PERSON').map(({ c }) => c.end));
  for (let i = 0; i < s.length; i++) {
    const t = g.titleTrie.longestAt(s, i);
    if (!t) continue;
    const role = g.titles.get(s.slice(i, t.end)) ?? '';
    const skip = !REFERRING_ROLES.has(role) || covered[i] || covered[t.end - 1] || personStarts.has(t.end) || personEnds.has(i) ||
      GENERIC_BEFORE.test(s.slice(Math.max(0, i - 2), i)) || /^[们级职]/.test(s[t.end] ?? '') || titleContinues(s, i, g);
    if (!skip) {
      const holders = persons.filter((p) => p.roleKey === role);
      const holder = holders.filter(({ c }) => c.start < i).pop() ?? holders[0];
      if (holder) out.push({ c: { ...holder.c, start: i, end: t.end, priority: 0 }, role: text.slice(i, t.end), roleKey: role });
    }
    i = t.end - 1;
  }
  return out;
}

/** True when the title at `i` is the tail of a longer title word (助理国务卿 ⊃ 国务卿). */
function titleContinues(s: string, i: number, g: Gazetteer): boolean {
  for (let k = 1; k <= 3 && i - k >= 0; k++) if (g.titles.has(s.slice(i - k, i + 3)) || g.titles.has(s.slice(i - k, i + 2))) return true;
  return false;
}
