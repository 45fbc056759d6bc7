import type { EntityType } from '../../schema/analysis';
import type { Candidate } from '../entities/candidate';
import type { Mentioned } from '../entities/coref';
import type { Gazetteer } from '../entities/gazetteer';
import { chineseFamilyName, englishLexicon, familyName, lookupKnown, placeKey, spellingVariant, type EnglishLexicon, type KnownName } from './lexicon';
import type { EnDoc, EnToken } from './tokens';

/** A word of a name: one token, or several joined by hyphens without spaces (Mazar-i-Sharif). */
interface Unit {
  start: number;
  end: number;
  text: string;
  /** Index of the unit's first and last token. */
  first: number;
  last: number;
  pos: string;
  sentence: number;
}

/** One English mention under construction, with its role (title) and the whole title+name phrase. */
interface Draft extends Mentioned {
  /** True for descriptions (`the president`), resolved after the names. */
  nominal?: boolean;
}

const NOT_NAME_POS = new Set(['ADV', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'ADP', 'AUX', 'PART', 'PUNCT', 'NUM', 'SYM', 'INTJ', 'SPACE']);
const UPPER = /^\p{Lu}/u;
const DETERMINERS = new Set(['the', 'our', 'their', 'its', 'his', 'her', 'this', 'that']);
const bare = (s: string): string => s.replace(/\.$/, '');
/** Hyphenated time prefixes of a description's head (`then-businessman`, `ex-minister`, `soon-to-be president`). */
const TIME_PREFIX = /^(?:then|ex|soon-to-be|one-time|onetime|would-be)-(?=\p{L})/u;

/**
 * Finds the entity mentions of an English article on wink-nlp tokens: known names (gazetteer and
 * `data/en/names.tsv`, longest first), capitalised runs typed by their head word, titles and
 * honorifics kept as roles, demonyms as their country, possessives cut off, acronyms tied to their
 * expansion, surnames to the full name, and nominal mentions (appositions, `the president`, `the
 * city`) tied to the referent they describe. Runs never cross sentences or `and`.
 */
export function recognizeEnglish(text: string, doc: EnDoc, g: Gazetteer): Mentioned[] {
  const lex = englishLexicon(g);
  const units = toUnits(text, doc.tokens, lex);
  const drafts: Draft[] = [];
  for (const run of nameRuns(units, doc.tokens, lex)) drafts.push(...splitRun(text, run, units, doc.tokens, lex).filter((d) => !titledDescription(d, text, doc.tokens, lex)));
  ellipticalCoordination(drafts, text, lex);
  linkShortForms(drafts, text, lex);
  const items = drafts.filter(
    (d) => d.c.priority >= 0 && !loneCommonWord(d, text, units, lex) && !personClassNoun(d, text, doc.tokens, lex) && !monthAt(d, text, doc.tokens, lex),
  );
  items.push(...appositions(text, doc, items, lex));
  items.push(...shortForms(text, doc, items, lex));
  items.push(...definiteDescriptions(text, doc, items, lex));
  return items;
}

/** Joins hyphenated capitalised words (Mazar-i-Sharif, Port-of-Spain) into one unit. */
function toUnits(text: string, tokens: readonly EnToken[], lex: EnglishLexicon): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let j = i;
    // `anti-Trump` as one token: the name after the prefix is a unit of its own.
    const prefixed = /^(\p{Ll}+-)(\p{Lu}[\p{L}'’]*)$/u.exec(t.text);
    if (prefixed) {
      const s = t.start + prefixed[1]!.length;
      out.push({ start: s, end: t.end, text: prefixed[2]!, first: i, last: i, pos: 'PROPN', sentence: t.sentence });
      continue;
    }
    // Handles written as one word (S_AND_YY).
    while (tokens[j + 2] && tokens[j + 1]!.text === '_' && tokens[j + 1]!.start === tokens[j]!.end && tokens[j + 2]!.start === tokens[j + 1]!.end) j += 2;
    if (j === i && UPPER.test(t.text)) {
      while (true) {
        const dash = tokens[j + 1];
        const next = tokens[j + 2];
        if (!dash || !next || dash.text !== '-' || dash.start !== tokens[j]!.end || next.start !== dash.end) break;
        if (UPPER.test(next.text)) j += 2;
        // A romanised Korean given name (`Moon Jae-in`, `Chung Eui-yong`): two short syllables after a capitalised name word.
        else if (j === i && /^\p{Lu}\p{Ll}{1,3}$/u.test(tokens[j]!.text) && /^\p{Ll}{2,4}$/u.test(next.text) && UPPER.test(tokens[i - 1]?.text ?? '') && tokens[i - 1]!.sentence === t.sentence && !lex.notNames.has(tokens[i - 1]!.text)) j += 2;
        else if (lex.hyphenParticles.has(next.text) && tokens[j + 3]?.text === '-' && UPPER.test(tokens[j + 4]?.text ?? '') && tokens[j + 4]!.start === tokens[j + 3]!.end) j += 4;
        else break;
      }
    }
    const last = tokens[j]!;
    // The tokenizer leaves a possessive attached before a comma (`Mr Trump's, which…`): the name ends before it.
    const end = UPPER.test(t.text) && /\p{L}['’]s$/u.test(last.text) ? last.end - 2 : last.end;
    out.push({ start: t.start, end, text: text.slice(t.start, end), first: i, last: j, pos: j > i ? 'PROPN' : t.pos, sentence: t.sentence });
    i = j;
  }
  return out;
}

/**
 * `May said` after `Theresa May`: a capitalised word before a reporting verb that the article wrote
 * earlier as the last word of a name, whatever its tag (a modal, a month) or place in the sentence.
 */
function surnameSpeaker(units: readonly Unit[], k: number, lex: EnglishLexicon): boolean {
  const u = units[k]!;
  const next = units[k + 1];
  if (!next || next.sentence !== u.sentence || !lex.reportingVerbs.has(next.text)) return false;
  return units.some((x, i) => i > 0 && i < k && x.text === u.text && units[i - 1]!.sentence === x.sentence && units[i - 1]!.end + 1 === x.start && units[i - 1]!.pos === 'PROPN' && UPPER.test(units[i - 1]!.text));
}

/** Whether unit `u` can be part of a name. */
function isNameWord(u: Unit, units: readonly Unit[], k: number, tokens: readonly EnToken[], lex: EnglishLexicon): boolean {
  if (!UPPER.test(u.text) || lex.notNames.has(bare(u.text))) return false;
  if (surnameSpeaker(units, k, lex)) return true;
  if (NOT_NAME_POS.has(u.pos) && u.last === u.first && !lookupKnown(lex, u.text)) return false;
  const letters = u.text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 5 && letters === letters.toUpperCase() && !/[_\d]/.test(u.text) && !lookupKnown(lex, u.text)) return false;
  const prev = units[k - 1];
  const sentenceStart = !prev || prev.sentence !== u.sentence || (/^["“‘'(]$/.test(prev.text) && !/\S/.test(prev.start > 0 ? (tokens[prev.first - 1] && tokens[prev.first - 1]!.end === prev.start ? 'x' : ' ') : ' '));
  // At the start of a sentence, a word counts when it begins a known name (`Moon Jae-in met…`).
  const startsKnown = (): boolean => [1, 2].some((n) => units[k + n] !== undefined && lookupKnown(lex, units.slice(k, k + n + 1).map((x) => x.text).join(' ')) !== undefined);
  if (sentenceStart && u.pos !== 'PROPN' && !lookupKnown(lex, u.text) && !lex.demonyms.has(u.text) && !lex.honorifics.has(bare(u.text)) && !startsKnown()) return false;
  void tokens;
  return true;
}

/** Maximal runs of name units in one sentence, joined by `of`/`for`/`de`… when a name word follows. */
function nameRuns(units: readonly Unit[], tokens: readonly EnToken[], lex: EnglishLexicon): number[][] {
  const runs: number[][] = [];
  let cur: number[] = [];
  const flush = (): void => {
    if (cur.length) runs.push(cur);
    cur = [];
  };
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (isNameWord(u, units, k, tokens, lex)) {
      const prev = units[cur[cur.length - 1] ?? -1];
      if (prev && (prev.sentence !== u.sentence || prev.last + 1 !== u.first)) flush();
      cur.push(k);
      continue;
    }
    const next = units[k + 1];
    const afterNext = units[k + 2];
    if (cur.length && lex.connectors.has(u.text) && next && next.sentence === u.sentence) {
      if (isNameWord(next, units, k + 1, tokens, lex)) {
        cur.push(k);
        continue;
      }
      if (next.text === 'the' && afterNext && isNameWord(afterNext, units, k + 2, tokens, lex)) {
        cur.push(k, k + 1);
        k++;
        continue;
      }
    }
    flush();
  }
  flush();
  // A connector never ends a run.
  return runs.map((r) => {
    while (r.length && !UPPER.test(units[r[r.length - 1]!]!.text)) r.pop();
    return r;
  }).filter((r) => r.length > 0);
}

const cand = (start: number, end: number, type: EntityType, name: string, english: string | undefined, priority: number, known = false): Candidate => ({
  start, end, type, name, priority, ...(english ? { english } : {}), ...(known ? { known } : {}),
});
const fromKnown = (start: number, end: number, k: KnownName): Candidate => cand(start, end, k.type, k.name, k.english, 3, true);

/** `North and South Korea`: the first conjunct shares the second's head (North → North Korea). */
function ellipticalCoordination(drafts: Draft[], text: string, lex: EnglishLexicon): void {
  for (const d of drafts) {
    const { c } = d;
    if (c.known || /\s/.test(text.slice(c.start, c.end))) continue;
    const m = /^\s+and\s+\p{Lu}[\p{L}.]*\s+(\p{Lu}[\p{L}.]*)/u.exec(text.slice(c.end, c.end + 60));
    const hit = m ? lookupKnown(lex, `${text.slice(c.start, c.end)} ${m[1]}`) : undefined;
    if (hit) Object.assign(c, { type: hit.type, name: hit.name, english: hit.english, known: true, priority: 3 });
  }
}

/**
 * A one-word unknown name that is really a common word: a party or group adjective
 * (`Republican`), a single letter, or a word that only ever appears capitalised at the start of
 * a sentence (`Rescuers have…`, `Witnesses said…`).
 */
function loneCommonWord(d: Draft, text: string, units: readonly Unit[], lex: EnglishLexicon): boolean {
  const { c } = d;
  if (c.known || d.role || c.priority >= 3) return false;
  const s = text.slice(c.start, c.end);
  if (/\s/.test(s) || c.name !== s) return false;
  if (s.length < 2 || lex.notAlone.has(s)) return true;
  // A word the article also writes in lower case (`Rescue operation has…` after a caption without a full stop).
  const lower = s.toLowerCase();
  const k = units.findIndex((u) => u.start === c.start);
  if (k >= 0 && surnameSpeaker(units, k, lex)) return false;
  if (lower !== s && units.some((u) => u.text === lower)) return true;
  const opens = (u: Unit): boolean => /^["“‘'(]$/.test(u.text) && !/\S/.test(text[u.start - 1] ?? ' ') && u.text !== '”';
  const starts = (i: number): boolean => i <= 0 || units[i - 1]!.sentence !== units[i]!.sentence || opens(units[i - 1]!);
  if (!starts(k)) return false;
  // `Rizzo added:` opening a sentence names a speaker, unless the word is a kind of person (`Witnesses said`).
  const next = units[k + 1];
  const kind = [s, s.replace(/s$/, ''), s.replace(/es$/, '')].some((w) => lex.personNouns.has(w.toLowerCase()));
  if (next && next.sentence === units[k]!.sentence && lex.reportingVerbs.has(next.text) && !kind && /^\p{Lu}\p{Ll}+$/u.test(s)) return false;
  return !units.some((u, i) => u.text === s && !starts(i));
}

/** A month name in a date (`in May`, `May 5`, `May 2016`), not a name (`May said`, `Theresa May`). */
function monthAt(d: Draft, text: string, tokens: readonly EnToken[], lex: EnglishLexicon): boolean {
  const s = text.slice(d.c.start, d.c.end);
  if (!lex.monthNames.has(s)) return false;
  const i = tokens.findIndex((t) => t.start === d.c.start);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (prev !== undefined && lex.dateWordsBefore.has(prev.text.toLowerCase())) || (next !== undefined && /^\d/.test(next.text) && next.start <= d.c.end + 1);
}

/**
 * `the German`, `a Finn`, `the Briton`: a capitalised kind of person after an article and before no
 * noun is a description of a person, not the country nor a name.
 */
function personClassNoun(d: Draft, text: string, tokens: readonly EnToken[], lex: EnglishLexicon): boolean {
  const s = text.slice(d.c.start, d.c.end);
  if (!lex.personClassNames.has(s)) return false;
  const i = tokens.findIndex((t) => t.start === d.c.start);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !/^(?:the|a|an)$/i.test(prev.text) || prev.sentence !== tokens[i]!.sentence) return false;
  return !next || next.sentence !== tokens[i]!.sentence || !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos);
}

