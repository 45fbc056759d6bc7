import { listed, ZH_GRAMMAR } from './grammar';
import { lexicalKind } from './speaker-kind';
import type { Range } from './speaker-span';

/** Titles and roles that precede a personal name in Chinese (data/zh-claim-grammar.json `titleNouns`). */
const TITLE = new RegExp(listed(ZH_GRAMMAR.titleNouns.words), 'g');
/** A Chinese personal name, native (2–4 characters) or transliterated with `·`, optionally with a parenthetical. */
const NAME = /^([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}){1,3})(?:（[^）]{0,40}）|\([^)]{0,40}\))?$/;

/** A surname with a polite form of address ending a phrase: 陈太, 王先生, 李大爷. */
const POLITE = /[\u4e00-\u9fff](?:先生|女士|小姐|太太|太|阿姨|大爷|大爺|大妈|大媽|伯伯|老伯)$/;

/**
 * The personal name at the end of a titled speaker phrase (`BBC驻北京记者麦笛文（Stephen McDonell）`
 * → `麦笛文`), or undefined when the phrase does not end on a name after a title.
 */
export function titledName(text: string, range: Range): Range | undefined {
  const phrase = text.slice(range.start, range.end);
  // A kind of speaker, then a surname with a polite form (`同区居民陈太`, `乘客王先生`, `村民李大爷`).
  const polite = POLITE.exec(phrase);
  if (polite && polite.index > 0 && lexicalKind(phrase.slice(0, polite.index))) return { start: range.start + polite.index, end: range.end };
  // A name followed by an honorific: 王勇教授, 高先生.
  const honorific = /^([\u4e00-\u9fff]{2,3})(?:教授|博士|先生|女士|医生|醫生|律师|律師|议员|議員|牧师|牧師)$/.exec(phrase);
  if (honorific?.[1]) return { start: range.start, end: range.start + honorific[1].length };
  let after = -1;
  TITLE.lastIndex = 0;
  for (const m of phrase.matchAll(TITLE)) after = (m.index ?? 0) + m[0].length;
  if (after < 0) return undefined;
  // `消息人士的说法`: a noun the title owns, not a name after it.
  if (/^[的之]/.test(phrase.slice(after))) return undefined;
  const name = NAME.exec(phrase.slice(after));
  if (!name?.[1]) return undefined;
  return { start: range.start + after, end: range.start + after + name[1].length };
}
