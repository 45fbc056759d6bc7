import grammar from '../../../data/zh-claim-grammar.json';

/**
 * The Chinese claim grammar of `data/zh-claim-grammar.json` (function words, clause openers and ends,
 * document nouns, tag sets) as patterns, built once when the module loads.
 */
export const ZH_GRAMMAR = grammar;

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternation of `words`, longest first; a word of `notFollowedBy` gets a negative lookahead of those characters. */
export function alternation(words: readonly string[], notFollowedBy: Readonly<Record<string, string>> = {}): string {
  return [...words]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => `${escape(w)}${notFollowedBy[w] ? `(?![${notFollowedBy[w]}])` : ''}`)
    .join('|');
}
/**
 * Alternation of `words` in the order listed (the first that matches at a position wins), each with an optional
 * negative lookbehind (`notPrecededBy`) and lookahead (`notFollowedBy`) of characters.
 */
export function listed(
  words: readonly string[],
  notPrecededBy: Readonly<Record<string, string>> = {},
  notFollowedBy: Readonly<Record<string, string>> = {},
): string {
  return words
    .map((w) => `${notPrecededBy[w] ? `(?<![${notPrecededBy[w]}])` : ''}${escape(w)}${notFollowedBy[w] ? `(?![${notFollowedBy[w]}])` : ''}`)
    .join('|');
}
/** A pattern that matches text opening on one of `words`. */
export const opening = (words: readonly string[], notFollowedBy?: Readonly<Record<string, string>>): RegExp => new RegExp(`^(?:${alternation(words, notFollowedBy)})`);
/** A pattern that matches text ending on one of `words`. */
export const ending = (words: readonly string[]): RegExp => new RegExp(`(?:${alternation(words)})$`);
/** A pattern that matches text containing one of `words`. */
export const containing = (words: readonly string[]): RegExp => new RegExp(`(?:${alternation(words)})`);
/** A pattern that matches exactly one of `words`. */
export const exactly = (words: readonly string[]): RegExp => new RegExp(`^(?:${alternation(words)})$`);
