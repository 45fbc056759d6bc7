import { gazetteer } from '../nlp/entities/gazetteer';
import { toSimplified } from '../nlp/script';
import { tagWords } from '../nlp/segment';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

/** Segmented words of a text: simplified script, jieba words for Chinese (the gazetteer's names kept whole), Latin words lower-cased. */
export function segmentWords(text: string): string[] {
  gazetteer(); // registers the gazetteer's names with the segmenter: the index and the query segment alike
  const simplified = toSimplified(text.normalize('NFKC')).toLowerCase();
  const words: string[] = [];
  for (const { word } of tagWords(simplified)) {
    const w = word.trim();
    if (w && /[\p{L}\p{N}]/u.test(w)) words.push(w);
  }
  return words;
}

/** Index words of segmenter tokens: compatibility forms folded (NFKC), lower-cased, words with a letter or digit. */
function tokenWords(tokens: Iterable<{ word: string }>): string[] {
  const words: string[] = [];
  for (const { word } of tokens) {
    const w = word.normalize('NFKC').toLowerCase().trim();
    if (w && /[\p{L}\p{N}]/u.test(w)) words.push(w);
  }
  return words;
}

/**
 * A text as the full-text index stores it (FTS5 `unicode61` splits on the spaces): its
 * jieba words, then each Chinese character alone. A search matches a jieba word of the
 * query (ranked higher) or, for Chinese, the query's characters in a row, so 布林肯, 秦刚
 * and 秦剛 (simplified first) are found wherever the segmenter cut them. `tokens`: the
 * segmenter's tokens of the text in simplified script as the analysis already has them
 * (lib/analyze.ts `analyzeWithTexts`), so the text is not segmented again.
 */
export function indexText(text: string, tokens?: Iterable<{ word: string }>): string {
  const words = tokens ? tokenWords(tokens) : segmentWords(text);
  const chars = (toSimplified(text.normalize('NFKC')).match(CJK_RUN) ?? []).flatMap((run) => [...run]);
  return `${words.join(' ')} ${chars.join(' ')}`;
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * A user's search → an FTS5 MATCH expression (never raw user syntax): every part must
 * match; a Chinese part as its jieba words in a row or its characters in a row, a Latin
 * word as itself or a longer word it starts. Null when the search has no words.
 */
export function matchExpression(query: string): string | null {
  const parts: string[] = [];
  const simplified = toSimplified(query.normalize('NFKC')).toLowerCase();
  for (const chunk of simplified.split(/\s+/)) {
    if (!chunk) continue;
    for (const run of chunk.match(new RegExp(`${CJK_RUN.source}|${LATIN_WORD.source}`, 'gu')) ?? []) {
      if (CJK.test(run)) {
        const words = segmentWords(run);
        const byWords = words.length > 0 ? quote(words.join(' ')) : null;
        const byChars = quote([...run].join(' '));
        parts.push(byWords && words.length > 0 ? `(${byWords} OR ${byChars})` : byChars);
      } else {
        parts.push(`${quote(run)}*`);
      }
    }
  }
  return parts.length > 0 ? parts.slice(0, 16).join(' AND ') : null;
}
