import data from '../../../data/zh-cues.json';
import { alternation, ZH_GRAMMAR as grammar } from './grammar';

/**
 * Chinese reporting cues (simplified and traditional) and the filters that keep their
 * non-speech uses (说明, 称为, 的表示, 被认为 …) out. The words are data (`data/zh-cues.json`); the
 * patterns are built from them once, when the module loads.
 */

/** A reporting verb found in the text: `[start, end)` is the cue as written. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

const endsWithAny = (words: readonly string[]): RegExp => new RegExp(`(?:${alternation(words)})$`);
const startsWithAny = (words: readonly string[]): RegExp => new RegExp(`^(?:${alternation(words)})`);

const NOT = data.notSpeech;
/** Verbs whose noun use is common: they only count when followed by a comma, colon, quote or a speech suffix. */
const NEEDS_FOLLOWER = new Set(data.needsFollower.words);

const SUFFIX = `(?:${alternation(data.suffixes)}|(?:${alternation(data.suffixBeforePunctuation)})(?=[，,：:]))?`;
const CUE_RE = new RegExp(`(?:${alternation(data.verbs)})${SUFFIX}`, 'g');

/** `说` inside words that are not speech: 说明, 小说, 游说, 据说, 来说, 换句话说 … */
const SHUO_BEFORE = endsWithAny(NOT.shuo.before);
const SHUO_AFTER = startsWithAny(NOT.shuo.after);
const SHUO_PHRASE_BEFORE = endsWithAny(NOT.shuo.phrasesBefore);
const SHUO_ALLOWED_AFTER = endsWithAny(NOT.shuo.allowBefore);
/** Cues that are the reporter's own knowledge after 据 (`据统计`). */
const OWN_KNOWLEDGE = new Set(NOT.ownKnowledge.cues);
const OWN_KNOWLEDGE_BEFORE = endsWithAny(NOT.ownKnowledge.before);
/** `称` naming constructions: 称为, 称之为, 号称, 堪称, 自称, 简称, 称霸, 称赞 … */
const CHENG_BEFORE = endsWithAny(NOT.cheng.before);
const CHENG_AFTER = startsWithAny(NOT.cheng.after);
/** `称 X 为 Y` naming: a short object then 为, with no punctuation between. */
const CHENG_NAMING = /^[^，,。：:；;“”「」"\s]{1,12}?[为為](?![了何什])/;
const ZHI_BEFORE = endsWithAny(NOT.zhi.before);
/** Nominal uses: 的表示, 这一批评, 受到批评, 被认为 … */
const NOUN_BEFORE = endsWithAny(NOT.nounBefore.words);
const NOUN_AFTER = startsWithAny(NOT.nounAfter.words);
/** Light verbs that take a speech verb as their object. */
const LIGHT_VERB = endsWithAny(NOT.lightVerbs.words);
const SPEECH_ENDING = endsWithAny(NOT.speechEndings);
/** Negated speech is no claim: 没有表示, 并未透露, 拒绝评论. */
const NEGATED = endsWithAny(NOT.negation.words);
const FOLLOWER = /^[，,：:“「『"]/;
/** A report or document noun with a speech suffix (`报道称`, `通报称`): a cue even as a noun after 的 (`澎湃新闻的报道称`). */
const REPORT_NOUN_CUE = new RegExp(`^(?:${alternation(grammar.reportNounCues.words)})(?:${alternation(data.suffixes)})$`);

/** Words after which a cue that needs a follower is a verb anyway (`并提醒`). */
const VERB_AFTER = endsWithAny(data.needsFollower.verbAfter);
/** Cues that need a follower but may take a short hearer before it (`提醒广大市民，…`), and that hearer with its comma. */
const SHORT_HEARER_CUES = new Set(data.hearer.shortHearerBeforeComma);
const SHORT_HEARER = /^[^，,：:。；;“”「」"\n]{1,6}[，,：:]/;

/** Cues that can close a sentence after the content they attribute (`…，他说。`). */
const TRAILING = startsWithAny(data.trailing.words);
/** Cues that report what circulates, with no source unless one is their subject (`也传出…`). */
export const UNATTRIBUTED_CUE = new Set(data.unattributed.words);
/** Cues that take a hearer before the reported content (`告诉记者，…`). */
export const HEARER_CUE = new RegExp(`^(?:${alternation(data.hearer.words)})$`);

/** True when `cue` can follow the content it attributes. */
export function canTrail(cue: string): boolean {
  return TRAILING.test(cue);
}

/** Finds the reporting cues inside `[from, to)` of `text`, leftmost first. */
export function findCues(text: string, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  const slice = text.slice(from, to);
  CUE_RE.lastIndex = 0;
  for (const m of slice.matchAll(CUE_RE)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (keepCue(text, start, end, m[0])) out.push({ start, end, text: m[0] });
  }
  return out;
}

function keepCue(text: string, start: number, end: number, cue: string): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 14);
  if (cue === '说' || cue === '說') {
    if ((SHUO_BEFORE.test(before) && !SHUO_ALLOWED_AFTER.test(before)) || SHUO_AFTER.test(after)) return false;
    if (SHUO_PHRASE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return false;
  }
  if (OWN_KNOWLEDGE.has(cue) && OWN_KNOWLEDGE_BEFORE.test(before)) return false;
  if (cue === '称' || cue === '稱') {
    if (CHENG_BEFORE.test(before) || CHENG_AFTER.test(after) || CHENG_NAMING.test(after)) return false;
  }
  // `予以了否认`, `做出回应`: a verb used as the object of a light verb, unless a speech suffix follows (`做出回应说`).
  if (LIGHT_VERB.test(before) && !SPEECH_ENDING.test(cue)) return false;
  const owned = /的$/.test(before) && REPORT_NOUN_CUE.test(cue);
  if ((NOUN_BEFORE.test(before) && !owned) || NOUN_AFTER.test(after) || NEGATED.test(before)) return false;
  // A cue that takes a hearer may have it between itself and the comma (`提醒广大市民，…`).
  // After 并 or 还 (`，并提醒市民…`) the word is a verb whatever follows it.
  if (NEEDS_FOLLOWER.has(cue) && !FOLLOWER.test(after) && !(SHORT_HEARER_CUES.has(cue) && SHORT_HEARER.test(after)) && !VERB_AFTER.test(before)) return false;
  if (cue === '指' && ZHI_BEFORE.test(before)) return false;
  return true;
}