/**
 * `the Democratic President`, `the Republican Senator`: after an article, capitalised modifiers
 * ending in a title, with no name after it, are a description of the office holder, not a name.
 */
function titledDescription(d: Draft, text: string, tokens: readonly EnToken[], lex: EnglishLexicon): boolean {
  const { c } = d;
  if (c.known || c.type !== 'PERSON') return false;
  const words = text.slice(c.start, c.end).split(/\s+/);
  if (words.length < 2 || !lex.titles.has(words[words.length - 1]!.toLowerCase())) return false;
  const i = tokens.findIndex((t) => t.start === c.start);
  const prev = tokens[i - 1];
  return prev !== undefined && /^(?:the|a|an)$/i.test(prev.text) && prev.sentence === tokens[i]!.sentence;
}

/** Splits one run into titles, known names, demonyms and unknown names typed by their head. */
function splitRun(text: string, run: readonly number[], units: readonly Unit[], tokens: readonly EnToken[], lex: EnglishLexicon): Draft[] {
  const us = run.map((k) => units[k]!);
  const out: Draft[] = [];
  const surface = (a: number, b: number): string => text.slice(us[a]!.start, us[b]!.end);
  const knownAt = (k: number): { n: number; k: KnownName } | undefined => {
    for (let n = Math.min(us.length - k, lex.maxKnownWords); n >= 1; n--) {
      const hit = lookupKnown(lex, surface(k, k + n - 1));
      if (hit && (n > 1 || us[k]!.text.length > 1)) return { n, k: hit };
    }
    return undefined;
  };
  const titleAt = (k: number): number => {
    if (lex.honorifics.has(bare(us[k]!.text))) return 1;
    for (let n = Math.min(us.length - k, lex.maxTitleWords); n >= 1; n--) {
      if (lex.titles.has(surface(k, k + n - 1).toLowerCase())) return n;
    }
    return 0;
  };
  const demonymAt = (k: number): number => (k + 1 < us.length && lex.demonyms.has(`${us[k]!.text} ${us[k + 1]!.text}`) ? 2 : lex.demonyms.has(us[k]!.text) ? 1 : 0);
  // `British Transport police`, `Thames Valley police` (police in lower case, as some outlets write
  // it): the run and `police` are one force, unless the run holds a title or a known person.
  const police = us.length >= 2 ? /^\s+police\b/.exec(text.slice(us[us.length - 1]!.end, us[us.length - 1]!.end + 8)) : null;
  if (police && us.every((_, i) => !titleAt(i)) && knownAt(0)?.k.type !== 'PERSON') {
    const s = `${surface(0, us.length - 1)} Police`;
    return [{ c: cand(us[0]!.start, us[us.length - 1]!.end + police[0].length, 'ORG', s, s, 2) }];
  }
  let { role, from } = titleBefore(text, tokens, us[0]!.first, lex);
  let k = 0;
  // `The Paper`, `The Hague`: a known name that starts with the article.
  const the = tokens[us[0]!.first - 1];
  if (the && /^the$/i.test(the.text)) {
    for (let n = us.length; n >= 1; n--) {
      const hit = lookupKnown(lex, `the ${surface(0, n - 1)}`);
      if (hit) {
        out.push({ c: fromKnown(the.start, us[n - 1]!.end, hit) });
        k = n;
        break;
      }
    }
  }
  while (k < us.length) {
    const t = titleAt(k);
    const kn = knownAt(k);
    if (t > 0 && (!kn || kn.n <= t) && k + t < us.length) {
      const title = lex.titles.get(surface(k, k + t - 1).toLowerCase()) ?? bare(us[k]!.text);
      // Titles in a row are one role (`Detective Constable Tom Reilly`: a detective constable).
      role = role !== undefined && k > 0 && from !== undefined && from < us[k]!.start ? `${role} ${title.toLowerCase()}` : title;
      from ??= us[k]!.start;
      k += t;
      // `Governor of New Jersey`, `Secretary of State`: the title's complement is no name of the person.
      if (k < us.length && lex.connectors.has(us[k]!.text)) {
        role = undefined;
        from = undefined;
        k++;
        // `Deputy Director of the Central Intelligence Agency`: the article of the complement too.
        if (k < us.length && us[k]!.text === 'the') k++;
      }
      continue;
    }
    if (kn) {
      // A place followed by an organisation's or facility's name: one name (Seattle Fire Department).
      let e = k + kn.n;
      while (e < us.length && !knownAt(e) && !titleAt(e)) e++;
      const tail = bare(us[e - 1]!.text);
      // After `the`, a place and more name words are a team or a body (`the Chicago Cubs`, `the Cleveland Indians`).
      const theBefore = k === 0 && /^the$/i.test(tokens[us[0]!.first - 1]?.text ?? '') && !lex.locHeads.has(tail) && !lex.gpeHeads.has(tail);
      if (kn.k.type === 'GPE' && e > k + kn.n && (lex.orgHeads.has(tail) || lex.facHeads.has(tail) || theBefore)) {
        const s = surface(k, e - 1);
        const own = lookupKnown(lex, s);
        out.push({ c: own ? fromKnown(us[k]!.start, us[e - 1]!.end, own) : cand(us[k]!.start, us[e - 1]!.end, lex.facHeads.has(tail) ? 'FAC' : 'ORG', s, s, 2) });
        role = undefined;
        from = undefined;
        k = e;
        continue;
      }
      // `Seattle police` is the city's police force, not the city.
      const force = kn.k.type === 'GPE' && k + kn.n === us.length ? /^\s+police\b/.exec(text.slice(us[k + kn.n - 1]!.end, us[k + kn.n - 1]!.end + 8)) : null;
      if (force) {
        const s = `${surface(k, k + kn.n - 1)} Police`;
        out.push({ c: cand(us[k]!.start, us[k + kn.n - 1]!.end + force[0].length, 'ORG', s, s, 2) });
        k += kn.n;
        continue;
      }
      const c = fromKnown(us[k]!.start, us[k + kn.n - 1]!.end, kn.k);
      out.push(withRole(c, c.type === 'PERSON' ? role : undefined, from, text));
      role = undefined;
      from = undefined;
      k += kn.n;
      continue;
    }
    // The unknown segment: up to where a known name, a title or a demonym starts.
    let j = k + 1;
    while (j < us.length && !knownAt(j) && !(titleAt(j) && j + titleAt(j) < us.length) && !demonymAt(j)) j++;
    // `Bank of England`, `University of London`: a body's head, `of` and a known place are one name.
    const ofPlace = j < us.length && j - k >= 2 && lex.connectors.has(us[j - 1]!.text) ? knownAt(j) : undefined;
    const bodyHead = bare(us[j - 2]?.text ?? '');
    if (ofPlace && ofPlace.k.type === 'GPE' && (lex.orgHeads.has(bodyHead) || lex.facHeads.has(bodyHead))) j += ofPlace.n;
    // `North Wales Police`, `South Wales`: a compass word before a known place is part of the name.
    const compassed = j === k + 1 && (lex.compassWords.has(us[k]!.text) || lex.placePrefixes.has(us[k]!.text)) ? knownAt(k + 1) : undefined;
    if (compassed?.k.type === 'GPE') {
      let e = k + 1 + compassed.n;
      while (e < us.length && !knownAt(e) && !titleAt(e)) e++;
      const tail = bare(us[e - 1]!.text);
      const body = e > k + 1 + compassed.n && (lex.orgHeads.has(tail) || lex.facHeads.has(tail));
      if (!body) e = k + 1 + compassed.n;
      const s = surface(k, e - 1);
      out.push({ c: cand(us[k]!.start, us[e - 1]!.end, body ? (lex.facHeads.has(tail) ? 'FAC' : 'ORG') : 'GPE', s, s, 2) });
      role = undefined;
      from = undefined;
      k = e;
      continue;
    }
    const d = demonymAt(k);
    if (d > 0) {
      const head = bare(us[j - 1]!.text);
      if (j - k > d && (lex.facHeads.has(head) || lex.orgHeads.has(head))) {
        const s = surface(k, j - 1);
        out.push({ c: cand(us[k]!.start, us[j - 1]!.end, lex.facHeads.has(head) ? 'FAC' : 'ORG', s, s, 2) });
        k = j;
        continue;
      }
      const country = lex.demonyms.get(surface(k, k + d - 1))!;
      out.push({ c: cand(us[k]!.start, us[k + d - 1]!.end, country.type, country.name, country.english, 2, true), label: surface(k, k + d - 1) });
      k += d;
      continue;
    }
    const type = typeOf(text, us.slice(k, j), units, run[k]!, run[j - 1]!, role !== undefined, lex);
    const s = surface(k, j - 1);
    const single = j - k === 1;
    if (type === 'PERSON' && single && lex.titles.has(s.toLowerCase())) {
      k = j;
      continue;
    }
    const priority = type === 'PERSON' && single && role === undefined ? 1 : 2;
    out.push(withRole(cand(us[k]!.start, us[j - 1]!.end, type, s, s, priority), type === 'PERSON' ? role : undefined, from, text));
    role = undefined;
    from = undefined;
    k = j;
  }
  return out;
}

