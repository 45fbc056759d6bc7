import type { EntityType, SpeakerKind } from '../../schema/analysis';
import type { FlatMention } from './mentions';
import type { ClaimContext, Draft } from './types';

/** A resolved referent: an entity id and its type. */
export interface Referent {
  entityId?: string;
  type?: EntityType;
  /** The antecedent's surface, e.g. `布林肯` for `他`. */
  text: string;
  kind?: SpeakerKind;
}

const asReferent = (m: FlatMention | undefined): Referent | undefined => (m ? { entityId: m.entityId, type: m.type, text: m.text } : undefined);

/** A speaker phrase ending on a body's spokesperson or head. */
const SPOKESPERSON = /(?:发言人|發言人|局长|局長|部长|部長|署长|署長|负责人|負責人)$/;

/** The latest claim whose sentence is at most `window` sentences before `sentenceIndex`. */
export function recentDraft(ctx: ClaimContext, sentenceIndex: number, window: number): Draft | undefined {
  for (let i = ctx.drafts.length - 1; i >= 0; i--) {
    const d = ctx.drafts[i];
    if (!d) continue;
    if (d.sentenceIndex <= sentenceIndex && sentenceIndex - d.sentenceIndex <= window) return d;
  }
  return undefined;
}

function firstOfType(ms: readonly FlatMention[], types: readonly EntityType[], from: number, to: number): FlatMention | undefined {
  return ms.find((m) => m.start >= from && m.end <= to && types.includes(m.type));
}

function lastOfType(ms: readonly FlatMention[], types: readonly EntityType[], before: number): FlatMention | undefined {
  let best: FlatMention | undefined;
  for (const m of ms) {
    if (m.end > before) break;
    if (types.includes(m.type)) best = m;
  }
  return best;
}

/**
 * Resolves a pronoun at `pos` in sentence `si`: the subject earlier in the same sentence,
 * else the speaker of a claim in the last two sentences, else the first mention of the
 * previous sentence, else the most recent compatible mention. Plural pronouns prefer
 * organisations and countries.
 */
/** A personal name as a speaker's text: a native name or a surname with a polite form (2–4 characters). */
const PERSON_NAME = /^[\u4e00-\u9fff]{2,4}$/;

export function resolvePronoun(ctx: ClaimContext, pos: number, si: number, plural: boolean): Referent | undefined {
  const types: EntityType[] = plural ? ['ORG', 'GPE', 'PERSON'] : ['PERSON'];
  const sentence = ctx.sentences[si];
  const prev = ctx.sentences[si - 1];
  const recent = recentDraft(ctx, si, 2);
  // A body's unnamed spokesperson or head (`商务部新闻发言人表示…。他说…`) is a person speaking for the body.
  const spokes = recent?.speaker.start !== undefined && recent.speaker.end !== undefined && SPOKESPERSON.test(ctx.text.slice(recent.speaker.start, recent.speaker.end));
  const recentRef: Referent | undefined =
    recent?.speaker.entityId && recent.speakerType && (types.includes(recent.speakerType) || spokes)
      ? { entityId: recent.speaker.entityId, type: recent.speakerType, text: recent.speaker.text }
      : undefined;
  const candidates: (Referent | undefined)[] = [
    sentence ? asReferent(firstOfType(ctx.mentions, plural ? ['ORG', 'GPE'] : types, sentence.start, pos)) : undefined,
    // A claim in this or the previous sentence outranks the previous sentence's subject.
    recent && si - recent.sentenceIndex <= 1 ? recentRef : undefined,
    // A person named in that claim whom no mention holds (`內政部長劉正宏…表示…。他透露…`).
    !plural && recent && si - recent.sentenceIndex <= 1 && !recent.speaker.entityId && recent.speaker.kind === 'entity' && PERSON_NAME.test(recent.speaker.text)
      ? { type: 'PERSON', text: recent.speaker.text, kind: 'entity' }
      : undefined,
    prev ? asReferent(firstOfType(ctx.mentions, types, prev.start, prev.end)) : undefined,
    recentRef,
    asReferent(lastOfType(ctx.mentions, types, pos)),
    // No entity to point at: the last named speaker close by.
    recent && recent.speaker.text !== '' && recent.speaker.kind !== 'media' && recent.speaker.kind !== 'statement'
      ? { entityId: recent.speaker.entityId, type: recent.speakerType, text: recent.speaker.text, kind: recent.speaker.kind }
      : undefined,
  ];
  return candidates.find((c) => c !== undefined);
}

/**
 * The entity whose mention carries `role` (`国务卿`, `发言人`): the latest such mention
 * before `pos`, else the first after it. When `phrase` names more than the role
 * (`美国总统`), the mention's label must contain the whole phrase.
 */
