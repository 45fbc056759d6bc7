import { alternation, ending, ZH_GRAMMAR } from './grammar';
import { headMention } from './mentions';
import { documentIssuer } from './resolve';
import { resolveSpeaker, type ResolvedSpeaker } from './speaker';
import { lexicalKind, PRONOUN } from './speaker-kind';
import { speakerPhrase } from './speaker-span';
import type { ClaimContext } from './types';

/** An `according to` attribution (据X报道 / 根据X的声明 / 据X说), opening a clause. */
export interface According {
  /** The whole `据…报道` phrase. */
  start: number;
  end: number;
  /** The cue as a construction, e.g. `据…报道`. */
  cue: string;
  resolved: ResolvedSpeaker;
}

const JU_RE =
  /(?<![数數证證依占佔凭憑论論收单單票字])(根据|根據|据|據)([^，,。：:；;“”「」"\n]{0,24}?)((?:报道|報導|报导|報道|的?声明|的?聲明|的?通报|的?通報|消息|透露|披露|介绍|介紹|显示|顯示)?(?:称|稱|说|說|指出|表示|透露|披露|显示|顯示)?)(?=[，,：:])/g;
/** Reporter's own knowledge, not a source: 据悉, 据了解, 据知. */
/** A connective before 据 at the opening of a clause (`另据`, `此外据`). */
const CONNECTIVE_END = ending(ZH_GRAMMAR.beforeAccording.words);
const NOT_A_SOURCE = /^(?:了解|知|查|统计|統計|估计|估計|此|此前|介绍|介紹)$/;

/** `记者从X获悉，…`: what the reporter learned from a body is the body's account. */
const LEARNED_FROM = /(?:(?:本报|本報|本台)?(?:记者|記者))?(?:从|從)([^，,。：:；;“”「」"\n]{2,24}?)(获悉|獲悉|了解到|得知)(?=[，,：:])/g;

/** The `记者从X获悉` phrases of `[from, to)` that open a clause, as accounts of X. */
function learnedFrom(ctx: ClaimContext, from: number, to: number, si: number): According[] {
  const out: According[] = [];
  LEARNED_FROM.lastIndex = 0;
  for (const m of ctx.text.slice(from, to).matchAll(LEARNED_FROM)) {
    const start = from + (m.index ?? 0);
    const before = ctx.text.slice(from, start).trimEnd();
    if (before.length > 0 && !/[，,；;：:。！？”」]$/.test(before)) continue;
    const whoStart = start + m[0].length - (m[2] ?? '').length - (m[1] ?? '').length;
    const phrase = speakerPhrase(ctx.text, whoStart, whoStart + (m[1] ?? '').length, ctx.mentions);
    if (phrase.end <= phrase.start || !headMention(ctx.mentions, phrase.start, phrase.end)) continue;
    out.push({ start, end: start + m[0].length, cue: `从…${m[2]}`, resolved: resolveSpeaker(ctx, phrase, si) });
  }
  return out;
}

/** `在他看来，…`: a view framed by the person inside the frame (data/zh-claim-grammar.json `inViewOf`). */
const VIEW = ZH_GRAMMAR.inViewOf;
const IN_VIEW_OF = new RegExp(`(${alternation(VIEW.opens)})([^，,。：:；;“”「」"\\n]{1,20}?)(${alternation(VIEW.ends)})(?=[，,])`, 'g');

/** The `在X看来` frames of `[from, to)` that open a clause and name (or refer to) a speaker. */
function inViewOf(ctx: ClaimContext, from: number, to: number, si: number): According[] {
  const out: According[] = [];
  IN_VIEW_OF.lastIndex = 0;
  for (const m of ctx.text.slice(from, to).matchAll(IN_VIEW_OF)) {
    const start = from + (m.index ?? 0);
    const before = ctx.text.slice(from, start).trimEnd();
    if (before.length > 0 && !/[，,；;：:。！？”」]$/.test(before)) continue;
    const whoStart = start + (m[1] ?? '').length;
    const whoEnd = whoStart + (m[2] ?? '').length;
    const whoText = ctx.text.slice(whoStart, whoEnd);
    if (headMention(ctx.mentions, whoStart, whoEnd) === undefined && lexicalKind(whoText) === undefined && !PRONOUN.test(whoText)) continue;
    out.push({ start, end: start + m[0].length, cue: `${m[1]}…${m[3]}`, resolved: resolveSpeaker(ctx, { start: whoStart, end: whoEnd }, si) });
  }
  return out;
}

/** The `according to` phrases of `[from, to)` that open a clause and name (or imply) a source. */
export function findAccording(ctx: ClaimContext, from: number, to: number, si: number): According[] {
  const out: According[] = [];
  JU_RE.lastIndex = 0;
  for (const m of ctx.text.slice(from, to).matchAll(JU_RE)) {
    const start = from + (m.index ?? 0);
    const before = ctx.text.slice(from, start).trimEnd().replace(CONNECTIVE_END, '');
    if (before.length > 0 && !/[，,；;：:。！？”」]$/.test(before)) continue;
    const ju = m[1] ?? '';
    const who = m[2] ?? '';
    const verb = m[3] === '' ? undefined : m[3];
    if (NOT_A_SOURCE.test(who)) continue;
    // 据悉: a claim with no source (docs/annotation-guide.md: unattributed).
    if (who === '悉' && verb === undefined) {
      out.push({ start, end: start + m[0].length, cue: `${ju}悉`, resolved: { speaker: { text: '', kind: 'unattributed' } } });
      continue;
    }
    const whoStart = start + ju.length;
    const whoEnd = speakerPhrase(ctx.text, whoStart, whoStart + who.length, ctx.mentions).end;
    if (who === '') {
      if (verb === undefined || /^[说說称稱]$/.test(verb)) continue;
      const end = start + m[0].length;
      // 据报道: an unnamed report (media); 据通报, 据声明: the body that issued it earlier, else a statement.
      const noun = /(?:声明|聲明|通报|通報|消息)/.exec(verb)?.[0];
      const issuer = noun ? documentIssuer(ctx, noun, si) : undefined;
      const kind = /(?:报道|報導|报导|報道)/.test(verb) ? 'media' : noun && noun !== '消息' ? 'statement' : 'unattributed';
      out.push({ start, end, cue: `${ju}${verb}`, resolved: issuer ?? { speaker: { text: '', kind } } });
      continue;
    }
    const whoText = ctx.text.slice(whoStart, whoEnd);
    const named = headMention(ctx.mentions, whoStart, whoEnd) !== undefined || lexicalKind(whoText) !== undefined || PRONOUN.test(whoText);
    if (verb === undefined && !named) continue;
    const anaphoric = /^[该該这這此][^\u4e00-\u9fff]*$|^(?:该|該|这|這|此)(?:报道|報導|媒体|媒體)?$/.test(whoText) && !named;
    const media = anaphoric && verb !== undefined && /报|報/.test(verb) ? lastMedia(ctx, si) : undefined;
    const resolved = media ?? resolveSpeaker(ctx, anaphoric ? { start: whoStart, end: whoStart } : { start: whoStart, end: whoEnd }, si);
    if (verb !== undefined && /[声聲]明/.test(verb)) resolved.speaker = { ...resolved.speaker, kind: 'statement' };
    out.push({ start, end: start + m[0].length, cue: verb === undefined ? ju : `${ju}…${verb}`, resolved });
  }
  out.push(...learnedFrom(ctx, from, to, si), ...inViewOf(ctx, from, to, si));
  return out.sort((a, b) => a.start - b.start);
}

/** The speaker of the latest media claim in the last five sentences (`据该报道` refers back to it). */
function lastMedia(ctx: ClaimContext, si: number): ResolvedSpeaker | undefined {
  for (let i = ctx.drafts.length - 1; i >= 0; i--) {
    const d = ctx.drafts[i];
    if (!d || si - d.sentenceIndex > 5) break;
    if (d.speaker.kind === 'media') {
      const { start: _s, end: _e, ...speaker } = d.speaker;
      return { speaker, type: d.speakerType };
    }
  }
  return undefined;
}