function withRole(c: Candidate, role: string | undefined, from: number | undefined, text: string): Draft {
  const d: Draft = { c };
  if (role) d.role = role;
  if (role && from !== undefined && from < c.start) d.label = text.slice(from, c.end);
  return d;
}

/** A lower-case title right before a name (`FBI director James Comey`, `police chief Sayed Kamal Sadat`). */
function titleBefore(text: string, tokens: readonly EnToken[], first: number, lex: EnglishLexicon): { role?: string; from?: number } {
  for (let n = Math.min(lex.maxTitleWords, first); n >= 1; n--) {
    const a = tokens[first - n]!;
    const b = tokens[first - 1]!;
    if (a.sentence !== tokens[first]!.sentence) continue;
    const phrase = text.slice(a.start, b.end).toLowerCase();
    const role = lex.titles.get(phrase);
    // Lower case (`FBI director James Comey`), or capitalised at the start of the sentence (`President Barack Obama met…`).
    const opensSentence = first - n === 0 || tokens[first - n - 1]!.sentence !== a.sentence;
    if (role && (opensSentence || (phrase === phrase.toLowerCase() && /^[a-z]/.test(text.slice(a.start, a.end))))) return { role, from: a.start };
  }
  return {};
}

/** The type of an unknown name from its head word, a title, the word after it and a locative preposition before it. */
function typeOf(text: string, us: readonly Unit[], units: readonly Unit[], firstIdx: number, lastIdx: number, titled: boolean, lex: EnglishLexicon): EntityType {
  const head = bare(us[us.length - 1]!.text);
  const multi = us.length > 1;
  if (multi && lex.gpeHeads.has(head)) return 'GPE';
  if (multi && lex.locHeads.has(head)) return 'LOC';
  if (multi && lex.facHeads.has(head)) return 'FAC';
  if (multi && lex.orgHeads.has(head)) return 'ORG';
  if (multi && lex.eventHeads.has(head)) return 'EVENT';
  // `Bureau of Meteorology`, `Gulf of Mexico`: the head before `of`.
  const of = us.findIndex((u, i) => i > 0 && lex.connectors.has(u.text));
  const first = of > 0 ? bare(us[of - 1]!.text) : '';
  if (lex.gpeHeads.has(first)) return 'GPE';
  if (lex.locHeads.has(first)) return 'LOC';
  if (lex.facHeads.has(first)) return 'FAC';
  if (lex.orgHeads.has(first)) return 'ORG';
  if (lex.eventHeads.has(first)) return 'EVENT';
  if (titled) return 'PERSON';
  if (multi && lex.compassWords.has(us[0]!.text)) return 'GPE';
  const after = units[lastIdx + 1];
  if (after && lex.placeWordsAfter.has(after.text) ) return 'GPE';
  if (after && lex.facWordsAfter.has(after.text)) return 'FAC';
  if (after && /^(?:police|authorities|officials|residents|council|government)$/i.test(after.text) && !multi) return 'GPE';
  const letters = head.replace(/[^\p{L}]/gu, '');
  if (!multi && letters.length >= 2 && letters === letters.toUpperCase()) return 'ORG';
  // `the Cubs`, `the Guardian`: a person's name takes no article.
  if (!multi && /^the$/i.test(units[firstIdx - 1]?.text ?? '') && !lex.titles.has(head.toLowerCase()) && !lex.personNouns.has(head.toLowerCase())) return 'ORG';
  const before = units[firstIdx - 1];
  const before2 = units[firstIdx - 2];
  const notLocative = before?.text.toLowerCase() === 'to' && before2 !== undefined && lex.toNotLocativeAfter.has(before2.text.toLowerCase());
  // `Gareth Pryce, 23, of Mold`: `of` after a comma gives where someone is from.
  const ofPlace = before?.text === 'of' && before2 !== undefined && (lex.placeWordsAfter.has(before2.text.toLowerCase()) || before2.text === ',');
  if (before && !notLocative && (lex.locative.has(before.text.toLowerCase()) || ofPlace)) {
    return multi && us.length > 2 ? 'PERSON' : 'GPE';
  }
  void text;
  return 'PERSON';
}

/**
 * Within one article: a one-word person (or unknown) name that is the last word of a full name
 * becomes that person (`Comey` → `James Comey`), a known surname its known person, an acronym the
 * organisation whose initials it spells; other lone unknown words stay only when they look like names.
 */
function linkShortForms(drafts: Draft[], text: string, lex: EnglishLexicon): void {
  spellingVariants(drafts);
  const full = new Map<string, Candidate>();
  for (const { c } of drafts) {
    if (c.type !== 'PERSON' || !(c.english ?? c.name).includes(' ')) continue;
    full.set(familyName(c.english ?? c.name, c.name), c);
  }
  // `Zhao Zicong` … `little Zhao`: a name in Chinese order is shortened to its first word too.
  for (const { c } of drafts) {
    const first = c.type === 'PERSON' ? chineseFamilyName(c.english ?? c.name) : undefined;
    if (first && !full.has(first)) full.set(first, c);
  }
  const orgs = drafts.filter(({ c }) => (c.type === 'ORG' || c.type === 'FAC') && c.name.includes(' '));
  // `the Cubs` after `the Chicago Cubs`: the one organisation whose name ends with the word.
  const orgLast = new Map<string, Candidate | null>();
  for (const { c } of orgs) {
    if (c.type !== 'ORG') continue;
    const last = (c.english ?? c.name).split(' ').pop()!;
    const seen = orgLast.get(last);
    orgLast.set(last, seen === undefined || seen?.name === c.name ? c : null);
  }
  for (const d of drafts) {
    const { c } = d;
    const s = text.slice(c.start, c.end);
    if (s.includes(' ') || c.known) continue;
    const org = orgLast.get(s);
    if (org && !full.has(s) && (c.type === 'ORG' || (c.type === 'PERSON' && !d.role && c.priority <= 1))) {
      Object.assign(c, { name: org.name, type: org.type, priority: 2, ...(org.english ? { english: org.english } : {}) });
      continue;
    }
    const to = full.get(s) ?? (c.type === 'PERSON' ? lex.surnames.get(s) : undefined);
    if (to && (c.type === 'PERSON' || c.priority <= 2)) {
      const next = 'priority' in to ? to : { name: to.name, type: to.type, english: to.english, known: true };
      Object.assign(c, { name: next.name, type: next.type, priority: 2, ...(next.english ? { english: next.english } : {}), ...(next.known ? { known: true } : {}) });
      continue;
    }
    if (c.type === 'ORG' && /^\p{Lu}{2,6}$/u.test(s)) {
      const org = orgs.find(({ c: o }) => initials(o.name) === s);
      if (org) Object.assign(c, { name: org.c.name, type: org.c.type, english: org.c.english ?? org.c.name });
    }
  }
}

/**
 * One article spelling a romanised Chinese name two ways (`Zhao Zicong`, `Zhao Sicong`, see
 * `spellingVariant`): one person, under the spelling the article uses more often (the first on a
 * tie; the comparison's linking settles it across outlets). Known names stay apart.
 */
function spellingVariants(drafts: Draft[]): void {
  const persons = drafts.filter(({ c, nominal: n }) => !n && c.type === 'PERSON' && !c.known && chineseFamilyName(c.english ?? c.name) !== undefined);
  const count = new Map<string, { n: number; first: number; c: Candidate }>();
  for (const { c } of persons) {
    const k = c.english ?? c.name;
    const seen = count.get(k);
    count.set(k, { n: (seen?.n ?? 0) + 1, first: seen?.first ?? c.start, c: seen?.c ?? c });
  }
  const to = new Map<string, Candidate>();
  for (const [a, x] of count) {
    for (const [b, y] of count) {
      if (spellingVariant(a, b) && (y.n > x.n || (y.n === x.n && y.first < x.first))) to.set(a, y.c);
    }
  }
  for (const { c } of persons) {
    const t = to.get(c.english ?? c.name);
    if (t) Object.assign(c, { name: t.name, ...(t.english ? { english: t.english } : {}) });
  }
}

