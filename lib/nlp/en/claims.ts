import type { EntityType, Speaker, SpeakerKind } from '../../schema/analysis';
import type { Span } from '../../schema/article';
import lexiconData from '../../../data/en/lexicon.json';
import type { FlatMention } from '../claims/mentions';
import type { Quote } from '../claims/quotes';
import type { ClaimContext } from '../claims/types';
import type { EnDoc, EnToken } from './tokens';

interface CueLexicon {
  cues: string[];
  speakerKinds: Record<string, string[]>;
  pronouns: Record<string, string>;
  media: string[];
}
const LEX = lexiconData as unknown as CueLexicon;
const CUES = new Set(LEX.cues.filter((c) => !c.includes(' ')));
const KIND_WORDS = new Map<string, SpeakerKind>();
for (const [kind, words] of Object.entries(LEX.speakerKinds)) for (const w of words) KIND_WORDS.set(w, kind as SpeakerKind);
/** Participles that report the speech of the clause's subject (`…, saying that…`). */
const PARTICIPLE = /ing$/;
/** Words between a subject and its verb that are not part of the subject (lower case: `Tom Reilly`, `Kelly` are no adverbs). */
const ADVERBIAL = /\s+(?:also|later|then|has|had|have|previously|further|once|again|earlier|repeatedly|reportedly|apparently|allegedly|separately|recently|today|yesterday|on\s+\w+day|in\s+a\s+\w+|in\s+an\s+\w+|\p{Ll}+ly)\s*$/u;
const SPEAKER_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'FAC'];

interface Resolved {
  speaker: Speaker;
  type?: EntityType;
}

/**
 * The claims of an English article: reporting verbs (said, told, added, warned, denied,
 * insisted…, `according to`) with the attribution before, after or inside a quotation,
 * quotations running over several sentences, quote-only sentences continuing the last
 * speaker, and speakers resolved through names, descriptions (`the president`), pronouns and
 * relative pronouns. A claim is direct when its content is a quotation.
 */
