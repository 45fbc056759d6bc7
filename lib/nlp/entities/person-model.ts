import model from '../../../data/name-model.json';
import grammar from '../../../data/name-grammar.json';
import context from '../../../data/zh-name-context.json';
import type { Token } from '../segment';
import type { Candidate } from './candidate';
import type { Gazetteer } from './gazetteer';

/**
 * The Chinese personal-name model: how much a run of 2–4 characters reads as a surname plus a
 * given name, from statistics (data/name-model.json: how often the surname heads a name in
 * jieba's dictionary, and how typical each given-name character is of names against ordinary
 * words), weighed with the evidence of its context: a role noun before it (死者, 店主, 村支书),
 * a list of names it stands in (A、B和C), the segmenter's name tag.
 */

const SURNAME: Readonly<Record<string, number>> = model.surnames;
const GIVEN: Readonly<Record<string, number>> = model.given;
const CJK_RUN = /^[\u4e00-\u9fff]+$/;
/** Characters that never sit inside a personal name (particles, pronouns, numerals, verbs of saying). */
const NOT_IN_NAME = new Set(Array.from('的了在和与是对于将把被从向为及或等这那其该此也都就并已曾说称表示日月年时今昨前后上下中内外因由还又再则却而仍只但他她它们指一二三四五六七八九十百千万个名位人'));
const ROLES = [...grammar.personRoles].sort((a, b) => b.length - a.length);
const SPEECH = grammar.speechAfterName;
/** Characters that follow a personal name in a clause (李明|在, 李明|的, 李明|和); names/after-name-chars in data/zh-name-context.json. */
const AFTER_NAME = new Set(context.afterNameChars);
/** A copula the segmenter may glue to a three-character name (邓志勇|系): the name ends before it. */
const COPULA_AFTER = new Set(['系', '是', '为']);

/** Thresholds on the model's score (fitted on the tuning events and the made-up stories, never the test part). */
export const NAME_SCORE = {
  /** A run the segmenter tags as a name (nr, or an unknown word), with no other evidence. */
  tagged: 4,
  /** A run right after a role noun (死者, 店主, 村民). */
  afterRole: 3,
  /** Each item of a list of two or more names (and one item at least `afterRole`). */
  listItem: 2.5,
  /** Each item of such a list right after a role noun (村民A、B等人). */
  roleListItem: 1.5,
} as const;

/** How typical character `c` is of given names against ordinary words (log-likelihood ratio; 0 when unseen). */
export function givenCharScore(c: string): number {
  return GIVEN[c] ?? 0;
}

/** Length of the surname at the start of `run` (2 for 欧阳), or 0. */
function surnameLength(run: string): number {
  if (SURNAME[run.slice(0, 2)] !== undefined && run.length >= 3) return 2;
  // A married woman's name of four characters: her husband's surname before her own (吴|林|秀琴).
  if (run.length === 4 && SURNAME[run[0] ?? ''] !== undefined && SURNAME[run[1] ?? ''] !== undefined) return 2;
  return SURNAME[run[0] ?? ''] !== undefined ? 1 : 0;
}

/**
 * The model's score of `run` as a Chinese personal name (surname + 1–2 given-name characters),
 * or -Infinity when it cannot be one. Around 4–7 for common names (唐建国, 林晓燕), below 0 for
 * common words that start with a surname character (高度, 王朝, 何时).
 */
export function personNameScore(run: string): number {
  if (!CJK_RUN.test(run) || run.length < 2 || run.length > 4) return -Infinity;
  const sl = surnameLength(run);
  if (!sl) return -Infinity;
  const given = Array.from(run.slice(sl));
  if (given.length < 1 || given.length > 2 || given.some((c) => NOT_IN_NAME.has(c))) return -Infinity;
  // The two surnames of a married name count as the first one's, less a margin for the rarer form.
  const married = sl === 2 && SURNAME[run.slice(0, 2)] === undefined;
  let score = married ? (SURNAME[run[0] ?? ''] ?? 0) - 1 : (SURNAME[run.slice(0, sl)] ?? 0);
  for (const c of given) score += GIVEN[c] ?? 0;
  // A one-character given name carries less evidence than two.
  return given.length === 1 ? score - 1 : score;
}

/** Whether the text at `p` is a place, body or known name the gazetteer or the segmenter vouches for. */
function knownAt(s: string, p: number, end: number, g: Gazetteer, tokensAt: ReadonlyMap<number, Token>): boolean {
  const run = s.slice(p, end);
  if (g.stoplist.has(run) || g.titles.has(run)) return true;
  const known = g.bySurface.get(run);
  if (known && known.type !== 'PERSON') return true;
  const tok = tokensAt.get(p);
  return tok !== undefined && tok.end === end && /^(?:ns|nt|nz|v|vn|d|a|ad|an|m|q|r|p|c|u|f|t|s)$/.test(tok.tag);
}

