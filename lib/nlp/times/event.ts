import type { Span } from '../../schema/article';

/** Clause punctuation (Chinese and the ASCII forms used in Chinese text) and line breaks. */
const CLAUSE_BREAK = /[，。；：！？,;!?\n]/;
/** A clause with fewer content characters besides the expression is extended to the next one. */
const MIN_CONTENT = 4;

function clauseAround(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !CLAUSE_BREAK.test(text.charAt(a - 1))) a--;
  let b = end;
  while (b < text.length && !CLAUSE_BREAK.test(text.charAt(b))) b++;
  return [a, b];
}

/** `[a, b)` with surrounding whitespace removed. */
function trimmed(text: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(text.charAt(a))) a++;
  while (b > a && /\s/.test(text.charAt(b - 1))) b--;
  return [a, b];
}

/** Characters of the clause outside the mention that carry content (not punctuation or space). */
function contentLength(text: string, a: number, b: number, start: number, end: number): number {
  const rest = text.slice(a, start) + text.slice(end, b);
  return rest.replace(/[\s\p{P}]/gu, '').length;
}

/**
 * The clause a time expression dates: the text between the nearest clause punctuation around it,
 * trimmed. When that clause is little more than the expression (`周日（6月18日），…`), the next
 * clause is taken too. Latin text uses the enclosing sentence.
 */
export function eventClause(text: string, start: number, end: number, latin: boolean, sentences: readonly Span[]): string {
  if (latin) {
    const s = sentences.find((x) => x.start <= start && end <= x.end);
    if (s) return text.slice(s.start, s.end).trim();
  }
  let [a, b] = clauseAround(text, start, end);
  if (contentLength(text, a, b, start, end) < MIN_CONTENT && b < text.length && text.charAt(b) !== '\n' && !/[。！？]/.test(text.charAt(b))) {
    b = clauseAround(text, b + 1, b + 1)[1];
  }
  [a, b] = trimmed(text, a, b);
  return text.slice(a, b);
}

/** Words before a time expression (in its clause) that mark plans: 将, 预计, will, plan… */
const FUTURE_BEFORE = /(将|將|预计|預計|计划|計劃|预定|預定|预期|預期|即将|即將|准备|準備|打算|拟|擬|可能|有望|will|plans?|expected|scheduled|due)/i;
const FUTURE_AFTER = /^.{0,3}(将|將|要|会前往|will)/;

/** True when the clause around `[start, end)` speaks of plans or expectations. */
export function isFutureContext(text: string, start: number, end: number): boolean {
  const [a, b] = clauseAround(text, start, end);
  const before = text.slice(Math.max(a, start - 12), start);
  return FUTURE_BEFORE.test(before) || FUTURE_AFTER.test(text.slice(end, b));
}

/**
 * Aspect markers of a completed event: 了 (not in 了解, 为了, 除了, 不了…), 已/已经, 曾经 (曾 only before
 * 在/是/说…, as it is also a surname), and 过 after a verb (not 通过, 经过, 不过, 过去, 过父亲节…). Chinese only and deliberately
 * narrow: a false positive moves a day into the past.
 */
const PAST_MARKER =
  /(?<![为為除不受得罢罷末])了(?![解不])|已经|已經|已(?![知婚])|曾经|曾經|曾(?=[在是到与與于於说說表多])|(?<![通经經不超越度跨路难難])过(?![去年节節程渡分来來头頭敏父母生春新圣聖])|(?<![通經不超越度跨路難])過(?![去年節程渡分來頭敏父母生春新聖])/;

/** True when the clause around `[start, end)` reports a completed event (see PAST_MARKER). */
export function isPastContext(text: string, start: number, end: number): boolean {
  const [a, b] = clauseAround(text, start, end);
  return PAST_MARKER.test(text.slice(a, start) + text.slice(end, b));
}