export function englishClaims(ctx: ClaimContext, doc: EnDoc): void {
  const { text } = ctx;
  const tokens = doc.tokens;
  const inQuote = (pos: number): Quote | undefined => ctx.quotes.find((q) => q.start <= pos && pos < q.end);
  const covered = (a: number, b: number): boolean => ctx.drafts.some((d) => d.start < b && d.end > a);
  const sentenceOf = (pos: number): number => {
    const i = ctx.sentences.findIndex((s) => s.start <= pos && pos < s.end);
    return i >= 0 ? i : Math.max(0, ctx.sentences.findIndex((s) => s.start > pos) - 1);
  };
  // Cue tokens outside quotations, in text order.
  const cues: { t: number; end: number; cue: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (inQuote(t.start)) continue;
    const w = t.text.toLowerCase();
    if (w === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to') {
      cues.push({ t: i, end: tokens[i + 1]!.end, cue: text.slice(t.start, tokens[i + 1]!.end) });
      i++;
    } else if (CUES.has(w) && (t.pos === 'VERB' || t.pos === 'AUX' || /^(?:said|says|told|added|wrote)$/.test(w) || /^(?:PROPN|PRON)$/.test(tokens[i - 1]?.pos ?? ''))) {
      // Passives (`was said to be`, `was later revealed`) name no speaker.
      let b = i - 1;
      while (b >= 0 && tokens[b]!.pos === 'ADV') b--;
      if (/^(?:was|were|been|be|is|are|being)$/i.test(tokens[b]?.text ?? '')) continue;
      cues.push({ t: i, end: t.end, cue: t.text });
    }
  }
  for (const c of cues) {
    const t = tokens[c.t]!;
    const si = sentenceOf(t.start);
    const sentence = ctx.sentences[si] ?? { start: 0, end: text.length };
    const add = (r: Resolved, from: number, to: number, direct: boolean): void => {
      let s = from;
      let e = to;
      while (s < e && /[\s,:;"“”'‘’]/.test(text[s] ?? '')) s++;
      while (e > s && (direct ? /[\s,"“”]/ : /[\s,.;:!?"“”'‘’]/).test(text[e - 1] ?? '')) e--;
      if (e - s < 3 || covered(s, e)) return;
      ctx.drafts.push({ speaker: r.speaker, speakerType: r.type, cue: c.cue, start: s, end: e, direct, sentence: { start: Math.min(sentence.start, s), end: Math.max(sentence.end, e) }, sentenceIndex: si });
    };
    const before = quoteEndingBefore(text, ctx.quotes, t.start, sentence.start);
    if (/^according to$/i.test(c.cue)) {
      const np = nounPhraseAfter(text, c.end, sentence.end);
      const speaker = resolve(ctx, np, si, tokens);
      // `According to X, …` or `…, according to X.`; with another reporting verb in the sentence, that verb's subject speaks.
      const otherCue = cues.some((o) => o !== c && sentenceOf(tokens[o.t]!.start) === si && !/^according/i.test(o.cue) && tokens[o.t]!.start < t.start);
      if (otherCue) continue;
      const lead = text.slice(sentence.start, t.start).trim();
      if (!lead || /^[,(]?$/.test(lead)) {
        const rest = text.indexOf(',', np.end);
        if (rest >= 0 && rest < sentence.end) addContent(add, speaker, text, ctx.quotes, rest + 1, sentence.end);
      } else {
        addContent(add, speaker, text, ctx.quotes, clauseStart(text, sentence.start, t.start), t.start);
      }
      continue;
    }
    if (before) {
      // `"…," X said.` / `"…," said X.` / `"…," he said, "…"`
      const between = text.slice(before.close + 1, t.start);
      const who = between.replace(/[\s,]/g, '') ? { start: before.close + 1, end: t.start } : nounPhraseAfter(text, c.end, sentence.end);
      const r = resolve(ctx, trimSubject(text, who), si, tokens);
      const run = quoteRunBack(text, ctx.quotes, before);
      add(r, run.start, before.end, true);
      // `"…," he said, "…"`: the attribution runs on into a second quotation after a comma or colon, not after a full stop.
      const after = Math.max(who.end, c.end);
      const next = ctx.quotes.find((q) => q.open > t.start && q.open <= after + 4 && /^\s*[,:]?\s*$/.test(text.slice(after, q.open)) && !/[.!?]/.test(text.slice(after, q.open)));
      if (next) add(r, next.start, next.end, true);
      continue;
    }
    // `X said (that) …`, `X told Y (that) …`, `…, saying that …`
    let subjectRange: Span;
    if (PARTICIPLE.test(c.cue)) subjectRange = subjectOfSentence(text, tokens, sentence.start, t.start);
    else subjectRange = trimSubject(text, subjectClause(text, sentence.start, t.start, tokens));
    const r = resolve(ctx, subjectRange, si, tokens);
    // `X said at the presentation: "…"`: a colon before a quotation makes the quotation the content.
    const colonQuote = ctx.quotes.find((q) => q.open > c.end && q.open <= sentence.end + 1 && /:\s*$/.test(text.slice(c.end, q.open)) && !/[.!?"“”]/.test(text.slice(c.end, q.open)));
    if (colonQuote) {
      add(r, colonQuote.start, colonQuote.end, true);
      continue;
    }
    let p = c.end;
    if (/^(?:told|tells|tell|telling)$/i.test(c.cue)) p = afterObject(text, tokens, c.t + 1, sentence.end);
    const m = /^\s*(?:that\b|,|:)?\s*/.exec(text.slice(p));
    p += m?.[0].length ?? 0;
    let end = sentence.end;
    // `…, his father told Chinese media.` / `…, reports say.`: the content precedes the attribution.
    const subjectStart = subjectRange.start;
    const rest = text.slice(p, end).replace(/[\s.!?"”]+$/, '');
    // `…, the police said, and the driver was arrested.`: a clause coordinated after the cue is not its content.
    const coordinated = /^(?:and|but)\s/i.test(rest) && /,\s*$/.test(text.slice(c.end, p));
    if (!PARTICIPLE.test(c.cue) && (coordinated || (rest.split(/\s+/).filter(Boolean).length <= 6 && !/\bthat\b/.test(rest))) && !ctx.quotes.some((q) => q.open >= p && q.open < end)) {
      const comma = text.lastIndexOf(',', subjectStart);
      if (comma > sentence.start + 10 && /,\s*$/.test(text.slice(sentence.start, subjectStart))) {
        addContent(add, r, text, ctx.quotes, sentence.start, comma);
        continue;
      }
    }
    const acc = /,\s+according to\b/i.exec(text.slice(p, end));
    if (acc) end = p + acc.index;
    const nextCue = cues.find((o) => tokens[o.t]!.start > p && tokens[o.t]!.start < end && !inQuote(tokens[o.t]!.start));
    if (nextCue) {
      const cut = text.lastIndexOf(',', tokens[nextCue.t]!.start);
      if (cut > p) end = cut;
    }
    addContent(add, r, text, ctx.quotes, p, end);
  }
  continuations(ctx);
  void sentenceOf;
}

function addContent(add: (r: Resolved, from: number, to: number, direct: boolean) => void, r: Resolved, text: string, quotes: readonly Quote[], from: number, to: number): void {
  let s = from;
  while (s < to && /\s/.test(text[s] ?? '')) s++;
  const q = quotes.find((x) => x.open === s);
  if (q && /^[\s.,!?]*$/.test(text.slice(q.close + 1, Math.max(q.close + 1, to)))) return add(r, q.start, q.end, true);
  add(r, s, to, false);
}

/** The quotation that closes right before `pos` (only commas, spaces and a few words between). */
function quoteEndingBefore(text: string, quotes: readonly Quote[], pos: number, floor: number): Quote | undefined {
  const q = [...quotes].reverse().find((x) => x.close < pos && x.close >= floor - 400);
  if (!q) return undefined;
  const between = text.slice(q.close + 1, pos);
  const inside = text.slice(Math.max(q.start, q.end - 2), q.end);
  const closesWithComma = /[,!?]\s*$/.test(inside) || /^\s*,/.test(between);
  if (!closesWithComma || between.length > 60 || /[.;:"“”]/.test(between.replace(/^\s*,/, '').replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)\./g, ''))) return undefined;
  return q;
}

/** Quotes directly before `q` (only spaces between) belong to the same attributed run. */
function quoteRunBack(text: string, quotes: readonly Quote[], q: Quote): { start: number } {
  let start = q.start;
  let i = quotes.indexOf(q);
  while (i > 0) {
    const prev = quotes[i - 1]!;
    if (!/^\s*$/.test(text.slice(prev.close + 1, quotes[i]!.open))) break;
    start = prev.start;
    i--;
  }
  return { start };
}

/**
 * The subject words before the verb at `pos`: after the last comma, semicolon or quote (or the
 * sentence start); an apposition (`Pompeo, the C.I.A. director, said`), a relative clause
 * (`Mr Trump, who won on Wednesday, said`), an age or a place of origin (`Martin Bamford, 30, a
 * passenger, said`; `The father, from Leeds, West Yorkshire, said`) set off by commas is skipped
 * back over to the noun phrase it describes.
 */
function subjectClause(text: string, floor: number, pos: number, tokens: readonly EnToken[] = []): Span {
  const seg = text.slice(floor, pos);
  const m = /[,;:”"](?=[^,;:”"]*$)/.exec(seg);
  if (!m) return { start: floor, end: pos };
  const tail = seg.slice(m.index + 1).trim();
  const before = (i: number): number => Math.max(seg.lastIndexOf(',', i - 1), seg.lastIndexOf(';', i - 1), seg.lastIndexOf('"', i - 1), seg.lastIndexOf('”', i - 1));
  if (!tail) {
    // Chunk bounds, last chunk first: [b(k), b(k+1)) with b(0) = m.index.
    const bounds = [m.index];
    // A delimiter at the segment's first character is its own `before`: the chunks end there.
    while (bounds[bounds.length - 1]! >= 0) bounds.push(bounds[bounds.length - 1] === 0 ? -1 : before(bounds[bounds.length - 1]!));
    const chunk = (k: number): string => seg.slice(bounds[k + 1]! + 1, bounds[k]).trim();
    const chunks = bounds.length - 1;
    let k = 0;
    // `, from Leeds, West Yorkshire,`: a place chunk after a place-of-origin chunk belongs to it.
    const origin = (i: number): boolean => i + 1 < chunks && ORIGIN.test(chunk(i + 1)) && !hasFiniteVerb(tokens, floor + bounds[i + 1]! + 1, floor + bounds[i]!);
    while (k < chunks && (PARENTHETICAL.test(chunk(k)) || origin(k))) k++;
    if (k > 0) {
      // Every chunk back to the sentence start is parenthetical: the first one is the subject.
      if (k === chunks) k = chunks - 1;
      // A clause with its own verb before the parentheticals is content (`Seven died, the nurse, 30, said`).
      else if (hasFiniteVerb(tokens, floor + bounds[k + 1]! + 1, floor + bounds[k]!)) k--;
      return { start: floor + bounds[k + 1]! + 1, end: floor + bounds[k]! };
    }
    const open = before(m.index);
    return { start: floor + before(open) + 1, end: pos };
  }
  return { start: floor + m.index + 1, end: pos };
}

/** A chunk set off by commas that describes the noun phrase before it: relative clause, age, origin, lower-case apposition. */
const PARENTHETICAL = /^(?:\d|\p{Ll}|(?:who|which|whose)\b)/u;
const ORIGIN = /^(?:from|in|of|near)\s/;

function hasFiniteVerb(tokens: readonly EnToken[], start: number, end: number): boolean {
  return tokens.some((t) => t.start >= start && t.end <= end && (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.text));
}

/** Where the clause holding `pos` starts (see `subjectClause`). */
function clauseStart(text: string, floor: number, pos: number): number {
  return subjectClause(text, floor, pos).start;
}

/** The subject words of a clause: leading conjunctions and trailing adverbials dropped. */
function trimSubject(text: string, r: Span): Span {
  let s = r.start;
  let e = r.end;
  const lead = /^(?:\s|,|but\b|and\b|however\b|meanwhile\b|still\b|yet\b|so\b|while\b|instead\b|although\b|though\b)+/i.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  for (;;) {
    const adv = ADVERBIAL.exec(text.slice(s, e));
    if (!adv || adv.index === 0) break;
    e = s + adv.index;
  }
  while (e > s && /[\s,]/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** The subject of the sentence: its first words up to the first verb. */
function subjectOfSentence(text: string, tokens: readonly EnToken[], floor: number, pos: number): Span {
  const first = tokens.find((t) => t.start >= floor && t.start < pos && (t.pos === 'VERB' || t.pos === 'AUX'));
  return trimSubject(text, { start: floor, end: first ? first.start : pos });
}

/** A noun phrase after `pos` up to a comma, the sentence end or a verb. */
function nounPhraseAfter(text: string, pos: number, limit: number): Span {
  const seg = text.slice(pos, limit);
  const m = /^[^,.;:!?"“”()]*?(?=,|\.(?:\s|$)|;|:|!|\?|"|“|”|\(|$)/.exec(seg);
  let end = pos + (m ? m[0].length : seg.length);
  while (end > pos && /\s/.test(text[end - 1] ?? '')) end--;
  let start = pos;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  return { start, end };
}

/** After `told`: skips its object (`reporters`, `the Daily Mail`, `AFP`) up to `that`, a colon, comma or quote. */
function afterObject(text: string, tokens: readonly EnToken[], i: number, limit: number): number {
  let p = tokens[i - 1]!.end;
  for (let k = i; k < tokens.length && k < i + 6; k++) {
    const t = tokens[k]!;
    if (t.start >= limit || t.text === 'that' || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' && k > i) break;
    p = t.end;
  }
  return p;
}

/** Resolves the speaker words `r` of sentence `si`. */
function resolve(ctx: ClaimContext, r: Span, si: number, tokens: readonly EnToken[]): Resolved {
  const text = ctx.text;
  const words = text.slice(r.start, r.end).trim();
  const base: Speaker = { text: words, start: r.start, end: r.end };
  // The head noun phrase ends before `cited by`, `of`, `from`, `who`…: `a rescue official cited by the Global Times`.
  const cut = /\s(?:cited by|quoted by|quoted in|of|from|for|at|in|with|who|which|on|during)\s/i.exec(text.slice(r.start, r.end));
  const headEnd = cut ? r.start + cut.index : r.end;
  // A place speaks only as a government: the whole head (`Paris said`, `Britain's ministry`), not a
  // modifier (`the Dutch coastguard`, `London police`) nor a place of origin (`a nurse from Leeds`).
  const speaks = (m: FlatMention): boolean => {
    if (m.type === 'PERSON' || m.type === 'ORG') return true;
    if (m.type === 'LOC' || m.start >= headEnd) return false;
    const after = text.slice(m.end, headEnd);
    return /^(?:['’]s?\b.*|\W*)$/su.test(after) && !/\b(?:from|in|at|near|of|outside|inside)\s+$/i.test(text.slice(r.start, m.start));
  };
  const inHead = ctx.mentions.filter((m) => m.start >= r.start && m.end <= headEnd && speaks(m));
  const inside = inHead.length ? inHead : ctx.mentions.filter((m) => m.start >= r.start && m.end <= r.end && speaks(m));
  const headWords = text.slice(r.start, headEnd).toLowerCase().replace(/^(?:the|a|an|one|two|three|some|several|many|another)\s+/, '');
  const lower = words.toLowerCase().replace(/^(?:the|a|an|one|two|three|some|several|many|another)\s+/, '');
  const lastWord = headWords.split(/\s+/).pop() ?? '';
  const statement = /\b(?:statement|communiqu[eé]|press release)\b/i.test(words);
  // The head: the last person, else organisation or place, in the phrase.
  let head: FlatMention | undefined;
  for (const type of SPEAKER_TYPES) {
    head = [...inside].reverse().find((m) => m.type === type);
    if (head) break;
  }
  if (!inHead.length && KIND_WORDS.has(lastWord) && head?.type !== 'PERSON') head = undefined;
  // `Mike Pompeo, the C.I.A. director,`: the name, not the apposition, is the speaker's surface.
  if (head) head = inside.find((m) => m.entityId === head!.entityId) ?? head;
  if (statement) return { speaker: { ...base, kind: 'statement', ...(head ? { entityId: head.entityId } : {}) }, type: head?.type };
  if (/^(?:who|which|that)$/i.test(lower)) {
    const m = [...ctx.mentions].reverse().find((x) => x.end <= r.start && SPEAKER_TYPES.includes(x.type));
    if (m) return entity(base, m);
  }
  if (head) {
    const kindWord = KIND_WORDS.get(lastWord);
    // `a Taliban spokesman`, `Afghan officials`: an unnamed source of that body.
    if (head.type !== 'PERSON' && kindWord && head.end < r.end && !ctx.mentions.some((m) => m.start >= head.end && m.end <= r.end && m.type === 'PERSON')) {
      return { speaker: { ...base, kind: kindWord === 'media' ? 'media' : kindWord } };
    }
    const named = entity({ text: text.slice(head.start, head.end), start: head.start, end: head.end }, head);
    if (head.type === 'ORG' && (isMedia(head.entityId) || isMedia(head.text))) named.speaker.kind = 'media';
    return named;
  }
  // `A spokeswoman added`: a named body's unnamed spokesperson speaks for the body the last sentences quoted or named.
  if (!head && /^(?:spokesman|spokeswoman|spokesperson)$/.test(lastWord) && !/\b(?:for|of)\b/i.test(words)) {
    const body = bodyInContext(ctx, r.start, si);
    if (body) return { speaker: { ...base, entityId: body.entityId, kind: 'entity' }, type: body.type };
  }
  const pron = LEX.pronouns[lower];
  if (pron) {
    const ref = pronounReferent(ctx, r.start, si, pron);
    if (ref) return { speaker: { ...base, text: ref.text, entityId: ref.entityId, kind: 'entity' }, type: ref.type };
    return { speaker: { ...base, kind: 'unattributed' } };
  }
  const kind = KIND_WORDS.get(lastWord) ?? KIND_WORDS.get(headWords.split(/\s+/).slice(-2).join(' ')) ?? [...headWords.split(/\s+/)].map((w) => KIND_WORDS.get(w)).find((k) => k !== undefined);
  if (kind) return { speaker: { ...base, kind } };
  if (!words) return { speaker: { text: '', kind: 'unattributed' } };
  void tokens;
  return { speaker: { ...base, kind: /^\p{Lu}/u.test(words) ? 'entity' : 'anonymous' } };
}

/** News organisations (Reuters, 新华社, The New York Times) speak as `media`, with their entity. */
function isMedia(entityId: string): boolean {
  const name = entityId.replace(/^ORG:/, '');
  return MEDIA.test(name) || LEX.media.includes(name);
}
const MEDIA = /(?:社|报|報|台|网|網|新闻|新聞|\b(?:Times|Post|News|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Mail|Express|Press|Agency|Media|Broadcasting|Radio|Television|TV))$/;

function entity(base: Speaker, m: FlatMention): Resolved {
  return { speaker: { ...base, entityId: m.entityId, kind: 'entity' }, type: m.type };
}

/**
 * A pronoun's referent: the speaker of the latest claim in this or the previous two sentences
 * when it fits, else the nearest earlier mention of a fitting type in the last three sentences.
 */
function pronounReferent(ctx: ClaimContext, pos: number, si: number, cls: string): { entityId: string; type: EntityType; text: string } | undefined {
  const fits = (type: EntityType | undefined): boolean => (cls === 'PERSON' ? type === 'PERSON' : cls === 'ORG' ? type === 'ORG' || type === 'GPE' : type !== undefined);
  const last = ctx.drafts[ctx.drafts.length - 1];
  const floor = ctx.sentences[Math.max(0, si - 3)]?.start ?? 0;
  const mention = [...ctx.mentions].reverse().find((m) => m.end <= pos && m.start >= floor && fits(m.type) && !ctx.quotes.some((q) => q.start <= m.start && m.end <= q.end));
  if (last && si - last.sentenceIndex <= 2 && last.speaker.entityId && fits(last.speakerType)) {
    if (!mention || mention.entityId === last.speaker.entityId || mention.start < (ctx.sentences[last.sentenceIndex]?.start ?? 0)) {
      return { entityId: last.speaker.entityId, type: last.speakerType!, text: last.speaker.text };
    }
  }
  return mention ? { entityId: mention.entityId, type: mention.type, text: mention.text } : undefined;
}

/** The organisation that spoke in the last two sentences (a claim's speaker), else the last one named there. */
function bodyInContext(ctx: ClaimContext, pos: number, si: number): { entityId: string; type: EntityType } | undefined {
  const last = [...ctx.drafts].reverse().find((d) => d.start < pos && si - d.sentenceIndex <= 2 && d.speaker.entityId && d.speakerType === 'ORG');
  if (last?.speaker.entityId) return { entityId: last.speaker.entityId, type: 'ORG' };
  const floor = ctx.sentences[Math.max(0, si - 2)]?.start ?? 0;
  const m = [...ctx.mentions].reverse().find((x) => x.end <= pos && x.start >= floor && x.type === 'ORG' && !isMedia(x.entityId));
  return m ? { entityId: m.entityId, type: 'ORG' } : undefined;
}

/** A sentence that is only a quotation continues the previous claim's speaker (direct). */
function continuations(ctx: ClaimContext): void {
  const { text } = ctx;
  const sorted = [...ctx.drafts].sort((a, b) => a.start - b.start);
  for (const q of ctx.quotes) {
    if (sorted.some((d) => d.start < q.end && d.end > q.start)) continue;
    if (q.end - q.start < 20 || !/[.!?,]/.test(text.slice(q.start, q.end))) continue;
    const prev = [...sorted].reverse().find((d) => d.end <= q.open);
    if (!prev || !prev.direct) continue;
    const gap = text.slice(prev.end, q.open);
    if (gap.length > 80 || /\b(?:said|says|told|added|according)\b/.test(gap) && gap.length > 40) continue;
    const si = ctx.sentences.findIndex((s) => s.start <= q.open && q.open < s.end);
    const { start: _s, end: _e, ...speaker } = prev.speaker;
    const d = { speaker, speakerType: prev.speakerType, cue: prev.cue, start: q.start, end: q.end, direct: true, sentence: ctx.sentences[si] ?? { start: q.open, end: q.close + 1 }, sentenceIndex: si, carried: true };
    while (d.end > d.start && /[\s,.;:!?]/.test(text[d.end - 1] ?? '')) d.end--;
    ctx.drafts.push(d);
    sorted.push(d);
    sorted.sort((a, b) => a.start - b.start);
  }
}
