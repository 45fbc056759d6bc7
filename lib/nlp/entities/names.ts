import type { Token } from '../segment';
import type { Gazetteer } from './gazetteer';

/** Characters that cannot continue a Chinese personal name (verbs, particles, punctuation). */
const NAME_STOP = new Set(
  Array.from('说称表示在和与的也则是对于已曾将等就向指认强呼回今昨周日月年还都并又才即随及以把被让给同跟为从到再不没会要能可、，。；：！？“”‘’「」（）()《》 \n0123456789'),
);
const CJK = /[\u4e00-\u9fff]/;

/**
 * The end of a Chinese personal name starting at `p` (surname + given name), or -1.
 * A jieba name token starting at `p` wins; otherwise the given name has two characters
 * unless the third position starts a new word or cannot belong to a name.
 */
export function chineseNameEnd(text: string, p: number, tokensAt: Map<number, Token>, g: Gazetteer): number {
  const two = text.slice(p, p + 2);
  const surnameLen = g.surnames.has(two) ? 2 : g.surnames.has(text[p] ?? '') ? 1 : 0;
  if (!surnameLen) return -1;
  const tok = tokensAt.get(p);
  if (tok && (tok.tag === 'nr' || tok.tag === 'nrfg') && tok.word.length >= 2 && tok.word.length <= 4) return tok.end;
  const first = p + surnameLen;
  const c1 = text[first] ?? '';
  if (!CJK.test(c1) || NAME_STOP.has(c1)) return -1;
  const c2 = text[first + 1] ?? '';
  if (!CJK.test(c2) || NAME_STOP.has(c2)) return first + 1;
  const next = tokensAt.get(first + 1);
  if (next && next.word.length >= 2 && next.tag !== 'nr') return first + 1;
  return first + 2;
}

/** The end of a run of transliteration characters starting at `p` (2–6 chars), or -1. */
export function translitEnd(text: string, p: number, g: Gazetteer): number {
  let e = p;
  while (e < text.length && e - p < 6 && g.translit.has(text[e] ?? '')) e++;
  return e - p >= 2 ? e : -1;
}