const initials = (name: string): string =>
  name.split(/[\s-]+/).filter((w) => UPPER.test(w)).map((w) => w[0]).join('');

/** Words that end an apposition or description without being part of it. */
const APPOSITION = /^,\s+(?:\d{1,3},\s+)?((?:the|a|an)\s+)?((?:[^,.;:!?"“”()]|\.(?=\S|\s+\p{Ll})){2,90}?)(?=(?:\s+\([^()]{1,20}\))?\s*(?:,|\.(?:\s+[\p{Lu}"“]|$)|;|\s+(?:said|says|told|added|has|had|was|is|who|which)\b|$))/u;

/**
 * Appositions: `NAME, the/a … HEAD,` and `A/The … HEAD, NAME,` tie the description to the name's
 * referent (`James Comey, the FBI director`; `A Taliban spokesman, Zabihullah Mujahid`); a person's
 * head noun becomes one of their roles.
 */
function appositions(text: string, doc: EnDoc, items: readonly Draft[], lex: EnglishLexicon): Draft[] {
  const out: Draft[] = [];
  const taken = (a: number, b: number): boolean => items.some(({ c }) => c.start < b && c.end > a && !(c.start >= a && c.end <= b));
  for (const it of items) {
    const { c } = it;
    const after = APPOSITION.exec(text.slice(c.end, c.end + 120));
    if (after) {
      const start = c.end + after[0].length - (after[1] ?? '').length - (after[2] ?? '').length;
      const end = c.end + after[0].length;
      const h = headOf(text.slice(start, end), lex, c.type);
      // Without an article, a lower-case description, or a capitalised one made of title words and
      // names (`Chris Christie, Governor of New Jersey`; `Anthony Zurcher, BBC North America reporter`).
      const capitalised = (): boolean =>
        doc.tokens.every((t) => t.end <= start || t.start >= end || !UPPER.test(t.text) || lex.titleWords.has(t.text.toLowerCase()) || items.some(({ c: o }) => o.start <= t.start && o.end >= t.end));
      const opens = after[1] !== undefined || /^\p{Ll}/u.test(after[2] ?? '') || capitalised();
      // `Sentencing Hale, the judge said`: after a name inside its sentence, a description that a
      // verb follows without a comma is that verb's subject, not an apposition.
      // A relative pronoun after it (`, a former director of the agency who left`) keeps it an apposition.
      const subject = /^\s+\p{Ll}/u.test(text.slice(end, end + 2)) && !/^\s+(?:who|which|whose)\b/.test(text.slice(end, end + 8)) && !/,\s*$/.test(after[0]) && !opensClause(doc, c.start, lex, text);
      if (h && opens && !subject && !taken(start, end) && !hasVerb(doc, start, end)) out.push(nominal(text, c, start, end, h, items, it));
    }
    // `A Taliban spokesman, Zabihullah Mujahid,`
    // `Its chief executive, Ingrid Solberg,`, `Trump's campaign manager, Kellyanne Conway,`: a possessive
    // determiner too. The nearest determiner whose phrase has a head wins (`the laptop of her aide, Huma Abedin`).
    // `The boy, named Zhao Zicong by Chinese media,`: a description that introduces the name.
    const full = text.slice(Math.max(0, c.start - 80), c.start);
    const named = full.replace(/(,\s+)(?:named|identified|called)(?:\s+as)?\s+$/, '$1');
    const introduced = named.length < full.length;
    // `Trump's Democratic rival, former Secretary of State Hillary Clinton,`: a title before the name.
    const titled = /,\s+((?:[\p{L}.'’-]+\s+){1,6})$/u.exec(named);
    const window = titled && lex.titles.has(titled[1]!.trim().toLowerCase().replace(/^(?:former|then|ex-|then-)\s*/, '')) ? named.slice(0, named.length - titled[1]!.length) : named;
    if (/,\s+$/.test(window) && (introduced || /^(?:,|[.;](?:\s|$)|['’]s\b)/.test(text.slice(c.end, c.end + 3)))) {
      for (let from = window.length - 2; from >= 0; from--) {
        const m = /^((?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|\p{Lu}[\p{L}.]*['’]s)\s+[^,.;:!?"“”()]{2,60}),\s+$/u.exec(window.slice(from));
        if (!m || (from > 0 && !/[\s]/.test(window[from - 1]!))) continue;
        const start = c.start - full.length + from;
        const end = start + m[1]!.length;
        const h = headOf(m[1]!, lex, c.type);
        if (h && !hasVerb(doc, start, end)) {
          out.push(nominal(text, c, start, end, h, items, it));
          break;
        }
      }
    }
  }
  return out;
}

/** Whether the name at `at` opens its sentence (titles and honorifics aside). */
function opensClause(doc: EnDoc, at: number, lex: EnglishLexicon, text: string): boolean {
  const i = doc.tokens.findIndex((t) => t.start >= at);
  const sentence = doc.tokens[i]?.sentence;
  for (let k = i - 1; k >= 0 && doc.tokens[k]!.sentence === sentence; k--) {
    const w = text.slice(doc.tokens[k]!.start, doc.tokens[k]!.end);
    if (!/^["“‘'(]$/.test(w) && !lex.titles.has(w.toLowerCase()) && !lex.honorifics.has(bare(w))) return false;
  }
  return true;
}

/** The last `n` words of a name, lower-cased, abbreviations written out (`Seattle Police Dept.` → `police department`). */
function tailWords(name: string, n: number, lex: EnglishLexicon): string {
  const ws = name.split(/\s+/).map((w) => {
    const b = w.replace(/\.$/, '');
    return (lex.abbreviations.get(b) ?? b).toLowerCase();
  });
  return ws.length > n ? ws.slice(-n).join(' ') : '';
}

/**
 * A lower-case description repeating the last words of an organisation or facility the article
 * names (`the transport police` after British Transport Police, `the police department` for
 * Seattle Police Dept., `the ambulance service`) is a nominal of that name. Two words at
 * least, so `the police` or `the service` alone names no one by this rule.
 */
function shortForms(text: string, doc: EnDoc, items: readonly Draft[], lex: EnglishLexicon): Draft[] {
  const out: Draft[] = [];
  const toks = doc.tokens;
  const named = items.filter(({ c, nominal: n }) => !n && c.priority > 0 && (c.type === 'ORG' || c.type === 'FAC'));
  for (let i = 0; i < toks.length; i++) {
    const det = toks[i]!;
    if (det.text.toLowerCase() !== 'the') continue;
    for (const n of [3, 2]) {
      const ws = toks.slice(i + 1, i + 1 + n);
      if (ws.length < n || ws.some((t) => t.sentence !== det.sentence || !/^\p{Ll}+$/u.test(t.text))) continue;
      const next = toks[i + 1 + n];
      // The phrase must end the noun phrase (`the police department spokesman` is someone else).
      if (next && next.sentence === det.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN') && /^\p{L}/u.test(next.text)) continue;
      const phrase = ws.map((t) => t.text).join(' ');
      const fits = ({ c }: Draft): boolean => tailWords(c.english ?? c.name, n, lex) === phrase;
      // The nearest such name before, else the first after (a closing credit or an embedded post).
      const target = named.filter(({ c }) => c.end <= det.start).reverse().find(fits) ?? named.find((d) => d.c.start > det.start && fits(d));
      if (!target) continue;
      out.push(nominal(text, target.c, det.start, ws[n - 1]!.end, ws[n - 1]!.text, items));
      i += n;
      break;
    }
  }
  return out;
}

/** The nominal head at the end of a description (last word or two), if it fits the referent's type. */
function headOf(phrase: string, lex: EnglishLexicon, type: EntityType): string | undefined {
  const ws = phrase.toLowerCase().replace(/\s+(?:of|for|in|at|on|from|with)\s.*$/, '').split(/\s+/);
  for (const n of [2, 1]) {
    const h = ws.slice(-n).join(' ');
    const t = lex.nominalHeads.get(h) ?? (lex.titles.has(h) || lex.personNouns.has(h) ? 'PERSON' : undefined);
    if (t === type || (t && type === 'PERSON' && lex.titles.has(h))) return lex.titles.get(h) ?? h;
  }
  // `a 19-year-old student`, `a 42-year-old from Leeds`: an age describes a person.
  const age = /\b(\d{1,3}-year-old)\b/.exec(phrase);
  return type === 'PERSON' && age ? age[1] : undefined;
}

function hasVerb(doc: EnDoc, start: number, end: number): boolean {
  return doc.tokens.some((t) => t.start >= start && t.end <= end && (t.pos === 'VERB' || t.pos === 'AUX') && !/(?:ed|ing)$/.test(t.text) && !UPPER.test(t.text));
}

/** A nominal mention of `c`'s referent over `[start, end)`, cut after any name inside it. */
function nominal(text: string, c: Candidate, start: number, end: number, head: string, items: readonly Draft[], holder?: Draft): Draft {
  let s = start;
  let e = end;
  const inner = items.filter(({ c: o }) => o.start >= start && o.end <= end && o !== c).map(({ c: o }) => o);
  // The head as written (`press secretary` for the role `spokesman`): else the last word.
  const span = text.slice(start, end).toLowerCase();
  const found = span.lastIndexOf(head.split(' ')[0]!);
  const at = start + (found >= 0 ? found : span.trimEnd().search(/\S+$/));
  for (const o of inner) {
    if (o.end <= at) s = Math.max(s, o.end);
    else e = Math.min(e, o.start);
  }
  while (s < e && /[\s'’s-]/.test(text[s] ?? '') && !/^\w{2}/.test(text.slice(s, s + 2))) s++;
  while (e > s && /[\s,]/.test(text[e - 1] ?? '')) e--;
  while (/\s(?:of|the|in|for|at|a|an|from|with|on|by)$/.test(text.slice(s, e))) e = s + text.slice(s, e).replace(/\s+(?:of|the|in|for|at|a|an|from|with|on|by)$/, '').length;
  if (holder && c.type === 'PERSON' && !holder.role) holder.role = head;
  return { c: { ...c, start: s, end: e, priority: 0 }, role: head, label: text.slice(start, end), nominal: true };
}

/**
 * Definite descriptions (`the president`, `The President-elect`, `the FBI director`, `the
 * consulate`, `the city`, `the country`) tied to the referent they describe: a person whose role
 * (title, apposition or known role) has that head, most recent first; the last facility or
 * organisation whose name ends with the head; the last city or country.
 */
function definiteDescriptions(text: string, doc: EnDoc, items: readonly Draft[], lex: EnglishLexicon): Draft[] {
  const out: Draft[] = [];
  const covered = (a: number, b: number): boolean => items.some(({ c }) => c.start < b && c.end > a && !(c.start >= a && c.end <= b));
  const toks = doc.tokens;
  const unresolved = new Set<string>();
  const pending: { start: number; end: number; type: EntityType; role: string }[] = [];
  const agesTo = ageNouns(toks, lex);
  // The one referent an apposition of the article describes by a head of that kind (`the child, named
  // Zhao Zicong,`): stronger evidence than salience for every description of that kind.
  const introduced = items.filter((d) => d.nominal && d.role);
  const introducedAs = (type: EntityType, heads: readonly string[]): Candidate | undefined => {
    const found = new Map<string, Candidate>();
    for (const d of introduced) if (d.c.type === type && heads.some((h) => sameKind(d.role!, h, lex))) found.set(d.c.name, d.c);
    return found.size === 1 ? [...found.values()][0] : undefined;
  };
  // A match report (a score such as `2-1` or `8-7`) may name its teams by their role.
  const matchReport = /\b\d{1,2}-\d{1,2}\b/.test(text);
  const teamsByRole = new Map<string, string>();
  // Its teams: the organisations it names, and clubs named like a town (`Harlow Town`, `Stoke City`: not a known place).
  const teams = items.filter(({ c, nominal: n }) => !n && c.priority > 0 && (c.type === 'ORG' ? !lex.media.has(c.english ?? c.name) : c.type === 'GPE' && !c.known && /\s(?:Town|City)$/.test(c.english ?? c.name)));
  const teamFor = (role: 'home' | 'away' | 'own', at: number, end: number): Candidate | undefined => {
    if (role === 'own') {
      // `Paul Jennings, who manages Castleford Rovers, said his side…`: the team named before it in its sentence.
      const sentence = toks.find((t) => t.start >= at)?.sentence;
      return teams.filter(({ c }) => c.end <= at && toks.find((t) => t.start >= c.start)?.sentence === sentence).pop()?.c;
    }
    // The most mentioned team so far (the first named on a tie), not the one holding the other role.
    const other = teamsByRole.get(role === 'home' ? 'away' : 'home');
    const count = new Map<string, { n: number; c: Candidate }>();
    for (const { c } of teams) if (c.start < at && c.name !== other) count.set(c.name, { n: (count.get(c.name)?.n ?? 0) + 1, c: count.get(c.name)?.c ?? c });
    void end;
    return [...count.values()].sort((a, b) => b.n - a.n)[0]?.c;
  };
  const persons = items.filter(({ c }) => c.type === 'PERSON');
  // Roles the article itself gave before the description (a title before the name, an apposition)
  // come first; then any role the article gives, and the name table's.
  // Roles from what the article says they did or underwent (`was arrested`: the suspect).
  const acted = actRolesOf(text, items, lex);
  const rolesBefore = (at: number): Map<string, Set<string>> => {
    const out = new Map<string, Set<string>>();
    for (const p of persons) {
      const set = out.get(p.c.name) ?? new Set<string>();
      if (p.role && p.c.start < at) set.add(p.role.toLowerCase());
      out.set(p.c.name, set);
    }
    for (const a of acted) if (a.at < at) for (const r of a.roles) out.get(a.name)?.add(r);
    return out;
  };
  const knownRolesOf = new Map<string, Set<string>>();
  for (const p of persons) {
    const known = knownRolesOf.get(p.c.name) ?? new Set<string>();
    if (p.role) known.add(p.role.toLowerCase());
    if (p.c.known) for (const r of lookupKnown(lex, p.c.english ?? '')?.roles ?? []) known.add(r);
    knownRolesOf.set(p.c.name, known);
  }
  for (const a of acted) for (const r of a.roles) knownRolesOf.get(a.name)?.add(r);
  const ages = agesOf(text, items);
  const countryOf = personCountries(text, items, lex);
  const mainCountry = mainCountryOf(items, countryOf, lex);
  // Descriptions resolved so far join the chain: a referent described lately is still salient.
  const chain: Draft[] = [...items];
  const countryIn = (a: number, b: number): string | undefined =>
    items.find(({ c }) => c.start >= a && c.end <= b && c.type === 'GPE' && lex.countries.has(c.name))?.c.name;
  // The persons that are subjects of the clause holding `at`: mentioned (by name or a tied
  // description) in its sentence before it, at the start of a clause and followed by a verb, with
  // no clause boundary between them and `at`.
  const clauseSubjects = (at: number): Set<string> => {
    const out = new Set<string>();
    const k = toks.findIndex((t) => t.start >= at);
    if (k < 0) return out;
    const sentence = toks[k]!.sentence;
    let first = k;
    while (first > 0 && toks[first - 1]!.sentence === sentence) first--;
    const from = toks[first]!.start;
    for (const { c } of chain) {
      if (c.type !== 'PERSON' || c.end > at || c.start < from) continue;
      const a = toks.findIndex((t) => t.start >= c.start);
      const b = toks.findIndex((t) => t.start >= c.end);
      if (a < 0 || b < 0 || toks[a]!.sentence !== sentence) continue;
      const prev = toks[a - 1];
      const opens = !prev || prev.sentence !== sentence || /^[,;:"“]$/.test(prev.text) || prev.pos === 'SCONJ' || prev.pos === 'CCONJ' || /^(?:as|while|when|after|before|because)$/i.test(prev.text);
      const next = toks[b];
      if (opens && next && next.start < at && (next.pos === 'VERB' || next.pos === 'AUX') && !/(?:,\s+(?:and|but|while|before|after|as)\s|;\s|[.!?]["”]?\s)/.test(text.slice(c.end, at))) out.add(c.name);
    }
    return out;
  };
  const push = (target: Candidate, start: number, end: number, role: string): void => {
    const d = nominal(text, target, start, end, role, items);
    if (d.c.end > d.c.start) {
      out.push(d);
      chain.push(d);
    }
  };
  for (let i = 0; i < toks.length; i++) {
    const det = toks[i]!;
    if (!DETERMINERS.has(det.text.toLowerCase())) continue;
    // `the 23-year-old (man)`: the person the article gave that age, else the salient person.
    const age = ageAt(toks, i + 1, lex);
    if (age && toks[i + 1]!.sentence === det.sentence) {
      let e = age.last;
      while (e + 1 < toks.length && e < age.last + 2 && toks[e + 1]!.pos === 'NOUN' && toks[e + 1]!.sentence === det.sentence) e++;
      const end = toks[e]!.end;
      if (!covered(det.start, end)) {
        const aged = pickPerson(items, det.start, (c) => ages.get(c.name)?.has(age.years) ?? false);
        const target = aged ?? introducedAs('PERSON', [`${age.years}-year-old`, ...(agesTo.get(`${age.years}-year-old`) ?? [])]) ?? (/^(?:the|this|that)$/i.test(det.text) ? salient('PERSON', 'person', det.start, chain, knownRolesOf, lex, doc, text) : undefined);
        if (target) push(target, det.start, end, `${age.years}-year-old`);
        else pending.push({ start: det.start, end, type: 'PERSON', role: `${age.years}-year-old` });
      }
      i = e;
      continue;
    }
    // `the visitors`, `the hosts`, `his side`: a team by its role in a match report.
    const team = matchReport ? teamRoleAt(toks, i, lex) : undefined;
    if (team) {
      const end = toks[team.last]!.end;
      const target = covered(det.start, end) ? undefined : teamFor(team.role, det.start, end);
      if (target) {
        push(target, det.start, end, team.role);
        if (team.role !== 'own') teamsByRole.set(team.role, target.name);
      }
      i = team.last;
      continue;
    }
    // A title with a complement (`the secretary of state`, `the attorney general`) read whole.
    let whole: { j: number; head: string } | undefined;
    for (let n = Math.min(lex.maxTitleWords, toks.length - i - 1); n >= 2; n--) {
      const last = toks[i + n]!;
      const phrase = text.slice(toks[i + 1]!.start, last.end).toLowerCase();
      if (last.sentence === det.sentence && phrase.includes(' of ') && lex.titles.has(phrase)) {
        whole = { j: i + n, head: phrase };
        break;
      }
    }
    // Up to four modifiers, then the head (one or two words, or a hyphenated head such as president-elect).
    // Hyphens and the words they join (`commander-in-chief`) do not count as modifiers.
    for (let j = whole?.j ?? i + 1, limit = i + 7; j < Math.min(toks.length, limit); j++) {
      // A possessive (`the service's team`, `the town 's`) ends the description at the possessor.
      const split = /^['’]s$/.test(toks[j + 1]?.text ?? '') && toks[j + 1]!.start === toks[j]!.end;
      const t = toks[j]!;
      // A word joined by a hyphen (`president-elect`, `commander-in-chief`) is part of the head, whatever its tag.
      const joined = toks[j - 1]?.text === '-' && toks[j - 1]!.end === t.start;
      if (joined || t.text === '-') limit++;
      if (t.sentence !== det.sentence || t.pos === 'PUNCT' && t.text !== '-' || t.pos === 'VERB' && !joined || !whole && !joined && (t.pos === 'ADP' || t.pos === 'DET')) break;
      const possessive = split || /\p{L}['’]s$/u.test(t.text);
      const end = possessive && !split ? t.end - 2 : t.end;
      const phrase = text.slice(toks[i + 1]!.start, end).toLowerCase();
      // `the then-businessman`, `the ex-minister`: a time prefix is no part of the head.
      const words = phrase.split(/\s+/).map((w) => w.replace(TIME_PREFIX, ''));
      const lastWords = [words.slice(-2).join(' '), words[words.length - 1]!];
      const head = whole?.head ?? lastWords.find((w) => lex.nominalHeads.has(w) || lex.titles.has(w) || (lex.personNouns.has(w) && (t.pos === 'NOUN' || t.pos === 'PROPN' || lex.personClassNames.has(t.text))));
      whole = undefined;
      if (!head && possessive) break;
      if (!head) continue;
      const next = split ? undefined : toks[j + 1];
      // `the leader of North Korea`: the country after `of` qualifies the head like a demonym before it.
      const ofCountry = next?.text === 'of' ? items.find(({ c }) => c.start === toks[j + 2]?.start && c.type === 'GPE' && lex.countries.has(c.name)) : undefined;
      if (!ofCountry && next && (next.text === '-' || UPPER.test(next.text) && next.pos === 'PROPN' && !lex.notNames.has(next.text) || next.text === 'of' && UPPER.test(toks[j + 2]?.text ?? ''))) continue;
      if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.start === end + 1 && !lex.notNames.has(next.text)) continue;
      if (covered(det.start, end)) break;
      // `the Central Intelligence Agency`: the head is part of a name, not a description.
      if (items.some(({ c }) => c.start < end && c.end > t.start)) break;
      const type = lex.nominalHeads.get(head) ?? 'PERSON';
      const role = lex.titles.get(head) ?? head;
      // Modifiers that name the referent must be in its name (`the police department` is not the Fire Department).
      const modifiers = phrase.split(/\s+/).slice(0, -head.split(' ').length).filter((w) => lex.orgHeads.has(w.charAt(0).toUpperCase() + w.slice(1)) || lex.facHeads.has(w.charAt(0).toUpperCase() + w.slice(1)));
      // `the North Korean leader`, `the Japanese leader`: a country among the modifiers, or after `of`.
      const country = type === 'PERSON' ? (ofCountry?.c.name ?? countryIn(det.start, t.start)) : undefined;
      // Only `the/this/that …` without a restrictive complement (`the boy who fell`, `the driver of the tram`) may fall back to salience.
      const defining = !/^(?:the|this|that)$/i.test(det.text) || (!ofCountry && /^(?:who|that|which|whose|of)$/i.test(next?.text ?? ''));
      // A description that named no one before (an unnamed participant: `the driver`) names no one later either.
      const unnamed = unresolved.has(head);
      // `the Cleveland team`: a place among the modifiers picks the organisation named with it.
      const place = type === 'ORG' ? items.find(({ c }) => c.start >= det.start && c.end <= t.start && c.type === 'GPE') : undefined;
      const placed = place
        ? pickOrg(items, det.start, (c) => c.type === 'ORG' && (c.english ?? c.name).split(/\s+/).includes(text.slice(place.c.start, place.c.end)))
        : undefined;
      // A person who is the subject of the description's own clause is not what it describes
      // (`the billionaire led his campaign with attacks on the current US leader`).
      const skip = type === 'PERSON' ? clauseSubjects(det.start) : new Set<string>();
      // `the force of the blast`, `the building of a wall`: a body or place with a lower-case `of`
      // complement is a thing of that complement, not a named referent.
      const thingOf = (type === 'ORG' || type === 'FAC') && next?.text === 'of' && /^\p{Ll}/u.test(toks[j + 2]?.text ?? '');
      const target = thingOf ? undefined : placed ?? (country
        ? byCountry(role, country, det.start, items, knownRolesOf, countryOf, lex, skip)
        : antecedent(type, role, head, det.start, items, rolesBefore(det.start), lex, modifiers, skip, type === 'GPE' ? mainCountry : undefined) ??
          antecedent(type, role, head, det.start, items, knownRolesOf, lex, modifiers, skip) ??
          introducedAs(type, [role]) ??
          (defining || unnamed ? undefined : salient(type, head, det.start, chain, knownRolesOf, lex, doc, text, phrase.split(/\s+/).slice(0, -head.split(' ').length))));
      if (!target) unresolved.add(head);
      if (target) push(target, det.start, end, role);
      else if (/^(?:the|this|that)$/i.test(det.text) && !thingOf) pending.push({ start: det.start, end, type, role });
      i = j;
      // `The boy's uncle`: the noun after the possessive is someone else, the one the article gave
      // that role (`The boy's uncle, Song Jiandang`); its span is the noun alone.
      const owned = possessive ? toks[split ? j + 2 : j + 1] : undefined;
      const w = owned?.text.toLowerCase() ?? '';
      const after = toks[(split ? j + 2 : j + 1) + 1];
      if (owned && owned.sentence === det.sentence && owned.pos === 'NOUN' && lex.personNouns.has(w) && !(after && after.sentence === det.sentence && (after.pos === 'NOUN' || after.pos === 'PROPN'))) {
        const r = lex.titles.get(w) ?? w;
        const other = antecedent('PERSON', r, w, det.start, items, rolesBefore(det.start), lex) ?? antecedent('PERSON', r, w, det.start, items, knownRolesOf, lex) ?? introducedAs('PERSON', [r]);
        if (other && other.name !== target?.name) push(other, owned.start, owned.end, r);
        i = split ? j + 2 : j + 1;
      }
      break;
    }
  }
  // `Mr President`, `Madam Speaker`: an honorific before a bare title addresses the holder of that
  // office, the person the article gave it (else the name table's holder named in it).
  for (let i = 0; i + 1 < toks.length; i++) {
    const hon = toks[i]!;
    if (!/^(?:Mr|Mister|Madam|Madame)\.?$/.test(hon.text)) continue;
    const t = toks[i + 1]!;
    const after = toks[i + 2];
    const h = t.text.toLowerCase();
    if (t.sentence !== hon.sentence || !UPPER.test(t.text) || !lex.titles.has(h) || lex.honorifics.has(t.text)) continue;
    if (after && after.sentence === t.sentence && UPPER.test(after.text) && after.start === t.end + 1) continue;
    if (covered(hon.start, t.end) || items.some(({ c }) => c.start < t.end && c.end > hon.start)) continue;
    const role = lex.titles.get(h) ?? h;
    const target = antecedent('PERSON', role, h, hon.start, items, rolesBefore(hon.start), lex) ?? antecedent('PERSON', role, h, hon.start, items, knownRolesOf, lex);
    if (target) push(target, hon.start, t.end, role);
  }
  // A description left untied takes the one referent the article ties to a description of the same
  // kind elsewhere, before or after it (`The boy, named Zhao Zicong,` … `the trapped boy`, `the child`).
  const tied = [...items, ...out].filter((d) => d.nominal && d.role);
  for (const p of pending) {
    const heads = [p.role, ...(agesTo.get(p.role) ?? [])];
    const targets = new Map<string, Candidate>();
    for (const d of tied) if (d.c.type === p.type && heads.some((h) => sameKind(d.role!, h, lex))) targets.set(d.c.name, d.c);
    if (targets.size === 1) push([...targets.values()][0]!, p.start, p.end, p.role);
  }
  officeRelatives(text, toks, items, out, knownRolesOf, lex, covered);
  return out;
}

/**
 * The article's main country, what `the country` and `this nation` mean: each mention of a country
 * counts once, and so does each mention of a person the article (or the name table) gives that
 * country, over the whole article. It must have at least twice the next country's count; the
 * mention returned is the country's first.
 */
function mainCountryOf(items: readonly Draft[], countryOf: ReadonlyMap<string, string>, lex: EnglishLexicon): Candidate | undefined {
  const first = new Map<string, Candidate>();
  const score = new Map<string, number>();
  for (const { c, nominal: n } of items) {
    if (n || c.priority <= 0) continue;
    const country = c.type === 'GPE' && lex.countries.has(c.name) ? c.name : c.type === 'PERSON' ? countryOf.get(c.name) : undefined;
    if (!country) continue;
    score.set(country, (score.get(country) ?? 0) + 1);
    if (c.type === 'GPE' && !first.has(country)) first.set(country, c);
  }
  const [top, next] = [...score].sort((a, b) => b[1] - a[1]);
  if (!top || (next && top[1] < 2 * next[1])) return undefined;
  return first.get(top[0]);
}

/**
 * `Obama congratulated his successor`, `the president and his successor`, `Trump called his
 * predecessor`: the possessor is the person coordinated right before (`X and his`), else the first
 * person of the sentence that is no modifier (`Trump backer`); the successor is whoever the article
 * makes elect to one of the possessor's offices (`President-elect Donald Trump`), the predecessor
 * the latest person named before who holds the office the possessor is elect to.
 */
function officeRelatives(
  text: string, toks: readonly EnToken[], items: readonly Draft[], out: Draft[], rolesOf: ReadonlyMap<string, Set<string>>, lex: EnglishLexicon,
  covered: (a: number, b: number) => boolean,
): void {
  const sentenceOf = (pos: number): number | undefined => toks.find((t) => t.start >= pos)?.sentence;
  const persons = [...items, ...out].filter(({ c }) => c.type === 'PERSON').sort((a, b) => a.c.start - b.c.start);
  const roles = (name: string): Set<string> => {
    const set = new Set(rolesOf.get(name) ?? []);
    for (const d of persons) if (d.c.name === name && d.role) set.add(d.role.toLowerCase());
    return set;
  };
  for (let i = 0; i + 1 < toks.length; i++) {
    const det = toks[i]!;
    const noun = toks[i + 1]!;
    const relation = /^(?:his|her)$/i.test(det.text) ? lex.officeRelations.get(noun.text.toLowerCase()) : undefined;
    if (!relation || noun.sentence !== det.sentence || covered(det.start, noun.end) || out.some(({ c }) => c.start < noun.end && c.end > det.start)) continue;
    const before = persons.filter(({ c }) => c.end <= det.start && sentenceOf(c.start) === det.sentence);
    const coordinated = before.find(({ c }) => /^\s+and\s+$/.test(text.slice(c.end, det.start)));
    const subject = before.find(({ c }) => !/^\s+\p{Ll}+\s/u.test(text.slice(c.end, c.end + 40)) || /^\s+(?:and|said|says|told|who|has|had|was|is)\s/.test(text.slice(c.end, c.end + 40)) || toks.find((t) => t.start > c.end)?.pos !== 'NOUN');
    const owner = (coordinated ?? subject)?.c;
    if (!owner) continue;
    const mine = roles(owner.name);
    const others = persons.filter(({ c }) => c.name !== owner.name);
    const fits = (name: string): boolean => {
      const theirs = roles(name);
      return relation === 'elect'
        ? [...mine].some((r) => !r.endsWith('-elect') && theirs.has(`${r}-elect`))
        : [...mine].some((r) => r.endsWith('-elect') && theirs.has(r.slice(0, -'-elect'.length)));
    };
    const found = relation === 'elect' ? others.find(({ c }) => fits(c.name)) : others.filter(({ c }) => c.start < det.start && fits(c.name)).pop();
    if (found) out.push(nominal(text, found.c, det.start, noun.end, noun.text.toLowerCase(), items));
  }
}

/** A team's role in a match after the determiner at `i` (`the visitors`, `the home side`, `his side`), and its last token. */
function teamRoleAt(toks: readonly EnToken[], i: number, lex: EnglishLexicon): { role: 'home' | 'away' | 'own'; last: number } | undefined {
  const det = toks[i]!.text.toLowerCase();
  for (const n of [2, 1]) {
    const ws = toks.slice(i + 1, i + 1 + n);
    if (ws.length < n || ws.some((t) => t.sentence !== toks[i]!.sentence)) continue;
    const role = lex.teamRoles.get(ws.map((t) => t.text.toLowerCase()).join(' '));
    const next = toks[i + 1 + n];
    if (!role || (next && next.sentence === toks[i]!.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN'))) continue;
    // `his side`, `their side`: a possessive; the roles of a match after `the`.
    if (role === 'own' ? /^(?:his|her|their|its)$/.test(det) : det === 'the') return { role, last: i + n };
  }
  return undefined;
}

/** The age and sex a person noun implies, from its WordNet kinds (`man`: adult, male; `child`: young; `boy`: male). */
function personClass(h: string, lex: EnglishLexicon): { young?: boolean; adult?: boolean; male?: boolean; female?: boolean } {
  const age = /^(\d+)-year-old$/.exec(h);
  if (age) return Number(age[1]) < 16 ? { young: true } : Number(age[1]) >= 18 ? { adult: true } : {};
  const k = new Set([h, ...(lex.personKinds.get(h) ?? [])]);
  const young = k.has('child') || k.has('juvenile') || k.has('male child') || k.has('female child');
  const adult = k.has('adult male') || k.has('adult female') || k.has('adult');
  return {
    ...(young && !adult ? { young: true } : {}),
    ...(adult && !young ? { adult: true } : {}),
    ...(k.has('male') || k.has('male person') ? { male: true } : {}),
    ...(k.has('female') || k.has('female person') ? { female: true } : {}),
  };
}

/** Whether two person heads may describe one person: no clash of age (young/adult) or sex. */
function compatible(a: string, b: string, lex: EnglishLexicon): boolean {
  const x = personClass(a, lex);
  const y = personClass(b, lex);
  return !((x.young && y.adult) || (x.adult && y.young) || (x.male && y.female) || (x.female && y.male));
}

/** Whether descriptions headed `a` and `b` may describe one referent: the same head, or one a WordNet kind of the other (`boy` is a `male child`). */
function sameKind(a: string, b: string, lex: EnglishLexicon): boolean {
  const of = (x: string, y: string): boolean => (lex.personKinds.get(x) ?? []).some((k) => k === y || k.endsWith(` ${y}`));
  return a === b || of(a, b) || of(b, a);
}

/** `23-year-old` (or `23-year old`) from token `k`: the age and the index of its last token. */
function ageAt(toks: readonly EnToken[], k: number, lex: EnglishLexicon): { years: number; last: number } | undefined {
  const w = toks.slice(k, k + 5).map((t) => t.text.toLowerCase());
  const years = /^\d{1,3}$/.test(w[0] ?? '') ? Number(w[0]) : lex.numberWords.get(w[0] ?? '');
  if (years === undefined || w[1] !== '-' || w[2] !== 'year' || w[3] !== '-' || w[4] !== 'old') return undefined;
  return { years, last: k + 4 };
}

/** Nouns the article writes after an age (`A six-year-old boy`): `6-year-old` → {boy}, so `the six-year-old` is described like `the boy`. */
function ageNouns(toks: readonly EnToken[], lex: EnglishLexicon): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (let k = 0; k < toks.length; k++) {
    const age = ageAt(toks, k, lex);
    const noun = age ? toks[age.last + 1] : undefined;
    if (!age || !noun || noun.pos !== 'NOUN' || !lex.personNouns.has(noun.text.toLowerCase())) continue;
    const key = `${age.years}-year-old`;
    out.set(key, new Set([...(out.get(key) ?? []), noun.text.toLowerCase()]));
  }
  return out;
}

/** Ages the article gives its people: `Gareth Pryce, 23,`, `Pryce (23)`, `the 23-year-old Gareth Pryce`. */
function agesOf(text: string, items: readonly Draft[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const { c, nominal: n } of items) {
    if (c.type !== 'PERSON' || n) continue;
    const m = /^(?:,\s+|\s+\()(\d{1,3})\b(?!-)/.exec(text.slice(c.end, c.end + 8)) ?? /\b(\d{1,3})[-\s]year[-\s]old\s+(?:\p{Ll}+\s+){0,2}$/u.exec(text.slice(Math.max(0, c.start - 40), c.start));
    if (m) out.set(c.name, new Set([...(out.get(c.name) ?? []), Number(m[1])]));
  }
  return out;
}

/**
 * The country each person is said to belong to: a demonym or country right before their title and
 * name (`British Prime Minister Theresa May`) or inside a description tied to them (`the South
 * Korean president, Moon Jae-in`).
 */
function personCountries(text: string, items: readonly Draft[], lex: EnglishLexicon): Map<string, string> {
  const out = new Map<string, string>();
  const countries = items.filter(({ c }) => c.type === 'GPE' && lex.countries.has(c.name));
  // The article's word first, then the name table's.
  const fromTable = new Map<string, string>();
  for (const d of items) {
    if (d.c.type !== 'PERSON') continue;
    const from = d.nominal ? d.c.start - (d.label?.length ?? 0) - 60 : d.c.start - 60;
    const q = countries.filter(({ c }) => c.end <= d.c.start && c.start >= from).pop();
    const known = d.c.known ? lookupKnown(lex, d.c.english ?? '')?.country : undefined;
    if (known) fromTable.set(d.c.name, known);
    if (!q) continue;
    const between = text.slice(q.c.end, d.c.start);
    // Only title words between: lower-case or capitalised, no verb, comma or full stop.
    if (d.nominal ? (d.label ?? '').includes(text.slice(q.c.start, q.c.end)) && !/[.;]/.test(between) : /^(?:\s+[\p{L}.-]+){0,4}\s+$/u.test(between) && /^\s*$/.test(between.replace(/\s+(?:[\p{Lu}][\p{Ll}.]+|\p{Ll}+)/gu, ''))) {
      if (!out.has(d.c.name)) out.set(d.c.name, q.c.name);
    }
  }
  for (const [name, country] of fromTable) if (!out.has(name)) out.set(name, country);
  return out;
}

/**
 * Roles the article gives its people by what happened to them or what they did, each with where it
 * is said: `Tom Hale was arrested` (suspect), `Ann Cole, 34, was stabbed` (victim), `the murder of
 * Ann Cole` (victim), `Hale pleaded guilty` (defendant), `Hale shot` (gunman). Words: `actRoles`
 * of `data/en/lexicon.json`.
 */
function actRolesOf(text: string, items: readonly Draft[], lex: EnglishLexicon): { name: string; at: number; roles: string[] }[] {
  const out: { name: string; at: number; roles: string[] }[] = [];
  const acts = lex.actRoles;
  for (const { c, nominal: n } of items) {
    if (n || c.type !== 'PERSON') continue;
    // The rest of the clause after the name: a possessive, an age or `who` may come between.
    const after = text.slice(c.end, c.end + 80);
    const passive = /^(?:,\s+\d{1,3},)?(?:,?\s+who)?\s+(?:was|were|is|has been|had been|have been|is being|was being)\s+(?:(?:later|also|then|subsequently|fatally|critically|seriously|badly|allegedly|reportedly)\s+)?(\p{Ll}+)/u.exec(after);
    const active = /^(?:,\s+\d{1,3},)?(?:,?\s+who)?\s+(?:(?:allegedly|reportedly|later|then|also|had|has)\s+)?(\p{Ll}+)/u.exec(after);
    const before = /\b(\p{Ll}+)\s+of\s+$/u.exec(text.slice(Math.max(0, c.start - 30), c.start));
    const roles = [
      ...(passive ? (acts.undergone.get(passive[1]!) ?? []) : []),
      ...(!passive && active ? (acts.done.get(active[1]!) ?? []) : []),
      ...(before ? (acts.ofDeed.get(before[1]!) ?? []) : []),
    ];
    if (roles.length > 0) out.push({ name: c.name, at: c.start, roles });
  }
  return out;
}

/** The nearest organisation named before `at` that `ok` accepts. */
function pickOrg(items: readonly Draft[], at: number, ok: (c: Candidate) => boolean): Candidate | undefined {
  return items.filter(({ c, nominal: n }) => c.start < at && c.priority > 0 && !n && ok(c)).pop()?.c;
}

/** The nearest person before `at` (else the first after) that `ok` accepts. */
function pickPerson(items: readonly Draft[], at: number, ok: (c: Candidate) => boolean): Candidate | undefined {
  const persons = items.filter(({ c, nominal: n }) => c.type === 'PERSON' && c.priority > 0 && !n);
  return (persons.filter(({ c }) => c.start < at).reverse().find(({ c }) => ok(c)) ?? persons.find(({ c }) => c.start > at && ok(c)))?.c;
}

/**
 * `the Japanese leader`: the nearest person holding that role, or one of its kind (`leader` covers
 * presidents and prime ministers), whose country is that one; else whose country the article does
 * not give.
 */
function byCountry(
  role: string, country: string, at: number, items: readonly Draft[], rolesOf: ReadonlyMap<string, Set<string>>, countryOf: ReadonlyMap<string, string>, lex: EnglishLexicon,
  skip: ReadonlySet<string> = new Set(),
): Candidate | undefined {
  const kinds = new Set([role, ...(lex.roleKinds.get(role) ?? [])]);
  // A qualified role fits its head too (`foreign minister` is a `minister`).
  const holds = (c: Candidate): boolean => !skip.has(c.name) && [...(rolesOf.get(c.name) ?? [])].some((r) => kinds.has(r) || r.endsWith(` ${role}`) || isKindOf(r, role, lex));
  return pickPerson(items, at, (c) => holds(c) && countryOf.get(c.name) === country) ?? pickPerson(items, at, (c) => holds(c) && !countryOf.has(c.name));
}

/** Whether a person given the role `role` may be described by `head` (WordNet: `envoy` is a `diplomat`; `coach` = `manager`). */
function isKindOf(role: string, head: string, lex: EnglishLexicon): boolean {
  const words = role.split(' ');
  // A title before another (`detective constable`) is a role of its own.
  if (words.length > 1 && words.slice(0, -1).includes(head) && lex.titles.has(head)) return true;
  return (lex.personKinds.get(role) ?? lex.personKinds.get(words[words.length - 1]!))?.includes(head) ?? false;
}

function antecedent(
  type: EntityType, role: string, head: string, at: number, items: readonly Draft[], rolesOf: ReadonlyMap<string, Set<string>>, lex: EnglishLexicon, modifiers: readonly string[] = [],
  skip: ReadonlySet<string> = new Set(),
  main?: Candidate,
): Candidate | undefined {
  const before = items.filter(({ c }) => c.start < at && c.priority > 0 && !skip.has(c.name)).reverse();
  const after = items.filter(({ c }) => c.start > at && c.priority > 0 && !skip.has(c.name));
  const pick = (ok: (c: Candidate) => boolean): Candidate | undefined => (before.find(({ c }) => ok(c)) ?? after.find(({ c }) => ok(c)))?.c;
  if (type === 'PERSON') {
    // The role itself, else a role of that kind (`the diplomat` for an envoy, `the coach` for a manager).
    return (
      pick((c) => c.type === 'PERSON' && (rolesOf.get(c.name)?.has(role) ?? false)) ??
      pick((c) => c.type === 'PERSON' && [...(rolesOf.get(c.name) ?? [])].some((r) => isKindOf(r, role, lex)))
    );
  }
  if (type === 'GPE') {
    // `the country`: the article's main country (see mainCountryOf), else the country it names most
    // often before it, the most recent on a tie.
    if (lex.countryNouns.has(head)) {
      if (main) return main;
      const count = new Map<string, { n: number; c: Candidate }>();
      for (const { c } of [...before].reverse()) if (c.type === 'GPE' && lex.countries.has(c.name)) count.set(c.name, { n: (count.get(c.name)?.n ?? 0) + 1, c });
      return [...count.values()].sort((a, b) => b.n - a.n || b.c.start - a.c.start)[0]?.c ?? pick((c) => c.type === 'GPE' && lex.countries.has(c.name));
    }
    // `the capital`, `the British capital`: the city the article names most often before it (a
    // dateline's city over a district named since), the most recent on a tie.
    if (lex.capitalHeads.has(head)) {
      // A national capital (data/en/capitals.json) first: `flew from New York … just outside the capital`.
      const isCapital = (c: Candidate): boolean => lex.capitalCities.has(placeKey(c.english ?? c.name));
      const capitals = before.filter(({ c }) => c.type === 'GPE' && !lex.countries.has(c.name) && isCapital(c));
      const count = new Map<string, { n: number; c: Candidate }>();
      for (const { c } of capitals.length ? capitals : before) if (c.type === 'GPE' && !lex.countries.has(c.name)) count.set(c.name, { n: (count.get(c.name)?.n ?? 0) + 1, c: count.get(c.name)?.c ?? c });
      const best = [...count.values()].sort((a, b) => b.n - a.n)[0];
      if (best) return best.c;
    }
    // `the town`, `the city`: the place the article names most often before it, the first named on a tie.
    if (lex.townHeads.has(head)) {
      const count = new Map<string, { n: number; c: Candidate }>();
      for (const { c } of [...before].reverse()) if (c.type === 'GPE' && !lex.countries.has(c.name)) count.set(c.name, { n: (count.get(c.name)?.n ?? 0) + 1, c: count.get(c.name)?.c ?? c });
      const best = [...count.values()].sort((a, b) => b.n - a.n)[0];
      if (best) return best.c;
    }
    return pick((c) => c.type === 'GPE' && !lex.countries.has(c.name));
  }
  // The name ends with the head, or with a head of the same kind (`the hospital` for Harborview Medical Center).
  const ends = [head, ...(lex.headEquivalents.get(head) ?? [])];
  return pick((c) => {
    // `the bureau` for the Federal Bureau of Investigation: the head before `of` counts too.
    const name = (c.english ?? c.name).toLowerCase().replace(/\s+of\s.*$/, '');
    const words = name.split(/\s+/);
    return c.type === type && ends.some((h) => name === h || name.endsWith(` ${h}`)) && modifiers.every((m) => words.includes(m));
  });
}

/** How many sentences back a description may reach for its salient referent. */
const SALIENCE_WINDOW = 3;

/**
 * A description no name, title or role ties (`the singer`, `the teenager`, `the company`) refers to
 * the most salient referent of its type: the one mentioned most often so far in the article, the
 * most recent on a tie, among those mentioned in the last few sentences. Offices (`the president`)
 * never fall back: an office names its holder, who may be someone the article has not named.
 */
function salient(
  type: EntityType, head: string, at: number, items: readonly Draft[], rolesOf: ReadonlyMap<string, Set<string>>, lex: EnglishLexicon, doc: EnDoc, text: string,
  modifiers: readonly string[] = [],
): Candidate | undefined {
  if (type === 'PERSON' ? lex.titles.has(head) && !lex.occupations.has(head) : type !== 'ORG' || !lex.orgFallbackHeads.has(head)) return undefined;
  const sentenceAt = (pos: number): number => doc.tokens.find((t) => t.start >= pos)?.sentence ?? Number.MAX_SAFE_INTEGER;
  const here = sentenceAt(at);
  // A person: named in full (or known); for an occupation (`the driver`), given no office by the
  // article (an office holder is described by the office). Other kinds of person (`the fan`, `the
  // teenager`, `the 30-year-old`) may describe anyone.
  const occupation = type === 'PERSON' && (lex.titles.has(head) || lex.occupations.has(head));
  // A modifier that is one of a person's roles (`the Republican politician`) marks that person.
  const marked = (c: Candidate): boolean => modifiers.some((m) => rolesOf.get(c.name)?.has(m) ?? false);
  const fits = (c: Candidate): boolean =>
    type === 'PERSON'
      ? (c.known === true || (c.english ?? c.name).includes(' ') || (rolesOf.get(c.name)?.size ?? 0) > 0) &&
        (!occupation || marked(c) || ![...(rolesOf.get(c.name) ?? [])].some((r) => lex.titles.has(r) && !lex.occupations.has(r)))
      : !lex.media.has(c.english ?? c.name);
  // Not a referent named earlier in the same sentence: a name before a description in its own
  // sentence usually commands it (`Bamford said the driver told him`: the driver is someone else).
  // Descriptions already tied count as mentions (a chain keeps its referent salient).
  // Not a referent the article described by a head of another age or sex (`The man` is not `the child`).
  const described = new Map<string, string[]>();
  for (const d of items) if (d.nominal && d.role) described.set(d.c.name, [...(described.get(d.c.name) ?? []), d.role]);
  const agrees = (c: Candidate): boolean => type !== 'PERSON' || (described.get(c.name) ?? []).every((r) => compatible(r, head, lex));
  const before = items.filter(({ c, nominal: n }) => c.start < at && (c.priority > 0 || n) && c.type === type && fits(c) && agrees(c));
  // A clause boundary (`, and`, `, but`, `;`) between them lifts that command.
  const sameSentence = new Set(
    before.filter(({ c, nominal: n }) => !n && sentenceAt(c.start) === here && !/(?:,\s+(?:and|but|while|before|after|as)\s|;\s)/.test(text.slice(c.end, at))).map(({ c }) => c.name),
  );
  const score = new Map<string, { n: number; last: number; c: Candidate }>();
  for (const { c } of before) {
    const s = score.get(c.name) ?? { n: 0, last: -1, c };
    score.set(c.name, { n: s.n + 1, last: c.start, c });
  }
  const recent = [...score.values()].filter((s) => here - sentenceAt(s.last) <= (type === 'ORG' ? 2 * SALIENCE_WINDOW : SALIENCE_WINDOW) && !sameSentence.has(s.c.name));
  recent.sort((a, b) => Number(marked(b.c)) - Number(marked(a.c)) || b.n - a.n || b.last - a.last);
  return recent[0]?.c;
}
