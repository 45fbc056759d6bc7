import grammar from '../../../data/name-grammar.json';
import type { EntityType, Speaker } from '../../schema/analysis';
import { toSimplified } from '../script';
import { type FlatMention, headMention } from './mentions';
import { BARE_DOCUMENT, documentIssuer, recentDraft, resolvePronoun, resolveRole, type Referent } from './resolve';
import { listed, ZH_GRAMMAR } from './grammar';
import { titledName } from './name-head';
import { ANAPHORIC, EXPERT_TITLE, lexicalKind, NAME_LIKE, PLURAL, PRONOUN, ROLE } from './speaker-kind';
import { type Range, speakerPhrase } from './speaker-span';
import { type ClaimContext, type Draft, sameParagraph } from './types';

/** A speaker with the entity type of its referent, when it has one. */
export interface ResolvedSpeaker {
  speaker: Speaker;
  type?: EntityType;
}

/** A short subject noun before a predicate in its own clause (`家属|不服`, `村民们|很愤怒`). */
const GROUP_SUBJECT = /^([\u4e00-\u9fff]{2,5}?)(?:们|們)?(?:不服|不满|不滿|很|非常|十分|都|也|则|則|纷纷|紛紛|普遍|仍|还|還|一致)/;

/** A whole speaker phrase that is a quoted name, with an optional bracketed original. */
const QUOTED_NAME = /^[“「『"]([^“”「」『』"]{2,30})[”」』"]\s*(?:[（(][^）)]{0,60}[）)])?$/;

/** Staff, spokespeople and documents of a body written before them (`…发言人`, `…资料`). */
const STAFF_OR_DOCUMENT = /^([\u4e00-\u9fff]{2,12}?)(?:女?发言人|女?發言人|工作人员|工作人員|人员|人員|负责人|負責人|资料|資料|通报|通報|声明|聲明|公告|数据|數據)$/;
/** Name endings of bodies and offices (data/name-grammar.json), in simplified script. */
const BODY_SUFFIX = new RegExp(`(?:${[...grammar.orgSuffixes, ...grammar.subBodySuffixes].sort((a, b) => b.length - a.length).join('|')})$`);

/**
 * The name of a body before a staff or document noun when no mention holds it and its ending
 * names a body (`消防處` + `發言人`: 处; `顺庆区教育局` + `工作人员`: 局), else undefined.
 */
function unnamedBody(phrase: string): string | undefined {
  const m = STAFF_OR_DOCUMENT.exec(phrase);
  const name = m?.[1];
  if (!name || /^(?:该|該|此|这|這|本|上述|有关|有關|相关|相關)/.test(name) || name.includes('的')) return undefined;
  // A level word and a body word alone (`镇政府`, `县医院`) name no particular body.
  const suffix = BODY_SUFFIX.exec(toSimplified(name));
  return suffix && suffix.index >= 2 ? name : undefined;
}

/** Staff and spokespeople who speak for the body named before them (data/zh-claim-grammar.json `staffNouns`). */
const STAFF = new RegExp(`(?:${listed(ZH_GRAMMAR.staffNouns.words)})$`);

/** An anaphoric speaker (`他`, `该官员`) takes its antecedent's surface and entity; its span stays on the words. */
const withRef = (base: Speaker, ref: Referent | undefined): ResolvedSpeaker =>
  ref
    ? { speaker: { ...base, text: ref.text || base.text, entityId: ref.entityId, kind: ref.kind ?? (ref.entityId ? 'entity' : 'expert') }, type: ref.type }
    : { speaker: { ...base, kind: 'entity' } };

/**
 * Classifies and resolves the speaker phrase `range` of sentence `si`: statements and
 * media by their nouns; a PERSON mention names the speaker; pronouns and role phrases
 * (`他`, `该官员`, `美国总统`) resolve to an entity; unnamed sources and analysts get their
 * kind; an organisation or country mention names the speaker; a bare name is an expert.
 * An empty phrase (elided subject) falls back to `elidedSpeaker`.
 */
export function resolveSpeaker(ctx: ClaimContext, whole: Range, si: number): ResolvedSpeaker {
  if (whole.end <= whole.start) return elidedSpeaker(ctx, whole.start, si);
  // A title in book marks (`《华西都市报》`) is the outlet's name.
  const range = ctx.text[whole.start] === '《' && ctx.text[whole.end - 1] === '》' && whole.end - whole.start > 2 ? { start: whole.start + 1, end: whole.end - 1 } : whole;
  // A name in quotation marks, perhaps with its original after it (`“带我们的家人回家运动”(“Bring Our Families Home Campaign”)`):
  // a named group or campaign, whatever its words say.
  const quoted = QUOTED_NAME.exec(ctx.text.slice(range.start, range.end));
  if (quoted?.[1] && !headMention(ctx.mentions, range.start, range.end)) {
    const start = range.start + 1;
    return { speaker: { text: quoted[1], start, end: start + quoted[1].length, kind: 'entity' } };
  }
  const text = ctx.text.slice(range.start, range.end);
  const base: Speaker = { text, start: range.start, end: range.end };
  let head = headMention(ctx.mentions, range.start, range.end);
  // A long phrase is a clause, not a title: its subject is the entity it opens with.
  if (head && head.type !== 'PERSON' && range.end - range.start > 15) {
    head = ctx.mentions.find((m) => m.start === range.start && m.end <= range.end) ?? head;
  }
  // A body no mention holds, named before its staff or its document (`消防處發言人`, `消防處資料`): the body speaks.
  const body = head ? undefined : unnamedBody(text);
  if (body) return { speaker: { text: body, start: range.start, end: range.start + body.length, kind: 'entity' } };
  // `官网声明`: the statement on the website of the body named with it before (`中国外交部官网…发布…，官网声明说`).
  const site = head ? undefined : websiteOwner(ctx, text, range.start);
  if (site) return { speaker: { ...base, text: site.text, entityId: site.entityId, kind: 'entity' }, type: site.type };
  // `该局`, `该院`, or a bare `法院` after the story named `南京市中级人民法院`: the named body it refers back to.
  const referred = head ? undefined : namedBodyFor(ctx, text, range.start);
  if (referred) return { speaker: { ...base, text: referred.text, entityId: referred.entityId, kind: 'entity' }, type: referred.type };
  let lex = lexicalKind(text);
  // A kind of person named by a word inside a body's name (`保安局局長`: 保安) is no such person.
  if ((lex === 'witness' || lex === 'public' || lex === 'expert') && head && head.type !== 'PERSON') {
    let masked = text;
    for (const m of ctx.mentions) if (m.start >= range.start && m.end <= range.end && m.type !== 'PERSON') masked = masked.slice(0, m.start - range.start) + '□'.repeat(m.end - m.start) + masked.slice(m.end - range.start);
    lex = lexicalKind(masked);
  }
  // A picture or video of a named account or body is its claim (`抖音用户“…”上传的视频`); with nobody named it stays unattributed.
  if (lex === 'unattributed' && head && (head.type === 'ORG' || head.type === 'PERSON')) {
    return { speaker: { ...base, entityId: head.entityId, kind: 'entity' }, type: head.type };
  }
  // A bare document noun (`声明说`, `通报称`) is the document of the body that issued it earlier.
  const doc = !head ? BARE_DOCUMENT.exec(text) : null;
  const issuer = doc?.[1] ? documentIssuer(ctx, doc[1], si) : undefined;
  if (issuer) return { speaker: { ...issuer.speaker, start: range.start, end: range.end }, type: issuer.type };
  if (lex === 'statement' || lex === 'media') return { speaker: { ...base, entityId: head?.entityId, kind: lex }, type: head?.type };
  if (head?.type === 'PERSON') {
    // Transliterated names the mention may have cut short: 哈里森 + ·李.
    const tail = /^·[\u4e00-\u9fff]{1,6}/.exec(ctx.text.slice(head.end, range.end))?.[0] ?? '';
    const end = head.end + tail.length;
    return { speaker: { text: ctx.text.slice(head.start, end), start: head.start, end, entityId: head.entityId, kind: 'entity' }, type: 'PERSON' };
  }
  const titled = titledName(ctx.text, range);
  // `国会议员`: an organisation before the honorific is no personal name.
  const named = titled && !ctx.mentions.some((m) => m.start === titled.start && m.end === titled.end && m.type !== 'PERSON') ? titled : undefined;
  if (named) return { speaker: { text: ctx.text.slice(named.start, named.end), ...named, kind: EXPERT_TITLE.test(text) ? 'expert' : 'entity' } };
  if (PRONOUN.test(text)) return withRef(base, resolvePronoun(ctx, range.start, si, PLURAL.test(text)));
  // `对方`: the other party, the person or body last named before it (`向「聯合早報」了解原因，對方…稱`).
  if (/^(?:对方|對方)/.test(text)) {
    const party = otherParty(ctx, range.start, si);
    const words = { text: text.slice(0, 2), start: range.start, end: range.start + 2 };
    if (party) return { speaker: { ...words, entityId: party.entityId, kind: 'entity' }, type: party.type };
  }
  const role = ROLE.exec(text);
  if (role) {
    const anaphoric = ANAPHORIC.test(text);
    const ref = resolveRole(ctx, role[0], anaphoric ? role[0] : text, range.start);
    if (ref) return withRef(base, ref);
    // A bare `发言人` after `香港特區政府發言人表示…`: the same body's spokesperson.
    const spoke = text === role[0] || anaphoric ? spokesperson(ctx, role[0], si) : undefined;
    if (spoke) return { speaker: { ...spoke.speaker, start: range.start, end: range.end }, type: spoke.type };
    if (anaphoric) {
      const recent = recentDraft(ctx, si, 3);
      if (recent?.speaker.entityId && recent.speakerType === 'PERSON') return withRef(base, { entityId: recent.speaker.entityId, type: 'PERSON', text: recent.speaker.text });
      return withRef(base, resolvePronoun(ctx, range.start, si, false));
    }
  }
  if (head && head.end === range.end - 2 && (head.type === 'GPE' || head.type === 'ORG') && /(?:政府|方面)$/.test(text)) {
    // `中国政府`, `北京方面`: the country or body itself speaks.
    return { speaker: { ...base, entityId: head.entityId, kind: 'entity' }, type: head.type };
  }
  // A named body's unnamed staff speak for it (`廉江市教育局人员`); unnamed officials keep their kind.
  // A facility that works as a body (`將軍澳醫院發言人`): its staff speak for it too.
  const staff = lex === 'official' && !head ? STAFF.exec(text) : null;
  const facility = staff ? ctx.mentions.find((m) => m.type === 'FAC' && m.start >= range.start && m.end === range.start + staff.index) : undefined;
  if (facility) return { speaker: { ...base, entityId: facility.entityId, kind: 'entity' }, type: 'FAC' };
  if (lex === 'official' && head?.type === 'ORG' && STAFF.test(text)) return { speaker: { ...base, entityId: head.entityId, kind: 'entity' }, type: head.type };
  if (lex === 'official' && head && (head.type === 'ORG' || head.type === 'GPE')) return { speaker: { ...base, entityId: head.entityId, kind: lex }, type: head.type };
  if (lex) return { speaker: { ...base, kind: lex } };
  if (!head && range.start > (ctx.sentences[si]?.start ?? range.start)) {
    // No entity in a later clause (`華春瑩在推特上傳照片，發文還寫：`): a verb, not a subject.
    const elided = elidedSpeaker(ctx, range.start, si);
    if (elided.type === 'PERSON' && elided.speaker.start !== undefined) return elided;
  }
  if (head) return { speaker: { ...base, entityId: head.entityId, kind: 'entity' }, type: head.type };
  // A bare name the article already gave to a person (a later mention the entity stage missed).
  const known = ctx.mentions.find((m) => m.type === 'PERSON' && m.text === text);
  if (known) return { speaker: { ...base, entityId: known.entityId, kind: 'entity' }, type: 'PERSON' };
  if (NAME_LIKE.test(text)) return { speaker: { ...base, kind: 'expert' } };
  // A name no mention holds, after a modifier (`执飞该航班的西部航空公司`): the head after the last 的 names it.
  const de = text.lastIndexOf('的');
  if (de > 0 && text.length - de - 1 >= 2) return { speaker: { text: text.slice(de + 1), start: range.start + de + 1, end: range.end, kind: 'entity' } };
  return { speaker: { ...base, kind: 'entity' } };
}

const PREPOSITION = new RegExp(`^(?:${listed(ZH_GRAMMAR.prepositionOpeners.words)})$`);

/**
 * Whether a clause starting at `pos` opens on a preposition (`对菲律宾表示支持`, `向媒体表示`): the segmenter tags the
 * word there `p`, it is one of data/zh-claim-grammar.json `prepositionOpeners`, and no mention starts on it.
 */
export function opensOnPreposition(ctx: ClaimContext, pos: number): boolean {
  const tokens = ctx.tokens();
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  const first = tokens[lo];
  return first?.start === pos && first.tag === 'p' && PREPOSITION.test(first.word) && !ctx.mentions.some((m) => m.start === pos);
}

/**
 * The speaker of a clause with no subject (`…，强调…`): an earlier claim in the same
 * sentence, else the subject of the sentence's first clause, else the speaker of a claim
 * in the previous sentence, else nobody.
 */
export function elidedSpeaker(ctx: ClaimContext, pos: number, si: number): ResolvedSpeaker {
  const same = recentDraft(ctx, si, 0);
  if (same) return { speaker: { ...same.speaker }, type: same.speakerType };
  const sentence = ctx.sentences[si];
  // The nearest earlier clause of the sentence that opens on an entity (`秦刚就…，强调…`).
  const floor = sentence?.start ?? pos;
  let to = pos;
  while (to > floor && /[，,；;：:\s]/.test(ctx.text[to - 1] ?? '')) to--;
  while (to > floor) {
    let from = to;
    while (from > floor && !/[，,；;：:]/.test(ctx.text[from - 1] ?? '')) from--;
    const subject = speakerPhrase(ctx.text, from, to, ctx.mentions);
    const opening = ctx.mentions.find((m) => m.start === subject.start && ['PERSON', 'ORG', 'GPE'].includes(m.type));
    if (!/^(?:根据|根據|据|據)/.test(ctx.text.slice(from, to)) && subject.end > subject.start && !opensOnPreposition(ctx, subject.start)) {
      if (subject.end - subject.start <= 15 && headMention(ctx.mentions, subject.start, subject.end)) return resolveSpeaker(ctx, subject, si);
      if (opening) return resolveSpeaker(ctx, { start: opening.start, end: opening.end }, si);
      // A group or kind of speaker opening the sentence keeps the subject (`家属不服，认为…`).
      const group = GROUP_SUBJECT.exec(ctx.text.slice(subject.start, to));
      if (group && lexicalKind(group[1]!)) return resolveSpeaker(ctx, { start: subject.start, end: subject.start + group[1]!.length }, si);
    }
    to = from - 1;
  }
  // The reporter keeps the subject across a few sentences (`…表明…。谈话中除提及…`).
  const recent = recentDraft(ctx, si, 1);
  const subject = recent ? undefined : previousSubject(ctx, si);
  if (subject) return resolveSpeaker(ctx, subject, si);
  const prev = recent ?? namedDraft(ctx, si, 3);
  if (prev) {
    const { start: _s, end: _e, ...rest } = prev.speaker;
    return { speaker: rest, type: prev.speakerType };
  }
  return { speaker: { text: '', kind: 'unattributed' } };
}

/** The latest claim within `window` sentences whose speaker is a named person or organisation. */
function namedDraft(ctx: ClaimContext, si: number, window: number): Draft | undefined {
  for (let i = ctx.drafts.length - 1; i >= 0; i--) {
    const d = ctx.drafts[i];
    if (!d || si - d.sentenceIndex > window) break;
    if (d.speaker.entityId && (d.speakerType === 'PERSON' || d.speakerType === 'ORG')) return d;
  }
  return undefined;
}

/**
 * The person the previous sentence of the same paragraph opens on (`肯尼迪在…的同时，给…写信。`),
 * the subject a following subjectless clause keeps.
 */
function previousSubject(ctx: ClaimContext, si: number): Range | undefined {
  const prev = ctx.sentences[si - 1];
  const here = ctx.sentences[si];
  if (!prev || !here || !sameParagraph(ctx, prev.start, here.start)) return undefined;
  let to = prev.start;
  while (to < prev.end && !/[，,；;：:。]/.test(ctx.text[to] ?? '')) to++;
  const phrase = speakerPhrase(ctx.text, prev.start, to, ctx.mentions);
  const m = ctx.mentions.find((x) => x.start === phrase.start && x.type === 'PERSON');
  return m ? { start: m.start, end: m.end } : undefined;
}

/** A body's website, or a document on it, as a speaker: `官网`, `官网声明`, `该网站文章`. */
const WEBSITE = /^(?:该|該)?(?:官网|官網|官方网站|官方網站|网站|網站)(?:上的|上)?(?:声明|聲明|文章|消息|公告|通报|通報|通告)?$/;

/** The organisation or country whose website a phrase names (`官网声明`): the last one written right before `官网` earlier. */
function websiteOwner(ctx: ClaimContext, phrase: string, pos: number): FlatMention | undefined {
  if (!WEBSITE.test(phrase)) return undefined;
  let owner: FlatMention | undefined;
  for (const m of ctx.mentions) {
    if (m.end > pos) break;
    if ((m.type === 'ORG' || m.type === 'GPE') && /^(?:官方)?(?:官网|官網|网站|網站)/.test(ctx.text.slice(m.end, m.end + 4))) owner = m;
  }
  return owner;
}

/** A determiner before a body's ending (`该局`, `該院`, `这家公司`). */
const ANAPHORIC_BODY = /^(?:该|該|此|这家|這家|这个|這個|这|這)([\u4e00-\u9fff]{1,3})$/;

/**
 * The organisation a short phrase refers back to: `该局` → the last body named before `pos` whose
 * name ends on 局; a bare body word (`法院`, `检察院`) → the one body named before `pos` whose name
 * ends on it (none, or several different ones: undefined).
 */
function namedBodyFor(ctx: ClaimContext, whole: string, pos: number): FlatMention | undefined {
  // `该局一名工作人员`: the body's staff speak for the body the determiner refers back to.
  const staff = STAFF.exec(whole);
  const phrase = staff && staff.index > 0 ? whole.slice(0, staff.index).replace(/(?:一名|一位|的)$/, '') : whole;
  if (phrase !== whole && !ANAPHORIC_BODY.test(phrase)) return undefined;
  const anaphoric = ANAPHORIC_BODY.exec(phrase)?.[1];
  const ending = toSimplified(anaphoric ?? phrase);
  if (!anaphoric && !/^[\u4e00-\u9fff]{2,4}$/.test(phrase)) return undefined;
  const bodies = ctx.mentions.filter((m) => m.type === 'ORG' && m.end <= pos && m.text.length > ending.length && toSimplified(m.text).endsWith(ending));
  if (anaphoric) return bodies[bodies.length - 1];
  const ids = new Set(bodies.map((m) => m.entityId ?? m.text));
  return ids.size === 1 ? bodies[bodies.length - 1] : undefined;
}

/** The speaker of a recent claim (three sentences back) whose phrase names a body's `role` (`香港特區政府發言人`). */
function spokesperson(ctx: ClaimContext, role: string, si: number): ResolvedSpeaker | undefined {
  for (let i = ctx.drafts.length - 1; i >= 0; i--) {
    const d = ctx.drafts[i];
    if (!d || si - d.sentenceIndex > 3) break;
    const words = d.speaker.start !== undefined && d.speaker.end !== undefined ? ctx.text.slice(d.speaker.start, d.speaker.end) : d.speaker.text;
    if (d.speaker.kind === 'entity' && words.length > role.length && words.endsWith(role)) {
      const { start: _s, end: _e, ...speaker } = d.speaker;
      return { speaker, type: d.speakerType };
    }
  }
  return undefined;
}

/** The person or body named last before `pos`, in this sentence or the one before it. */
function otherParty(ctx: ClaimContext, pos: number, si: number): FlatMention | undefined {
  const from = ctx.sentences[Math.max(0, si - 1)]?.start ?? 0;
  let last: FlatMention | undefined;
  for (const m of ctx.mentions) {
    if (m.end > pos) break;
    if (m.start >= from && (m.type === 'PERSON' || m.type === 'ORG')) last = m;
  }
  return last;
}
