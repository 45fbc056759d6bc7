import stem from 'wink-porter2-stemmer';
import type { ArticleEntity } from '../schema/analysis';
import { extractQuantities, type Quantity } from './quantities';
import { normalizeForCompare } from './script-normalize';

/** Term frequencies of one text: token → count. */
export type TermCounts = Map<string, number>;

/**
 * Function characters that carry no content: they split a Han run instead of forming
 * bigrams (so `渠道的重要性` yields `渠道`, `重要`, `要性` and no `道的`/`的重`).
 */
const STOP_CHARS = new Set([...'的了在是和与及以也都而则就将于把被向从这那其之或并等着还又但为所即该此已得地吗呢吧啊']);

const STOP_WORDS = new Set(
  'a an the of to in on at for and or but is are was were be been being by with as that this these those it its from has have had will would should could said says say he she they we you i his her their our not'.split(
    ' ',
  ),
);
/** English negations stay tokens even though they are function words: polarity is compared separately. */
STOP_WORDS.delete('not');

const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * `re.test(ch)` for one character (code point) `ch`, answered from a table per BMP code unit
 * filled on first sight: the claim texts of a comparison test every character they hold.
 */
function charClass(re: RegExp): (ch: string) => boolean {
  const known = new Uint8Array(0x10000);
  return (ch) => {
    if (ch.length !== 1) return re.test(ch);
    const c = ch.charCodeAt(0);
    const k = known[c]!;
    if (k !== 0) return k === 1;
    const yes = re.test(ch);
    known[c] = yes ? 1 : 2;
    return yes;
  };
}
const isHan = charClass(HAN);
const isLetterOrDigit = charClass(LETTER_OR_DIGIT);