export function resolveRole(ctx: ClaimContext, role: string, phrase: string, pos: number): Referent | undefined {
  const fits = (m: FlatMention): boolean =>
    m.type === 'PERSON' &&
    ((m.role !== undefined && m.role.endsWith(role)) || (m.label !== undefined && m.label.includes(role))) &&
    (phrase === role || (m.label ?? m.role ?? '').includes(phrase));
  let before: FlatMention | undefined;
  let after: FlatMention | undefined;
  for (const m of ctx.mentions) {
    if (!fits(m)) continue;
    if (m.end <= pos) before = m;
    else if (!after) after = m;
  }
  return asReferent(before ?? after);
}

/** Document nouns in both scripts, keyed by their simplified form. */
const DOCUMENT_FORMS: Readonly<Record<string, readonly string[]>> = {
  声明: ['声明', '聲明'],
  通报: ['通报', '通報'],
  公告: ['公告'],
  通告: ['通告'],
  消息: ['消息'],
  报告: ['报告', '報告'],
  判决书: ['判决书', '判決書', '判决', '判決'],
  新闻稿: ['新闻稿', '新聞稿'],
  说明: ['情况说明', '情況說明', '说明', '說明'],
};
/** A bare document noun as a speaker, optionally with a determiner: `声明`, `该通报`, `上述公告`. */
export const BARE_DOCUMENT = /^(?:该|該|此|这份|這份|这一|這一|上述|有关|有關)?(声明|聲明|通报|通報|公告|通告|消息|报告|報告|判决书|判決書|判决|判決|新闻稿|新聞稿|说明|說明)$/;

/**
 * The named body that issued the document `noun` in a claim of the last eight sentences
 * (`深圳航空发布声明称…。声明说…` → 深圳航空; `廉江市公安局通报…。通报称…` → 廉江市公安局), else the
 * organisation that opens a sentence of the last eight mentioning the document (`X发布情况通报。`).
 */
export function documentIssuer(ctx: ClaimContext, noun: string, si: number): ResolvedSpeakerLike | undefined {
  const key = Object.keys(DOCUMENT_FORMS).find((k) => DOCUMENT_FORMS[k]!.includes(noun));
  const forms = key ? DOCUMENT_FORMS[key]! : [noun];
  for (let i = ctx.drafts.length - 1; i >= 0; i--) {
    const d = ctx.drafts[i];
    if (!d || si - d.sentenceIndex > 8) break;
    // A named issuer, with or without an entity behind its name (`蓝驰汽车发布声明称…。声明还表示…`).
    if (d.speaker.kind !== 'entity' || (!d.speaker.entityId && !d.speaker.text)) continue;
    if (forms.some((f) => d.cue.includes(f) || d.speaker.text.includes(f) || ctx.text.slice(d.sentence.start, d.start).includes(f))) {
      const { start: _s, end: _e, ...speaker } = d.speaker;
      return { speaker, type: d.speakerType };
    }
  }
  // No claim of the issuer yet: the body a recent sentence says issued it (`X发布情况通报。通报称…`,
  // `X法院…作出判决。判决书指出…`), named as the subject the sentence opens with.
  for (let i = si - 1; i >= 0 && si - i <= 8; i--) {
    const s = ctx.sentences[i];
    if (!s) continue;
    const words = ctx.text.slice(s.start, s.end);
    const at = Math.min(...forms.map((f) => words.indexOf(f)).filter((x) => x >= 0));
    if (!Number.isFinite(at)) continue;
    let open = s.start;
    while (open < s.end && /\s/.test(ctx.text[open] ?? '')) open++;
    // Places written before the body (`南充市` + `顺庆区市场监管局`) are part of its name.
    for (let m = ctx.mentions.find((x) => x.start === open && x.type === 'GPE'); m; m = ctx.mentions.find((x) => x.start === open && x.type === 'GPE')) open = m.end;
    // The body that opens the sentence, else the last one right before an issuing verb (`…，X17日晚发布致歉声明`).
    const subject =
      ctx.mentions.find((m) => m.start === open && m.type === 'ORG' && m.end <= s.start + at) ??
      ctx.mentions.filter((m) => m.type === 'ORG' && m.start >= s.start && m.end <= s.start + at && ISSUED.test(ctx.text.slice(m.end, s.start + at))).pop();
    if (subject) return { speaker: { text: subject.text, entityId: subject.entityId, kind: 'entity' }, type: 'ORG' };
  }
  return undefined;
}

/** Between a body and its document: time words, an issuing verb, a few modifiers (`17日晚发布致歉`, `发出紧急`). */
const ISSUED = /^[0-9０-９年月日号號时時分许許上下午晚早凌晨当當天今昨]{0,8}(?:发布|發布|发出|發出|发表|發表|公布|作出)了?[^，,。；;]{0,6}$/;

/** A resolved speaker without its span (the span stays on the words that name it). */
export interface ResolvedSpeakerLike {
  speaker: Draft['speaker'];
  type?: EntityType;
}
