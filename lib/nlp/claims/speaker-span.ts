import { listed, ZH_GRAMMAR } from './grammar';
import { anyMentionIn, type FlatMention, insideMention, mentionsIn } from './mentions';
import { isCloseQuote, isSpeechQuote, type Quote } from './quotes';
import { lexicalKind, PRONOUN } from './speaker-kind';

/** A `[start, end)` span of the text. */
export interface Range {
  start: number;
  end: number;
}

/** Characters that end the clause a speaker phrase lives in. */
const BOUNDARY = new Set(['，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?', '\n', '”', '」', '』', '"']);
/** Connectives and time words that open a clause without being part of its subject. */
const LEADING =
  /^(?:\s|包括[^，,；;：:。]{1,20}?在[内內]的|尽管|儘管|虽然|雖然|即使|如果|也有|还有|還有|有(?=..)|根据|根據|据|據|都|也|还|還|又|则|則|亦|均|已经|已經|曾经|曾經|更|再次|同时|同時|甚至|（[^）]{0,40}）|\([^)]{0,40}\)|但是|但|而且|而|并且|並且|并|並|同时|同時|此外|另外|不过|不過|然而|因此|所以|对此|對此|随后|隨後|其后|其後|之后|之後|稍后|稍後|后来|後來|最后|最後|另一方面|与此同时|與此同時|今天|昨天|今日|昨日|当天|當天|日前|近日|稍早|此前|先前|周[一二三四五六日末]|週[一二三四五六日末]|星期[一二三四五六日天]|\d{1,2}日|上周|上週|本周|本週)+/;
/** Adverbials that follow the subject (data/zh-claim-grammar.json `speakerAdjuncts`): the speaker phrase ends where the first one starts. */
const ADJ = ZH_GRAMMAR.speakerAdjuncts;
const ADJUNCT = new RegExp(
  [listed(ADJ.words, ADJ.notPrecededBy, ADJ.notFollowedBy), ...ADJ.numberedUnits.map((u) => `\\d{1,2}${u}`)].join('|'),
  'g',
);

/**
 * The start of the clause that ends at `pos`, not before `floor`. A closing quote ends a
 * clause only when its quotation stands alone (opens the sentence or follows punctuation);
 * an embedded term (`将习近平称为“独裁者”一事`) is skipped over.
 */
