import type { EntityType, Speaker } from '../../schema/analysis';
import { headMention } from './mentions';
import { recentDraft, resolvePronoun, resolveRole, type Referent } from './resolve';
import { ANAPHORIC, lexicalKind, NAME_LIKE, PLURAL, PRONOUN, ROLE } from './speaker-kind';
import { type Range, speakerPhrase } from './speaker-span';
import type { ClaimContext } from './types';

/** A speaker with the entity type of its referent, when it has one. */
export interface ResolvedSpeaker {
  speaker: Speaker;
  type?: EntityType;
}

const withRef = (base: Speaker, ref: Referent | undefined): ResolvedSpeaker =>
  ref ? { speaker: { ...base, entityId: ref.entityId, kind: 'entity' }, type: ref.type } : { speaker: { ...base, kind: 'entity' } };

/**
 * Classifies and resolves the speaker phrase `range` of sentence `si`: statements and
 * media by their nouns; a PERSON mention names the speaker; pronouns and role phrases
 * (`他`, `该官员`, `美国总统`) resolve to an entity; unnamed sources and analysts get their
 * kind; an organisation or country mention names the speaker; a bare name is an expert.
 * An empty phrase (elided subject) falls back to `elidedSpeaker`.
 */
export function resolveSpeaker(ctx: ClaimContext, range: Range, si: number): ResolvedSpeaker {
  if (range.end <= range.start) return elidedSpeaker(ctx, range.start, si);
  const text = ctx.text.slice(range.start, range.end);
  const base: Speaker = { text, start: range.start, end: range.end };
  const head = headMention(ctx.mentions, range.start, range.end);
  const lex = lexicalKind(text);
  if (lex === 'statement' || lex === 'media') return { speaker: { ...base, entityId: head?.entityId, kind: lex }, type: head?.type };
  if (head?.type === 'PERSON') return withRef(base, head);
  if (PRONOUN.test(text)) return withRef(base, resolvePronoun(ctx, range.start, si, PLURAL.test(text)));
  const role = ROLE.exec(text);
  if (role) {
    const anaphoric = ANAPHORIC.test(text);
    const ref = resolveRole(ctx, role[0], anaphoric ? role[0] : text, range.start);
    if (ref) return withRef(base, ref);
    if (anaphoric) {
      const recent = recentDraft(ctx, si, 3);
      if (recent?.speaker.entityId && recent.speakerType === 'PERSON') return withRef(base, { entityId: recent.speaker.entityId, type: 'PERSON' });
      return withRef(base, resolvePronoun(ctx, range.start, si, false));
    }
  }
  if (lex) return { speaker: { ...base, kind: lex } };
  if (head) return withRef(base, head);
  if (NAME_LIKE.test(text)) return { speaker: { ...base, kind: 'expert' } };
  return { speaker: { ...base, kind: 'entity' } };
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
  // The first clause of the sentence whose subject names an entity.
  let from = sentence?.start ?? pos;
  while (from < pos) {
    let to = from;
    while (to < pos && !/[，,；;：:]/.test(ctx.text[to] ?? '')) to++;
    if (to >= pos) break;
    const subject = speakerPhrase(ctx.text, from, to, ctx.mentions);
    if (subject.end > subject.start && headMention(ctx.mentions, subject.start, subject.end)) return resolveSpeaker(ctx, subject, si);
    from = to + 1;
  }
  const prev = recentDraft(ctx, si, 1);
  if (prev) {
    const { start: _s, end: _e, ...rest } = prev.speaker;
    return { speaker: rest, type: prev.speakerType };
  }
  return { speaker: { text: '', kind: 'unattributed' } };
}
