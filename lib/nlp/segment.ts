import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Jieba } from '@node-rs/jieba';

/** One word of the segmentation with its part-of-speech tag and offsets into the input. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;
let userWords: readonly string[] = [];

/**
 * Registers words (one `word freq tag` line each) that the segmenter must keep whole,
 * e.g. gazetteer names. Takes effect when the segmenter is first built.
 */
export function setUserDictionary(lines: readonly string[]): void {
  userWords = lines;
  jieba = undefined;
}

/**
 * jieba's default dictionary (the package's `dict.txt`), read from disk. Not through
 * `@node-rs/jieba/dict.js`, which also reads the 6 MB keyword-weight table (`idf.txt`) that
 * tagging never uses.
 */
export function jiebaDictionary(): Buffer {
  // The package's folder from its main module (a `.txt` request would be a module to the server
  // bundler: Turbopack refuses it). In the server bundle Turbopack turns the resolved path into
  // a module id (a number): there the folder is found under the app's node_modules.
  const main: unknown = createRequire(import.meta.url).resolve('@node-rs/jieba');
  const dir = typeof main === 'string' ? dirname(main) : join(process.cwd(), 'node_modules', '@node-rs', 'jieba');
  return readFileSync(join(dir, 'dict.txt'));
}

function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(jiebaDictionary());
    if (userWords.length > 0) jieba.loadDict(Buffer.from(userWords.join('\n'), 'utf-8'));
  }
  return jieba;
}

/**
 * Segments and POS-tags `text` (jieba, HMM on) and returns tokens with `[start, end)`
 * offsets. Words are located by scanning forward, so offsets are exact even when the
 * segmenter drops whitespace.
 */
export function tagWords(text: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const { word, tag } of segmenter().tag(text, true)) {
    if (!word) continue;
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (at < 0) continue;
    out.push({ word, tag, start: at, end: at + word.length });
    pos = at + word.length;
  }
  return out;
}