export function clauseStart(text: string, floor: number, pos: number, quotes: readonly Quote[] = []): number {
  let i = pos;
  while (i > floor) {
    const ch = text[i - 1] ?? '';
    if (BOUNDARY.has(ch)) {
      const q = isCloseQuote(ch) ? quotes.find((x) => x.close === i - 1) : undefined;
      if (!q || (isSpeechQuote(text, q) && (q.open <= floor || /[\s，,；;：:。！？!?”」』"]/.test(text[q.open - 1] ?? '')))) return i;
      if (q.open <= floor) return floor;
      i = q.open;
      continue;
    }
    i--;
  }
  return i;
}

/**
 * The subject phrase of the clause `[from, to)` that precedes a reporting cue: leading
 * connectives and time words are skipped, and the phrase stops at the first adverbial
 * (在…, 对…, 周三, 也 …) that is not inside an entity mention. Empty when the subject is elided.
 */
export function speakerPhrase(text: string, from: number, until: number, mentions: readonly FlatMention[]): Range {
  let to = until;
  let start = from;
  const lead = LEADING.exec(text.slice(from, to));
  if (lead) start += lead[0].length;
  // `X报道引据Y说`: the speaker is the source the report cites (Y), else the report (X).
  const cite = CITES.exec(text.slice(start, to));
  if (cite && !insideMention(mentions, start + cite.index)) {
    const inner = speakerPhrase(text, start + cite.index + cite[0].length, to, mentions);
    if (inner.end > inner.start) return inner;
    to = start + cite.index;
  }
  let end = to;
  const seg = text.slice(start, to);
  ADJUNCT.lastIndex = 0;
  for (const m of seg.matchAll(ADJUNCT)) {
    const at = start + (m.index ?? 0);
    if (at === start || insideMention(mentions, at) || insideMention(mentions, at + m[0].length) || openQuoteBefore(text, start, at)) continue;
    end = at;
    break;
  }
  // The cut fell inside a modifier (`总部设于…的智库主任方娴雅`): the subject ends on the
  // last person mentioned before the cue.
  const cut = text.slice(start, end);
  if (end < to && !lexicalKind(cut) && !PRONOUN.test(cut) && !anyMentionIn(mentions, start, end)) {
    let person: FlatMention | undefined;
    for (const m of mentionsIn(mentions, end, to)) if (m.type === 'PERSON' && m.start >= end && m.end <= to) person = m;
    if (person) {
      end = person.end;
      const paren = /^\s*(?:（[^）]{0,40}）|\([^)]{0,40}\))/.exec(text.slice(end, to));
      if (paren) end += paren[0].length;
    } else if (POLITE_AFTER_MODIFIER.test(text.slice(start, to))) end = to;
  }
  // A bare quantifier cut before its modifier (`一名|在隔壁超市工作的店员`): the noun phrase runs to its head.
  const np = QUANTIFIED_NP.exec(text.slice(start, to));
  if (np && start + np[0].length > end) end = start + np[0].length;
  // `援引两名官员的话说`, `消息人士的说法`: the words of the source, who speaks.
  const words = /(?:的话|的話|的说法|的說法)$/.exec(text.slice(start, end));
  if (words && end - words[0].length > start) end -= words[0].length;
  while (end > start && /[\s的]/.test(text[end - 1] ?? '')) end--;
  const phrase = text.slice(start, end);
  // A locative adverbial with no name in it (`谈话中`, `会后`) is no subject: the subject is elided.
  if (LOCATIVE.test(phrase) && !PRONOUN_START.test(phrase) && !anyMentionIn(mentions, start, end)) return { start: end, end };
  return { start, end: verbCut(text, start, end, mentions) };
}

/** A modifier, then a surname with a polite form that no mention holds (`住在對面單位的陳太`): the whole phrase. */
const POLITE_AFTER_MODIFIER = /的[\u4e00-\u9fff]{1,2}(?:先生|女士|小姐|太太|太|阿姨|大爷|大爺|大妈|大媽|伯伯|老伯)$/;

/**
 * A numeral and classifier with its modifier and head noun (`一名|坐在机翼附近的乘客`, `一位不愿透露姓名的邻居`):
 * the noun phrase runs to the head before a hearer (对…) or the cue.
 */
const QUANTIFIED_NP = /^(?:另一|另外一|一|两|兩|多|数|數|几|幾|[0-9]+)[名位个個些][^，,。；;：:“”「」]{0,24}?的[\u4e00-\u9fff]{1,5}?(?=对|對|向|跟|在|于|於|受|接受|则|則|也|还|還|$)/;
/** Adverbials of place or time that end a phrase: 谈话中, 会上, 会后, 期间. */
const LOCATIVE = /^[\u4e00-\u9fff]{1,6}(?:中|上|后|後|时|時|期间|期間|里|裡|之际|之際)$/;
/** A phrase that opens on a pronoun is a subject, whatever follows it. */
const PRONOUN_START = /^[他她它其]/;
/** A report citing a source: `法新社报道引据`, `路透社引述`. */
const CITES = /(?:报道|報導|报导|報道)?(?:引据|引據|引述|援引|引用)/;
/** Aspect particles that show a verb inside a would-be subject (`美国高级官员淡化了`). */
const ASPECT = /[了过過着]/g;
/** Head nouns a subject can end on before a verb. */
const HEAD_NOUN = /(?:官员|官員|人士|发言人|發言人|专家|專家|学者|學者|议员|議員|记者|記者|媒体|媒體|政府|当局|當局|方面|双方|雙方|两国|兩國)/g;

/**
 * The end of the noun phrase in `[start, end)` when a verb with an aspect particle follows
 * it (`美国高级官员淡化了…` → `美国高级官员`): the last mention or head noun before the verb.
 */
function verbCut(text: string, start: number, end: number, mentions: readonly FlatMention[]): number {
  const seg = text.slice(start, end);
  ASPECT.lastIndex = 0;
  for (const m of seg.matchAll(ASPECT)) {
    const at = start + m.index;
    if (at - start < 3 || insideMention(mentions, at)) continue;
    let cut = -1;
    for (const x of mentionsIn(mentions, start, at - 1)) if (x.start >= start && x.end <= at - 1) cut = Math.max(cut, x.end);
    HEAD_NOUN.lastIndex = 0;
    for (const h of text.slice(start, at).matchAll(HEAD_NOUN)) cut = Math.max(cut, start + h.index + h[0].length);
    return cut > start ? cut : end;
  }
  return end;
}

/** Whether a quotation opened in `[from, to)` is still open at `to` (an adverb inside a quoted name is no adjunct). */
function openQuoteBefore(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '「' || ch === '『') depth++;
    else if ((ch === '”' || ch === '」' || ch === '』') && depth > 0) depth--;
  }
  return depth > 0;
}
