import type { Span } from '../../schema/article';
import type { Token } from '../segment';
import { findAccording } from './according';
import { alternation, containing, ending, exactly, opening, ZH_GRAMMAR as G } from './grammar';
import { insideQuote, quoteRun, trimContent } from './content';
import { canTrail, type Cue, findCues, HEARER_CUE, UNATTRIBUTED_CUE } from './cues';
import { headMention } from './mentions';
import { isCloseQuote, isOpenQuote } from './quotes';
import { documentIssuer } from './resolve';
import { opensOnPreposition, resolveSpeaker, type ResolvedSpeaker } from './speaker';
import { lexicalKind } from './speaker-kind';
import { clauseStart, type Range, speakerPhrase } from './speaker-span';
import { type ClaimContext, type Draft, sameParagraph } from './types';

const OBJECT = /^[^，,：:。；;“”「」"\n]{1,15}[，,：:]/;
/** Nothing but a speech suffix and final punctuation after a cue. */
const CUE_AT_END = /^[道\s。．.！!？?…]*$/;
const NEGATION = containing(G.negation.words);
/** A stance noun phrase that is the whole first clause after a cue: no content of its own. */
const STANCE = new RegExp(`^[^，,。；;：:“”「」"]{0,6}(?:${alternation(G.stanceNouns.words)})(?=$|[，,。；;！!？?])`);
/** A bare topic (`台湾问题`) after a cue: what was raised, not what was said. */
const TOPIC_ONLY = new RegExp(`^[^，,。；;]{0,6}(?:${alternation(G.topicNouns.words)})$`);
/** A short phrase ending on the existential 有 (`有`, `此前有`, `当地有`): `有报道称` is "a report says". */
const EXISTENTIAL = /^[^，,。；;：:]{0,4}有$/;
/** Cues that are nouns of a report or analysis (`报道称`, `分析指`), the subject after an existential 有. */
const REPORT_NOUN_CUE = opening(G.existentialReportCues.words);
/** Report-noun cues whose unnamed author is an expert (`有分析指`). */
const EXPERT_REPORT_CUE = opening(G.expertReportCues.words);
/** Cues that make their speaker a medium (`X报道称`). */
const MEDIA_CUE = opening(G.mediaCues.words);
/** Cues that open on a document noun (`通报称`, `声明说`): with no subject, the document is the speaker. */
const DOCUMENT_CUE = opening(G.documentCues.words);
const FIRST_PERSON = opening(G.firstPerson.words);
/** A noun-like cue (`回应`) and the openers of a next clause that turns away from it (`但`). */
const TURN_AWAY_CUE = exactly(G.turnAway.cues);
const TURN_AWAY = opening(G.turnAway.openers);

/**
 * Finds the claims of Chinese sentence `si`: a trailing attribution (`“……”，他说。`), then
 * each remaining cue left to right (content after it, direct when it is a quote run, with a
 * quote run just before the speaker attributed too), `据…报道` openers (dropped when a
 * more specific cue follows), and finally a quote-only sentence continuing the last speaker.
 */
export function sentenceClaims(ctx: ClaimContext, si: number): void {
  const sentence = ctx.sentences[si];
  if (!sentence) return;
  const { start: ss, end: se } = sentence;
  const { text } = ctx;
  const claimed = (pos: number): boolean => ctx.drafts.some((d) => d.start <= pos && pos < d.end);
  const according = findAccording(ctx, ss, se, si).filter((a) => !claimed(a.start) && !insideQuote(ctx.quotes, a.start));
  const inAccording = (pos: number): boolean => according.some((a) => a.start <= pos && pos < a.end);
  const verbCues = findCues(text, ss, se).filter((c) => !insideQuote(ctx.quotes, c.start) && !inAccording(c.start) && !claimed(c.start));
  const cues = [...verbCues, ...colonCues(ctx, ss, se, verbCues)].sort((a, b) => a.start - b.start);
  const before = ctx.drafts.length;
  const add = (resolved: ResolvedSpeaker, cue: string, content: Range, direct: boolean): void => {
    if (content.end <= content.start) return;
    // Too little to be a statement, or a `是…的` clause (`是在…提到习近平的`).
    const clause = /[，,：:]/.test(text[content.start - 1] ?? '');
    if (!direct && (content.end - content.start < 3 || TOPIC_ONLY.test(text.slice(content.start, content.end)) || (!clause && content.end - content.start <= 8 && text[content.end - 1] === '的'))) return;
    ctx.drafts.push({ speaker: resolved.speaker, speakerType: resolved.type, cue, ...content, direct, sentence: sentenceOf(ctx.sentences, si, content), sentenceIndex: si });
  };

  const last = cues[cues.length - 1];
  let trailing: Cue | undefined;
  if (last && canTrail(last.text) && CUE_AT_END.test(text.slice(last.end, se))) {
    const cs = clauseStart(text, ss, last.start, ctx.quotes);
    const mark = text[cs - 1] ?? '';
    const runBefore = isCloseQuote(mark) ? quoteRun(text, ctx.quotes, ss, cs, true) : undefined;
    if (cs > ss && last.start - cs <= 30 && (/[，,]/.test(mark) || runBefore)) {
      const resolved = resolveSpeaker(ctx, speakerPhrase(text, cs, last.start, ctx.mentions), si);
      const contentEnd = isCloseQuote(mark) ? cs : cs - 1;
      const run = quoteRun(text, ctx.quotes, ss, contentEnd);
      trailing = last;
      if (run) add(resolved, last.text, { start: run.first.start, end: run.last.end }, true);
      else add(resolved, last.text, trimContent(text, ss, contentEnd), false);
    }
  }
  for (const cue of cues) {
    if (cue === trailing) continue;
    const owner = ctx.drafts.findIndex((d) => d.start <= cue.start && cue.start < d.end);
    if (owner >= 0 && !splitAt(ctx, si, owner, cue)) continue;
    cueClaim(ctx, si, cue, add);
  }
  according.forEach((a, i) => {
    const inner = ctx.drafts.slice(before).some((d) => d.start >= a.end);
    if (!inner) add(a.resolved, a.cue, trimContent(text, a.end, according[i + 1]?.start ?? se), false);
  });
  // A reporter's question (`…透露了哪些信息？`) is no claim.
  if (/[？?]$/.test(text.slice(ss, se))) {
    for (let i = ctx.drafts.length - 1; i >= before; i--) if (!ctx.drafts[i]?.direct) ctx.drafts.splice(i, 1);
  }
  if (ctx.drafts.length > before) {
    splitPropositions(ctx, before);
    return;
  }
  if (claimed(ss)) return;
  const run = quoteRun(text, ctx.quotes, ss, se, true);
  const prev = ctx.drafts[ctx.drafts.length - 1];
  if (!run && prev && carriesOver(ctx, prev, si)) {
    add(carried(prev), prev.cue, trimContent(text, ss, se), false);
    const made = ctx.drafts[ctx.drafts.length - 1];
    if (made && made !== prev) made.carried = true;
    splitPropositions(ctx, before);
    return;
  }
  if (!run || run.last.end - run.first.start < 4) return;
  const speaker = prev && si - prev.sentenceIndex <= 4 ? carried(prev) : { speaker: { text: '', kind: 'unattributed' as const } };
  add(speaker, prev?.cue ?? '', { start: run.first.start, end: run.last.end }, true);
  const made = ctx.drafts[ctx.drafts.length - 1];
  if (made) made.carried = true;
}

function cueClaim(ctx: ClaimContext, si: number, cue: Cue, add: (r: ResolvedSpeaker, cue: string, c: Range, direct: boolean) => void): void {
  const { text } = ctx;
  const sentence = ctx.sentences[si];
  if (!sentence) return;
  const { start: ss, end: se } = sentence;
  const cs = clauseStart(text, ss, cue.start, ctx.quotes);
  let phrase = speakerPhrase(text, cs, cue.start, ctx.mentions);
  // A clause opening on a preposition (`对菲律宾表示支持`, `向媒体表示`) has no subject of its own.
  if (phrase.end > phrase.start && opensOnPreposition(ctx, phrase.start)) phrase = { start: phrase.start, end: phrase.start };
  if (phrase.end <= phrase.start && cue.text.startsWith('分析')) phrase = { start: cue.start, end: cue.start + 2 };
  // The author's own voice (`我前面说了`, `笔者认为`) is no attributed claim; nor is negated speech.
  if (FIRST_PERSON.test(text.slice(phrase.start, phrase.end))) return;
  if (NEGATION.test(text.slice(phrase.end, cue.start))) return;
  const words = text.slice(phrase.start, phrase.end);
  // `有报道称`, `此前有分析指`: an existential 有 before a noun-like cue names nobody; the report itself speaks.
  const existential = EXISTENTIAL.test(words) && REPORT_NOUN_CUE.test(cue.text);
  // `通报称，…` with nothing before it: the document speaks for the body that issued it.
  const noun = phrase.end <= phrase.start ? DOCUMENT_CUE.exec(cue.text)?.[0] : undefined;
  const issued = noun ? documentIssuer(ctx, noun, si) : undefined;
  // `也传出…`: what circulates has no source unless a named one is the subject.
  const rumour = UNATTRIBUTED_CUE.has(cue.text) && !headMention(ctx.mentions, phrase.start, phrase.end);
  const resolved: ResolvedSpeaker = existential
    ? { speaker: { text: '', kind: EXPERT_REPORT_CUE.test(cue.text) ? 'expert' : 'media' } }
    : rumour
      ? { speaker: { text: '', kind: 'unattributed' } }
      : issued ?? resolveSpeaker(ctx, phrase, si);
  if (!existential && phrase.end > phrase.start && cue.text.startsWith('分析') && phrase.start === cue.start) resolved.speaker.kind = 'expert';
  if (MEDIA_CUE.test(cue.text) && resolved.speaker.kind !== 'statement') resolved.speaker.kind = 'media';
  const mark = text[cs - 1] ?? '';
  if (cs > ss && isCloseQuote(mark)) {
    const run = quoteRun(text, ctx.quotes, ss, cs, true);
    if (run) add(resolved, cue.text, { start: run.first.start, end: run.last.end }, true);
  } else if (cs === ss) attributePreviousQuote(ctx, si, resolved, cue.text);
  let p = cue.end;
  const object = hearer(ctx, cue, se);
  if (object) p += object[0].length;
  while (p < se && /[\s，,：:了]/.test(text[p] ?? '')) p++;
  // `重申严正立场，…` / `表达了关切`: a speech act without propositional content.
  if (STANCE.test(text.slice(p, se))) return;
  // `低调回应，但…`: a noun-like cue whose next clause turns away is no report.
  if (TURN_AWAY_CUE.test(cue.text) && TURN_AWAY.test(text.slice(p, p + 2))) return;
  if (isOpenQuote(text[p])) {
    const run = quoteRun(text, ctx.quotes, p, se);
    if (run) return add(resolved, cue.text, { start: run.first.start, end: run.last.end }, true);
    if (!ctx.quotes.some((q) => q.open === p)) return add(resolved, cue.text, trimContent(text, p + 1, se), true);
  }
  const content = trimContent(text, p, se);
  // `传出一声巨响`: a sound, not a report; what circulates is a whole proposition.
  if (rumour && content.end - content.start < 8) return;
  add(resolved, cue.text, content, false);
}

/**
 * The hearer after a cue that takes one, with its comma (`告诉记者，`, `提醒广大市民，`), or null. A verb inside
 * is no hearer: `呼吁民众密切关注预警信息，…` calls for what follows 呼吁.
 */
function hearer(ctx: ClaimContext, cue: Cue, to: number): RegExpExecArray | null {
  if (!HEARER_CUE.test(cue.text)) return null;
  const object = OBJECT.exec(ctx.text.slice(cue.end, to));
  if (!object) return null;
  const words = tokensIn(ctx.tokens(), cue.end, cue.end + object[0].length - 1);
  return words.some((t) => /^v/.test(t.tag)) ? null : object;
}

/**
 * A quote-only sentence right before a sentence that opens with its speaker
 * (`“……。”宋国诚补充说道。`) belongs to that speaker, not to the one carried before it.
 */
function attributePreviousQuote(ctx: ClaimContext, si: number, resolved: ResolvedSpeaker, cue: string): void {
  const prev = ctx.sentences[si - 1];
  const here = ctx.sentences[si];
  if (!prev || !here || !sameParagraph(ctx, prev.start, here.start)) return;
  // The quote opens its paragraph.
  if (prev.start > 0 && sameParagraph(ctx, prev.start - 1, prev.start)) return;
  const draft = ctx.drafts.find((d) => d.sentenceIndex === si - 1 && d.direct && d.carried === true);
  if (draft) {
    draft.speaker = { ...resolved.speaker };
    draft.speakerType = resolved.type;
    draft.cue = cue;
    draft.carried = false;
  }
}

/**
 * A new speaker inside reported content (`布林肯表示，X，他在会晤期间告诉中国领导人，Y`)
 * starts a claim of its own: the earlier content ends before that clause (and is dropped
 * when nothing is left of it). Returns whether the cue may start a claim.
 */
function splitAt(ctx: ClaimContext, si: number, owner: number, cue: Cue): boolean {
  const d = ctx.drafts[owner];
  const sentence = ctx.sentences[si];
  if (!d || !sentence || d.direct || d.sentenceIndex !== si) return false;
  const { text } = ctx;
  const cs = clauseStart(text, sentence.start, cue.start, ctx.quotes);
  if (cs <= d.start || !/[，,；;]/.test(text[cs - 1] ?? '')) return false;
  const phrase = speakerPhrase(text, cs, cue.start, ctx.mentions);
  if (phrase.end <= phrase.start) return chained(ctx, d, owner, cs, cue);
  let p = cue.end;
  const object = hearer(ctx, cue, sentence.end);
  if (object) p += object[0].length - 1;
  if (!/^[，,：:“「『"]/.test(text.slice(p, p + 1)) && !contrastive(ctx, cs, phrase)) return false;
  d.end = trimContent(text, d.start, cs).end;
  if (d.end - d.start < 3) ctx.drafts.splice(owner, 1);
  return true;
}

/** Cues a subjectless clause can chain to the claim before it, and the connectives allowed before them. */
const CHAINED_CUE = exactly(G.chainedCues.cues);
const CHAIN_LEAD = new RegExp(`^(?:${alternation(G.chainedCues.connectives)})?$`);

/**
 * A second cue of the same speaker inside reported content (`…侦办中，并提醒广大市民，…`, `…响应，呼吁民众…`):
 * the claim before ends at that clause, which becomes a claim of its own (the speaker of the clause before).
 */
function chained(ctx: ClaimContext, d: Draft, owner: number, cs: number, cue: Cue): boolean {
  const { text } = ctx;
  if (!CHAINED_CUE.test(cue.text) || !CHAIN_LEAD.test(text.slice(cs, cue.start).trim())) return false;
  const rest = text.slice(cue.end, d.end);
  if (rest.trim().length < 4) return false;
  d.end = trimContent(text, d.start, cs).end;
  if (d.end - d.start < 3) ctx.drafts.splice(owner, 1);
  return true;
}

/** Markers of a contrastive subject switch: `，秦刚则…`, `，而秦刚…`, `，秦刚也…`. */
const CONTRAST_BEFORE = opening(G.contrastBefore.words);
const CONTRAST_AFTER = opening(G.contrastAfter.words);

/**
 * A speaker named right before a colon and a quotation (`乘客王先生：“…”`, `村民们：“…”`): the colon
 * is the cue when the clause before it is a short phrase that names somebody (a mention or a kind
 * of speaker) and no reporting verb already introduces the quotation.
 */
function colonCues(ctx: ClaimContext, ss: number, se: number, verbCues: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  const { text } = ctx;
  for (let c = ss; c < se; c++) {
    if (!/[：:]/.test(text[c] ?? '') || insideQuote(ctx.quotes, c)) continue;
    let q = c + 1;
    while (q < se && /\s/.test(text[q] ?? '')) q++;
    // A quotation after the colon, or a section heading `拜登：未来数月将与习近平会面` (a headline's claim).
    if (!isOpenQuote(text[q]) && !(inHeading(ctx, c) && se - q >= 4)) continue;
    if (verbCues.some((v) => v.end <= c && c - v.end <= 2)) continue;
    const cs = clauseStart(text, ss, c, ctx.quotes);
    const phrase = speakerPhrase(text, cs, c, ctx.mentions);
    const words = text.slice(phrase.start, phrase.end);
    // The phrase opens the sentence and is only a name, or a short kind noun phrase (一名目击者), no predicate.
    if (phrase.end <= phrase.start || phrase.end - phrase.start > 15 || phrase.start !== cs || cs !== ss || phrase.end !== c) continue;
    const named = ctx.mentions.some((m) => m.start >= phrase.start && m.end === phrase.end && ['PERSON', 'ORG', 'GPE'].includes(m.type));
    if (!named && !(lexicalKind(words) && words.length <= 6 && !/[的是很对對在为為了]/.test(words))) continue;
    out.push({ start: c, end: c + 1, text: text[c]! });
  }
  return out;
}

/** Whether `pos` lies in a section heading of the story (a paragraph of kind `h`). */
function inHeading(ctx: ClaimContext, pos: number): boolean {
  return ctx.paragraphs.some((p) => p.kind === 'h' && p.start <= pos && pos < p.end);
}

/**
 * True when clause `[cs, …)` switches to a new named subject with a contrastive marker
 * (`…的重要性，秦刚则明言…`): the clause opens on an entity mention (after `而`/`但`) and a
 * marker (`则`, `也`) follows it, or the clause opens with `而`/`但`.
 */
function contrastive(ctx: ClaimContext, cs: number, phrase: Range): boolean {
  const opensOnEntity = ctx.mentions.some(
    (m) => m.start === phrase.start && m.end <= phrase.end && (m.type === 'PERSON' || m.type === 'ORG' || m.type === 'GPE'),
  );
  if (!opensOnEntity) return false;
  const lead = ctx.text.slice(cs, phrase.start).trim();
  return CONTRAST_BEFORE.test(lead) || CONTRAST_AFTER.test(ctx.text.slice(phrase.end, phrase.end + 2));
}

/** Cues of notices, reports and accounts, whose attribution covers the sentences that continue them. */
const ACCOUNT_CUE = new RegExp(`(?:${alternation(G.accountCues.contains)})|^(?:${alternation(G.accountCues.opens)})|^(?:${alternation(G.accountCues.exact)})$`);
/** Nouns of an issued document (data/zh-claim-grammar.json). */
const DOCUMENT_NOUN = containing(G.documentNouns.words);
/** Sentences in the reporter's own voice: an inference or a turn to background. */
const OWN_VOICE = opening(G.ownVoice.words);

/**
 * Whether sentence `si`, which has no cue of its own, continues the account of claim `prev`
 * (`据通报，…。犯罪嫌疑人已被拘捕。`): `prev` is a notice, report or account in the previous
 * sentence of the same paragraph (or itself carried over, at most three sentences on), and the
 * sentence is no question and does not open in the reporter's own voice.
 */
function carriesOver(ctx: ClaimContext, prev: Draft, si: number): boolean {
  if (prev.direct || prev.sentenceIndex !== si - 1) return false;
  // A notice by its cue (`通报称`), or by the document its clause names before the cue (`发布新闻稿指出`).
  if (!ACCOUNT_CUE.test(prev.cue) && !namesDocument(ctx, prev)) return false;
  const here = ctx.sentences[si];
  const before = ctx.sentences[si - 1];
  if (!here || !before || !sameParagraph(ctx, before.start, here.start)) return false;
  // Sentences carried so far (a sentence split into several propositions counts once).
  const chain = new Set(ctx.drafts.filter((d) => d.carried && !d.direct && d.cue === prev.cue && si - d.sentenceIndex <= 3).map((d) => d.sentenceIndex)).size;
  if (chain >= 3) return false;
  const body = ctx.text.slice(here.start, here.end).trim();
  return body.length >= 6 && !/[？?]$/.test(body) && !OWN_VOICE.test(body) && !isOpenQuote(body[0]);
}

/** Whether the claim that opened `d`'s account (`d` itself, or the one it was carried from) names a document before its cue. */
function namesDocument(ctx: ClaimContext, d: Draft): boolean {
  let origin = d;
  for (let i = ctx.drafts.indexOf(d); i >= 0 && origin.carried; i--) {
    const x = ctx.drafts[i];
    if (x && x.cue === d.cue && x.speaker.text === d.speaker.text && x.sentenceIndex < origin.sentenceIndex) origin = x;
  }
  return !origin.carried && DOCUMENT_NOUN.test(ctx.text.slice(origin.sentence.start, origin.start));
}

/** Clause openers that continue the clause before them (致6人死亡, 并…, 其中…) rather than start a proposition. */
const CONTINUES_WORD = opening(G.continues.words);
/** Openers of a new subject that a continuing word begins (`其余3人…` is no `其…`). */
const NEW_SUBJECT = opening(G.newSubjectLeads.words);
const CONTINUES = { test: (s: string): boolean => CONTINUES_WORD.test(s) && !NEW_SUBJECT.test(s) };

/**
 * Whether the comma at `p` separates two parallel propositions that each state a figure
 * (`出口下降12.4%，进口下降6.8%`, `8名伤者情况稳定，3名伤者已经出院`): both clauses hold a digit,
 * the next has its own subject (it does not open on a connective) and is at least four characters.
 */
function parallelFigures(text: string, from: number, p: number, to: number): boolean {
  let next = p + 1;
  while (next < to && !/[，,；;。]/.test(text[next] ?? '')) next++;
  const before = text.slice(from, p);
  const after = text.slice(p + 1, next).trim();
  // The figure must be in the clause right before the comma, not in a time adverbial before it (`2019年至2023年间，刘某…`).
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1).trim();
  // A partitive before the comma (`11名受伤乘客中，8人已出院`) qualifies the clause after it.
  if (PARTITIVE_END.test(before.trim())) return false;
  // An adverbial clause before the comma (`列车于下午3时20分通过弯道时，第3节车厢出轨`) qualifies the clause after it.
  if (ADVERBIAL_OPENER.test(clause) || ADVERBIAL_END.test(clause)) return false;
  return /[0-9０-９]/.test(clause) && /[0-9０-９]/.test(after) && after.length >= 4 && !CONTINUES.test(after);
}

/** A time adverbial standing alone before a comma (`今年1至4月，…`, `截至9日22时，…`): no clause of its own. */
const TIME_ONLY = new RegExp(`^(?:${alternation(G.timeOnly.leads)})?[${G.timeOnly.chars}]+$`);
/** Ends of a partitive (`11名受伤乘客中，`): it qualifies the clause after it. */
const PARTITIVE_END = ending(G.partitiveEnds.words);

/** Openers of an adverbial or subordinate clause (`在发生危机时，`, `当被问及此事时，`, `由于…，`): it qualifies the next clause. */
const ADVERBIAL_OPENER = opening(G.adverbialOpeners.words, G.adverbialOpeners.notFollowedBy);
/** Ends of an adverbial clause (`…之前，`, `年初以来，`, `以美元计，`) or a partitive (`11名伤者中，`). */
const ADVERBIAL_END = ending(G.adverbialEnds.words);
/** Tags of the segmenter's nouns that can head a subject (common nouns, names, places, bodies). */
const SUBJECT_TAG = exactly(G.tags.subject);
/** Tags of the words that make a clause a predicate: verbs, adjectives, adverbs (已, 正在). */
const PREDICATE_TAG = exactly(G.tags.predicate);
/** Tags of adverbs (the segmenter tags 仍 `zg`, 正在 `t`). */
const ADVERB = exactly(G.tags.adverb);
/** Quantifiers of people that are a subject on their own (`无人`, `有人`). */
const EXISTENTIAL_SUBJECT = opening(G.existentialSubjects.words, G.existentialSubjects.notFollowedBy);
/** Words a quantified subject may open with (`另一名被害人`, `其余乘客`). */
const QUANTIFIER_LEAD = opening(G.quantifierLeads.words);

/**
 * Whether the clause `[p + 1, …)` after the comma at `p` opens with a subject of its own
 * (`…致5人死亡，伤者已被送往医院`, `…侦办中` after `嫌疑人已被抓获，案件正在…`): its first words
 * are nouns (after an optional numeral or quantifier), a predicate word follows them inside the
 * clause, and it does not open on a connective. The clause before the comma must be a clause
 * too (more than a time adverbial or a partitive).
 */
function subjectClause(ctx: ClaimContext, from: number, p: number, to: number): boolean {
  const { text } = ctx;
  const before = text.slice(from, p).trim();
  if (before.length < 4 || TIME_ONLY.test(before) || ADVERBIAL_OPENER.test(before) || ADVERBIAL_END.test(before)) return false;
  let next = p + 1;
  while (next < to && !/[，,；;。]/.test(text[next] ?? '')) next++;
  const raw = text.slice(p + 1, next);
  // A contrastive opener before a subject of its own (`，但市场信心的恢复仍需时间`, `，而三四线城市库存…`) opens a proposition.
  const contrast = CONTRAST_BEFORE.exec(raw.trimStart())?.[0] ?? '';
  const at = p + 1 + (raw.length - raw.trimStart().length) + contrast.length;
  const after = text.slice(at, next).trim();
  // `无人受伤`, `有人大叫着火了`: a quantifier of people is the subject.
  const existential = EXISTENTIAL_SUBJECT.exec(after)?.[0];
  if (existential && after.length > existential.length + 1) return true;
  if (after.length < 5 || (!contrast && CONTINUES.test(after))) return false;
  const tokens = tokensIn(ctx.tokens(), at, next);
  let i = 0;
  while (i < tokens.length && /^\s+$/.test(tokens[i]!.word)) i++;
  // A time word before the subject (`目前|起火原因…`).
  if (tokens[i]?.tag === 't' && i + 1 < tokens.length) i++;
  // A numeral, classifier or quantifier word before the noun (`两名伤者`, `另一名被害人`).
  while (i < tokens.length && (/^(?:m|q|mq)$/.test(tokens[i]!.tag) || QUANTIFIER_LEAD.test(tokens[i]!.word)) && !SUBJECT_TAG.test(tokens[i]!.tag)) i++;
  // A word the segmenter does not know, modifying the noun after it (`留样|食品`).
  if (tokens[i]?.tag === 'x' && /^[\u4e00-\u9fff]+$/.test(tokens[i]!.word) && SUBJECT_TAG.test(tokens[i + 1]?.tag ?? '')) i++;
  // A verb modifying a noun that an adverb follows (`受损|道路|正在…`, `搜救|工作|仍…`): a subject, not a verb and its object.
  else if (/^v/.test(tokens[i]?.tag ?? '') && /^(?:n|vn)$/.test(tokens[i + 1]?.tag ?? '') && ADVERB.test(tokens[i + 2]?.tag ?? '')) {
    return true;
  }
  // An adjective modifying the noun after it (`具体|原因|正在调查`).
  if (tokens[i]?.tag === 'a' && SUBJECT_TAG.test(tokens[i + 1]?.tag ?? '')) i++;
  let nouns = 0;
  while (i < tokens.length && (SUBJECT_TAG.test(tokens[i]!.tag) || (nouns > 0 && tokens[i]!.word === '的'))) {
    if (tokens[i]!.word !== '的') nouns++;
    i++;
  }
  // A localizer after the nouns (`开学|后`, `事发|前`): a time or place adverbial, not a subject.
  if (nouns === 0 || tokens[i]?.tag === 'f') return false;
  return tokens.slice(i).some((t) => PREDICATE_TAG.test(t.tag));
}

/** The tokens inside `[from, to)`, found by bisection over the sorted tokens. */
function tokensIn(tokens: readonly Token[], from: number, to: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.end <= to; i++) out.push(tokens[i]!);
  return out;
}

/**
 * Several propositions under one cue (`…X；Y`, `…下降12.4%，进口下降6.8%`) become one claim each,
 * with the same speaker and cue: indirect claims of this sentence are split at semicolons and
 * at commas between parallel figures.
 */
function splitPropositions(ctx: ClaimContext, from: number): void {
  for (let i = ctx.drafts.length - 1; i >= from; i--) {
    const d = ctx.drafts[i];
    if (!d || d.direct) continue;
    const parts: Range[] = [];
    let start = d.start;
    // A named person's reasoning, or what a picture shows, runs over several clauses; a notice, report or unnamed source lists its points.
    const lists = d.speakerType !== 'PERSON' && d.speaker.kind !== 'unattributed';
    for (let p = d.start; p < d.end; p++) {
      const ch = ctx.text[p] ?? '';
      if (insideQuote(ctx.quotes, p)) continue;
      if (/[；;]/.test(ch) || (/[，,]/.test(ch) && !TIME_ONLY.test(ctx.text.slice(start, p).trim()) && (parallelFigures(ctx.text, start, p, d.end) || ((lists || contrastAfter(ctx.text, p)) && subjectClause(ctx, start, p, d.end))))) {
        parts.push(trimContent(ctx.text, start, p));
        start = p + 1;
      }
    }
    if (parts.length === 0) continue;
    parts.push(trimContent(ctx.text, start, d.end));
    // A part split off at a contrastive marker (`，但投资信心仍然不足`) starts after the marker.
    for (let k = 1; k < parts.length; k++) {
      const r = parts[k]!;
      const marker = CONTRAST_BEFORE.exec(ctx.text.slice(r.start, r.end))?.[0];
      if (marker) parts[k] = trimContent(ctx.text, r.start + marker.length, r.end);
    }
    const kept = parts.filter((r) => r.end - r.start >= 3);
    ctx.drafts.splice(i, 1, ...kept.map((r) => ({ ...d, start: r.start, end: r.end })));
  }
}

/** Whether the clause after the comma at `p` opens on a contrastive marker (`，但…`, `，而…`). */
function contrastAfter(text: string, p: number): boolean {
  return CONTRAST_BEFORE.test(text.slice(p + 1, p + 4).trimStart());
}

/** A previous claim's speaker, carried to a quote-only sentence (its span is elsewhere). */
function carried(prev: Draft): ResolvedSpeaker {
  const { start: _s, end: _e, ...speaker } = prev.speaker;
  return { speaker, type: prev.speakerType };
}

/** The sentence span of a claim: sentence `si`, widened to every sentence its content reaches. */
function sentenceOf(sentences: readonly Span[], si: number, content: Range): Span {
  const own = sentences[si] ?? content;
  let start = Math.min(own.start, content.start);
  let end = Math.max(own.end, content.end);
  // Sentences in order and apart: those overlapping the span are one run, found by bisection
  // (a scan of every sentence per claim made a long article's claims quadratic).
  let i = 0;
  if (inOrder(sentences)) {
    let hi = sentences.length;
    while (i < hi) {
      const mid = (i + hi) >>> 1;
      if (sentences[mid]!.end <= start) i = mid + 1;
      else hi = mid;
    }
  }
  const sorted = i > 0 || inOrder(sentences);
  for (; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (sorted && s.start >= end) break;
    if (s.end > start && s.start < end) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
  }
  return { start, end };
}

const ordered = new WeakMap<readonly Span[], boolean>();
/** True when each sentence starts at or after the end of the one before it. */
function inOrder(sentences: readonly Span[]): boolean {
  let known = ordered.get(sentences);
  if (known === undefined) {
    known = sentences.every((s, i) => i === 0 || s.start >= sentences[i - 1]!.end);
    ordered.set(sentences, known);
  }
  return known;
}