/** Latin words of a normalised text (`42-year-old` → `42`, `year`, `old`; `don't` kept whole). */
const LATIN_WORD = /[a-z0-9]+(?:[.'][a-z0-9]+)*/g;

/**
 * The content word a Latin word compares as: stop words dropped (undefined), the rest
 * reduced to its Porter2 stem (`killed` / `kills` → `kill`, `travelling` / `traveling` → `travel`),
 * so English paraphrases meet the way Han bigrams of one word do. Numbers stay as written.
 */
function latinTerm(word: string): string | undefined {
  if (STOP_WORDS.has(word)) return undefined;
  if (/^[0-9.,']+$/.test(word)) return word;
  return englishStem(word);
}

/**
 * The Porter2 stem of a lower-case English word (wink-porter2-stemmer): the one English
 * stemmer of the code (claim alignment here, event detection in lib/archive/features.ts).
 */
export function englishStem(word: string): string {
  return stemmed.get(word) ?? remember(word);
}

/** Memo of Porter2 stems (every claim word of every comparison); bounded. */
const stemmed = new Map<string, string>();
function remember(word: string): string {
  const s = stem(word);
  if (stemmed.size >= 50_000) stemmed.clear();
  stemmed.set(word, s);
  return s;
}

/** Adds the tokens of a plain (entity-free) piece of text to `out`. */
function addPlainTokens(raw: string, out: TermCounts): void {
  const text = normalizeForCompare(raw);
  const add = (t: string): void => {
    out.set(t, (out.get(t) ?? 0) + 1);
  };
  let run = '';
  const flushRun = (): void => {
    if (run.length === 1) add(run);
    for (let i = 0; i + 1 < run.length; i++) add(run.slice(i, i + 2));
    run = '';
  };
  for (const ch of text) {
    if (isHan(ch) && !STOP_CHARS.has(ch)) run += ch;
    else flushRun();
  }
  flushRun();
  for (const word of text.match(LATIN_WORD) ?? []) {
    const term = latinTerm(word);
    if (term) add(term);
  }
}

/** An entity occurrence inside a text span: `[start, end)` and the entity id. */
export interface EntitySpan {
  id: string;
  start: number;
  end: number;
}

/**
 * Every entity mention of `entities` (non-empty ones), sorted by start, longer first, then id:
 * the index `spansWithin` searches, built once per article.
 */
export function sortedEntitySpans(entities: readonly ArticleEntity[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) if (m.end > m.start) spans.push({ id: entity.id, start: m.start, end: m.end });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
}

/** The spans of `sorted` (from `sortedEntitySpans`) inside `[start, end)`, in text order, without overlaps. */
export function spansWithin(sorted: readonly EntitySpan[], start: number, end: number): EntitySpan[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const kept: EntitySpan[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.start < end; k++) {
    const s = sorted[k]!;
    if (s.end > end) continue;
    const last = kept[kept.length - 1];
    if (!last || s.start >= last.end) kept.push(s);
  }
  return kept;
}

/** Entity mentions of `entities` that lie inside `[start, end)`, in text order, without overlaps. */
export function entitySpansWithin(entities: readonly ArticleEntity[], start: number, end: number): EntitySpan[] {
  return spansWithin(sortedEntitySpans(entities), start, end);
}

/**
 * The comparison tokens of a claim's content `text` (which starts at `offset` in the
 * article): entity mentions become `@<id>` tokens, so aliases and scripts of one referent
 * match; the rest becomes Han character bigrams (after traditional→simplified conversion)
 * and lower-cased Latin words.
 */
export function claimTokens(text: string, offset: number, entities: readonly ArticleEntity[]): TermCounts {
  return claimTokensWithSpans(text, offset, entitySpansWithin(entities, offset, offset + text.length));
}

/**
 * `claimTokens` given the entity spans inside the text (from `spansWithin`), plus one token per
 * figure value (`#6`, so `6人死亡` and `六人死亡` share it whatever the script or numeral) and per
 * counted thing (`#k:dead`, `#k:逃生`), and one per time value stated inside the claim (`%2023-07-10`).
 * `quantities` is `extractQuantities(text)` when the caller has it already.
 */
export function claimTokensWithSpans(
  text: string,
  offset: number,
  spans: readonly EntitySpan[],
  timeValues: readonly string[] = [],
  quantities: readonly Quantity[] = extractQuantities(text),
): TermCounts {
  const out: TermCounts = new Map();
  const add = (t: string): void => {
    out.set(t, (out.get(t) ?? 0) + 1);
  };
  for (const q of quantities) {
    add(`#${q.value}`);
    add(`#k:${q.key}`);
  }
  for (const v of timeValues) add(`%${v}`);
  let cursor = 0;
  for (const span of spans) {
    addPlainTokens(text.slice(cursor, span.start - offset), out);
    const token = `@${span.id}`;
    out.set(token, (out.get(token) ?? 0) + 1);
    cursor = span.end - offset;
  }
  addPlainTokens(text.slice(cursor), out);
  return out;
}

/**
 * The Han characters (function characters left out) and Latin words of a claim's content,
 * after script normalisation: a looser view than bigrams that still matches paraphrases
 * sharing a morpheme (`拘捕` / `逮捕`, `保持交往` / `维持交流`).
 */
export function characterTokens(text: string): TermCounts {
  const out: TermCounts = new Map();
  const add = (t: string): void => {
    out.set(t, (out.get(t) ?? 0) + 1);
  };
  const normalized = normalizeForCompare(text);
  for (const ch of normalized) if (isHan(ch) && !STOP_CHARS.has(ch)) add(ch);
  for (const word of normalized.match(/[a-z]+/g) ?? []) {
    const term = latinTerm(word);
    if (term) add(term);
  }
  return out;
}

/**
 * The set of character bigrams of a text (letters and digits only, after script normalisation):
 * the unweighted view that the Dice coefficient compares, robust in small comparisons where
 * IDF weights are noisy.
 */
export function characterBigrams(text: string): Set<string> {
  const chars = [...normalizeForCompare(text)].filter(isLetterOrDigit);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * The pieces the aligner's Dice feature compares: the character bigrams of `characterBigrams`
 * (Han, digits; function characters kept) and, for Latin-script words, content-word stems instead
 * of letter bigrams, which unrelated English sentences share by the dozen (`th`, `he`, `in`).
 */
export function dicePieces(text: string): Set<string> {
  const normalized = normalizeForCompare(text);
  // Latin words leave a break (\0) where they stood; elsewhere the same bigrams as `characterBigrams`.
  const chars = [...normalized.replace(/[a-z]+(?:'[a-z]+)*/g, '\0')].filter((ch) => ch === '\0' || isLetterOrDigit(ch));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) if (chars[i] !== '\0' && chars[i + 1] !== '\0') out.add(chars[i]! + chars[i + 1]!);
  for (const word of normalized.match(/[a-z]+(?:'[a-z]+)*/g) ?? []) {
    const term = latinTerm(word);
    if (term) out.add(term);
  }
  return out;
}

/** Dice coefficient of two sets: 2|A∩B| / (|A| + |B|). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  // The shared count is the same from either side: walk the smaller set.
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}