/** The best-scoring name run (2–4 characters) starting at `p` and ending on a word boundary. */
function bestRun(s: string, p: number, tokensAt: ReadonlyMap<number, Token>, ends: ReadonlySet<number>, g: Gazetteer): { end: number; score: number } | undefined {
  let best: { end: number; score: number } | undefined;
  for (const len of [3, 2, 4]) {
    const end = p + len;
    // A run ends on a word boundary, or right before a speech verb the segmenter glued to its last character (何家|明说).
    if (end > s.length || !(ends.has(end) || SPEECH.some((v) => s.startsWith(v, end)) || (end - p >= 3 && COPULA_AFTER.has(s[end] ?? '')))) continue;
    if (knownAt(s, p, end, g, tokensAt)) continue;
    const score = personNameScore(s.slice(p, end));
    if (score > (best?.score ?? -Infinity) + (len === 4 ? 1.5 : 0)) best = { end, score };
  }
  return best;
}

/**
 * Personal-name candidates found by the model: a run after a role noun, the items of a list of
 * names (A、B和C: every item must read as a name), and runs the segmenter tags as a name or an
 * unknown word that score high on their own.
 */
export function personCandidates(s: string, tokens: readonly Token[], g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const tokensAt = new Map<number, Token>();
  const ends = new Set<number>();
  for (const t of tokens) {
    tokensAt.set(t.start, t);
    ends.add(t.end);
  }
  // Context evidence (a role before, a list of names) outranks a segmenter reading of the same span (杨|海军 → ORG).
  const push = (start: number, end: number, priority = 1): void => void out.push({ start, end, type: 'PERSON', name: s.slice(start, end), priority });

  // A role noun right before the run (死者唐建国, 店主刘志强).
  for (const r of ROLES) {
    for (let at = s.indexOf(r); at >= 0; at = s.indexOf(r, at + r.length)) {
      const p = at + r.length;
      const run = bestRun(s, p, tokensAt, ends, g);
      if (run && run.score >= NAME_SCORE.afterRole) push(p, run.end, 3);
    }
  }

  // Lists of names: items of 2–4 characters between 、 and a final 和/及/与.
  for (const m of s.matchAll(/[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*(?:[、和及与][\u4e00-\u9fff]{2,4})/g)) {
    const items: { start: number; end: number }[] = [];
    let at = m.index;
    for (const part of m[0].split(/([、和及与])/)) {
      if (/^[、和及与]$/.test(part)) {
        at += 1;
        continue;
      }
      items.push({ start: at, end: at + part.length });
      at += part.length;
    }
    if (items.length < 2) continue;
    const first0 = items[0]!;
    const roleLed = [first0.start, first0.end - 3, first0.end - 2].some((p) => p >= first0.start && ROLES.some((r) => s.endsWith(r, p)));
    const threshold = roleLed ? NAME_SCORE.roleListItem : NAME_SCORE.listItem;
    const reads = (start: number, end: number): boolean =>
      personNameScore(s.slice(start, end)) >= threshold && !knownAt(s, start, end, g, tokensAt);
    // The first item may carry words before the name (死者分别为|唐建国), the last words after it (黄志明|分).
    const first = items[0]!;
    const head = [first.start, first.end - 3, first.end - 2].find((p) => p >= first.start && (p === first.start || ends.has(p)) && reads(p, first.end));
    const last = items[items.length - 1]!;
    const tail = [last.end, last.start + 3, last.start + 2].find((e) => e <= last.end && ends.has(e) && reads(last.start, e));
    if (head === undefined || tail === undefined) continue;
    first.start = head;
    last.end = tail;
    const scores = items.map((it) => (reads(it.start, it.end) ? personNameScore(s.slice(it.start, it.end)) : -Infinity));
    if (Math.min(...scores) >= threshold && Math.max(...scores) >= NAME_SCORE.afterRole) for (const it of items) push(it.start, it.end, 3);
  }

  // Segmenter names and unknown words that score high on their own.
  for (const t of tokens) {
    if (!/^(?:nr|nrfg|x)$/.test(t.tag) || t.word.length < 2 || t.word.length > 4 || !CJK_RUN.test(t.word)) continue;
    if (g.stoplist.has(t.word) || g.bySurface.has(t.word)) continue;
    // An unknown word (x) has only its shape: it also needs a name's place in the clause, a word or mark
    // that follows names (车卡震|到 in a quoted remark is none), or a second mention.
    if (t.tag === 'x' && !AFTER_NAME.has(s[t.end] ?? '') && /[\u4e00-\u9fff]/.test(s[t.end] ?? '') && !SPEECH.some((v) => s.startsWith(v, t.end)) && s.indexOf(t.word, t.end) < 0 && s.lastIndexOf(t.word, t.start - 1) < 0) continue;
    if (personNameScore(t.word) >= NAME_SCORE.tagged) push(t.start, t.end);
  }
  return out;
}
