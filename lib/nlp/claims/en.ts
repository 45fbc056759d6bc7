import { insideQuote, quoteRun, trimContent } from './content';
import { resolveSpeaker, type ResolvedSpeaker } from './speaker';
import type { Range } from './speaker-span';
import type { ClaimContext } from './types';

const CUE =
  /\b(?:according to|said|says|say|told|tells|added|adds|stated|noted|warned|argued|insisted|claimed|announced|explained|urged|wrote|stressed|emphasi[sz]ed|acknowledged|asserted|declared|confirmed|denied|revealed|suggested)\b/gi;
/** Where an English subject phrase stops: adverbs and adverbial phrases before the verb. */
const STOP = /\s(?:on|in|at|during|also|later|then|has|had|have|previously|further|once|again|earlier|repeatedly|on|last|this|yesterday|today|told|in a)\b/i;
const LEAD = /^(?:\s|but|and|however|meanwhile|still|yet|so)+\b\s*/i;
const TAIL = /^[\s.!?"”]*$/;

/**
 * Finds the claims of English sentence `si`: `According to X, …` and `…, according to X.`,
 * trailing attributions (`"…," he said.` / `"…," said X.`), and `X said (that) …` with the
 * content after the verb (direct when it is a quote).
 */
export function englishSentenceClaims(ctx: ClaimContext, si: number): void {
  const sentence = ctx.sentences[si];
  if (!sentence) return;
  const { text } = ctx;
  const { start: ss, end: se } = sentence;
  const add = (r: ResolvedSpeaker, cue: string, content: Range, direct: boolean): void => {
    if (content.end - content.start < 2) return;
    ctx.drafts.push({ speaker: r.speaker, speakerType: r.type, cue, ...content, direct, sentence: { start: ss, end: Math.max(se, content.end) }, sentenceIndex: si });
  };
  CUE.lastIndex = 0;
  const m = [...text.slice(ss, se).matchAll(CUE)].find((x) => !insideQuote(ctx.quotes, ss + (x.index ?? 0)));
  if (!m) return continuation(ctx, si, add);
  const cs = ss + (m.index ?? 0);
  const ce = cs + m[0].length;
  const cue = m[0];
  const before = text.slice(ss, cs);
  const boundary = Math.max(before.lastIndexOf(','), before.lastIndexOf('”'), before.lastIndexOf('"'));
  const afterText = text.slice(ce, se);
  const content = (from: number, to: number): [Range, boolean] => {
    const run = quoteRun(text, ctx.quotes, from, to);
    return run ? [{ start: run.first.start, end: run.last.end }, true] : [trimContent(text, from, to), false];
  };
  if (/^according to$/i.test(cue)) {
    const comma = afterText.indexOf(',');
    if (comma >= 0 && boundary < 0) {
      const who = subject(text, ce, ce + comma);
      const [c, d] = content(ce + comma + 1, se);
      return add(resolveSpeaker(ctx, who, si), cue, c, d);
    }
    if (boundary >= 0) {
      const who = subject(text, ce, se - (/[.!?]$/.test(text.slice(ss, se)) ? 1 : 0));
      const [c, d] = content(ss, ss + boundary);
      return add(resolveSpeaker(ctx, who, si), cue, c, d);
    }
    return;
  }
  // `"…," said X.` (inverted) or `"…," X said.`
  if (boundary >= 0 && TAIL.test(afterText.replace(/^\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*|^\s*(?:he|she|they)\b/, ''))) {
    const inverted = cs - ss - boundary <= 3;
    const who = inverted ? subject(text, ce, se - (/[.!?]$/.test(afterText) ? 1 : 0)) : subject(text, ss + boundary + 1, cs);
    if (TAIL.test(inverted ? '' : afterText)) {
      const [c, d] = content(ss, ss + boundary + (text[ss + boundary] === ',' ? 0 : 1));
      return add(resolveSpeaker(ctx, who, si), cue, c, d);
    }
  }
  const who = subject(text, ss + (boundary >= 0 ? boundary + 1 : 0), cs);
  let p = ce;
  if (/^told$|^tells$/i.test(cue)) p += /^\s+[\w\s.'-]*?(?=\s+that\b|,|:|\s*["“])/.exec(text.slice(p, se))?.[0].length ?? 0;
  p += /^\s*(?:that\b|,|:)?\s*/.exec(text.slice(p, se))?.[0].length ?? 0;
  const [c, d] = content(p, se);
  add(resolveSpeaker(ctx, who, si), cue, c, d);
}

/** The subject words of `[from, to)`: leading conjunctions and trailing adverbials dropped. */
function subject(text: string, from: number, to: number): Range {
  let start = from;
  const lead = LEAD.exec(text.slice(from, to));
  if (lead) start += lead[0].length;
  const stop = STOP.exec(text.slice(start, to));
  let end = stop ? start + (stop.index ?? 0) : to;
  while (end > start && /[\s,]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** A quote-only English sentence continues the previous speaker. */
function continuation(ctx: ClaimContext, si: number, add: (r: ResolvedSpeaker, cue: string, c: Range, d: boolean) => void): void {
  const sentence = ctx.sentences[si];
  const prev = ctx.drafts[ctx.drafts.length - 1];
  if (!sentence || !prev || si - prev.sentenceIndex > 2) return;
  const run = quoteRun(ctx.text, ctx.quotes, sentence.start, sentence.end, true);
  if (!run) return;
  const { start: _s, end: _e, ...speaker } = prev.speaker;
  add({ speaker, type: prev.speakerType }, prev.cue, { start: run.first.start, end: run.last.end }, true);
}
