import type { SpeakerKind } from '../../schema/analysis';

import data from '../../../data/speaker-kinds.json';
import { listed, ZH_GRAMMAR } from './grammar';

type LexicalKind = Exclude<SpeakerKind, 'entity'>;

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One pattern per kind from `data/speaker-kinds.json`: Chinese words as substrings, English as words. */
function kindPattern(kind: LexicalKind): RegExp {
  const zh = data.kinds[kind].map(escape).sort((a, b) => b.length - a.length);
  const en = ((data.english as Partial<Record<LexicalKind, string[]>>)[kind] ?? []).map(escape).sort((a, b) => b.length - a.length);
  const body = [...zh, ...en.map((w) => `\\b${w}s?\\b`)].join('|');
  // Statements, media and pictures name the document or outlet: the phrase ends on it (`白宫声明`, `官媒`, `现场图片`).
  return kind === 'statement' || kind === 'unattributed' || kind === 'media' ? new RegExp(`(?:${body})$`, 'i') : new RegExp(`(?:${body})`, 'i');
}
const ORDER = data.order as LexicalKind[];
const PATTERNS = new Map<LexicalKind, RegExp>(ORDER.map((k) => [k, kindPattern(k)]));

/** Analysts and commentators. */
export const EXPERT_TITLE = PATTERNS.get('expert')!;

/** An unnamed source as the head of a Chinese phrase: `消息人士`, `知情人士`, `接近监管部门的人士`. */
const SOURCE_HEAD = /(?:人士|消息来源|消息來源|知情人)$/;

/**
 * Every kind a speaker phrase's words imply, in the order of `data/speaker-kinds.json`; a phrase whose
 * head is an unnamed source is a source first, whatever body modifies it (`日本政府消息人士`,
 * `一位接近监管部门的人士`), unless a more specific kind of person ends it too (`业内人士`).
 */
export function lexicalKinds(phrase: string): LexicalKind[] {
  const kinds = ORDER.filter((k) => PATTERNS.get(k)!.test(phrase));
  if (kinds[0] !== 'official' || !kinds.includes('anonymous') || !SOURCE_HEAD.test(phrase)) return kinds;
  return ['anonymous', ...kinds.filter((k) => k !== 'anonymous')];
}

/**
 * The kind a speaker phrase implies by its words alone, or undefined when it names nobody in
 * particular. A document noun after a kind of speaker (`警方发布的信息`) takes that speaker's kind.
 */
export function lexicalKind(phrase: string): SpeakerKind | undefined {
  const kinds = lexicalKinds(phrase);
  if (kinds[0] === 'statement' && kinds.length > 1 && kinds[1] !== 'media') return kinds[1];
  return kinds[0];
}

/** Personal pronouns standing for a speaker. */
export const PRONOUN = /^(?:他们|他們|她们|她們|它们|它們|他|她|它|其|he|she|they|it)$/i;
/** Plural pronouns, which prefer organisations and countries as antecedents. */
export const PLURAL = /^(?:他们|他們|她们|她們|它们|它們|they)$/i;

/** Role nouns a speaker phrase can end on (data/zh-claim-grammar.json `roleNouns`); the match is the role. */
export const ROLE = new RegExp(`(?:${listed([...ZH_GRAMMAR.roleNouns.words, ...ZH_GRAMMAR.roleNouns.english])})$`, 'i');
/** A determiner that makes a role phrase anaphoric: `该官员`, `这位美国总统`. */
export const ANAPHORIC = /^(?:该|該|这位|這位|这名|這名|此|那位|这些|這些|此位|the|this|that)/i;

/** Speaker phrases that look like a bare personal name (Han 2–4 characters, or Latin words). */
export const NAME_LIKE = /^(?:[\u4e00-\u9fff]{2,4}(?:（[^）]*）|\([^)]*\))?|[A-Z][a-z]+(?: [A-Z][a-z.]+){0,3})$/;
