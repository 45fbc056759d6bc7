import { createRequire } from 'node:module';
import type englishModel from 'wink-eng-lite-web-model';
import type winkNLPFactory from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import type { Span } from '../../schema/article';

/** One English token with its character span in the article text and its universal POS tag. */
export interface EnToken {
  start: number;
  end: number;
  text: string;
  /** Universal dependencies POS tag from wink-nlp (PROPN, NOUN, VERB, DET, PUNCT…). */
  pos: string;
  /** Index into `EnDoc.sentences`. */
  sentence: number;
}

/** Sentences and tokens of an English text, every span an exact slice of the text. */
export interface EnDoc {
  tokens: EnToken[];
  sentences: Span[];
}

let nlp: WinkMethods | undefined;

/** wink-nlp with its light English model, sentence boundaries and POS only (loaded once). */
function engine(): WinkMethods {
  if (!nlp) {
    // Required on first use, not imported: the model takes as long to load as a third of
    // jieba's dictionary, and a comparison of Chinese articles never needs it.
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof winkNLPFactory;
    const model = require('wink-eng-lite-web-model') as typeof englishModel;
    nlp = withoutLearnedWords(winkNLP, model);
  }
  return nlp;
}

/** The part of wink-nlp's lexicon cache that tokenisation consults (wink-nlp 2.4.0, src/cache.js). */
interface WinkCache {
  lookup: (text: string) => number[] | null;
  intrinsicSize: () => number;
}

/**
 * wink-nlp with tokenisation that depends on the model's own lexicon only, never on the texts read
 * before.
 *
 * wink adds every token it produces to its lexicon cache, and its tokenizer keeps a word whole when
 * the cache holds it. "St George's," yields the token "George's"; after that, "St George's Hospital"
 * in any later text stays one token instead of "George" + "'s". One article's analysis then depended
 * on what its thread had analysed before, which breaks "same inputs, same analysis".
 *
 * The cache is internal, but wink hands it to the model's feature functions as their third argument
 * when it adds a word. Those functions are wrapped to capture it once, at start (a word no lexicon
 * holds is read for that), and its `lookup` then answers "unknown" for learned words: the tokenizer
 * decides as on a fresh instance (the feature functions keep the true lookup), and `add` still returns the learned word's entry, so token values,
 * tags and spans are what a fresh instance gives. Pinned to wink-nlp 2.4.0; tested in
 * tests/nlp/english-tokens-history.test.ts.
 */
function withoutLearnedWords(winkNLP: typeof winkNLPFactory, model: typeof englishModel): WinkMethods {
  // `cache` is captured from the first feature call; `view` is what the feature functions see once
  // the lookup is patched: the cache with its own lookup (the model's POS feature looks up the
  // lower-cased word that `add` has just learned).
  const held: { cache?: WinkCache; view?: WinkCache } = {};
  type FeatureFn = (text: string, category: number, methods: WinkCache) => unknown;
  const base = model as unknown as { featureFn: (config: unknown) => Record<string, FeatureFn> };
  const wrapped = Object.assign(Object.create(null) as object, model, {
    featureFn: (config: unknown) => {
      const features = base.featureFn(config);
      const out: Record<string, FeatureFn> = {};
      for (const [name, fn] of Object.entries(features)) {
        out[name] = (text, category, methods) => {
          held.cache ??= methods;
          return fn(text, category, held.view ?? methods);
        };
      }
      return out;
    },
  }) as typeof englishModel;
  const engine = winkNLP(wrapped, ['sbd', 'pos']);
  engine.readDoc('qzxvparallaxprobe');
  const cache = held.cache;
  if (!cache || typeof cache.lookup !== 'function' || typeof cache.intrinsicSize !== 'function') {
    throw new Error('wink-nlp: its lexicon cache was not found (a version other than 2.4.0?)');
  }
  const known = cache.intrinsicSize();
  const lookup = cache.lookup;
  held.view = { ...cache };
  cache.lookup = (text) => {
    const found = lookup(text);
    return found && found.length === 1 && found[0]! >= known ? null : found;
  };
  return engine;
}

const cache = new Map<string, EnDoc>();

/** Empties the cache of `englishDoc` (bench/speed.ts: each measured pass tokenises its texts afresh). */
export function forgetEnglishDocs(): void {
  cache.clear();
}

/**
 * Tokenises and tags `text` paragraph by paragraph (a sentence never crosses a paragraph break).
 * The last few results are cached, since entities, claims and sentences all read one article.
 */
export function englishDoc(text: string, paragraphs: readonly Span[] = [{ start: 0, end: text.length }]): EnDoc {
  const key = `${paragraphs.map((p) => `${p.start}-${p.end}`).join(',')}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const its = engine().its;
  const out: EnDoc = { tokens: [], sentences: [] };
  for (const p of paragraphs) {
    const slice = text.slice(p.start, p.end);
    if (!slice.trim()) continue;
    const doc = engine().readDoc(slice);
    // wink's `its.*` helpers are plain functions passed by reference (its documented API).
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const values: string[] = doc.tokens().out(its.value);
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const pos: string[] = doc.tokens().out(its.pos);
    const starts: number[] = [];
    let at = 0;
    for (const v of values) {
      const found = slice.indexOf(v, at);
      const s = found >= 0 && found - at < 64 ? found : at;
      starts.push(s);
      at = s + v.length;
    }
    const base = out.tokens.length;
    values.forEach((v, i) => {
      const s = starts[i]!;
      out.tokens.push({ start: p.start + s, end: p.start + Math.min(s + v.length, slice.length), text: v, pos: pos[i] ?? 'X', sentence: -1 });
    });
    const spans: [number, number][] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method
    doc.sentences().each((sentence: { out: (f: unknown) => unknown }) => void spans.push(sentence.out(its.span) as [number, number]));
    for (const [first, last] of spans) {
      const a = out.tokens[base + first];
      const b = out.tokens[base + last];
      if (!a || !b) continue;
      const index = out.sentences.length;
      for (let i = base + first; i <= base + last; i++) out.tokens[i]!.sentence = index;
      out.sentences.push({ start: a.start, end: b.end });
    }
  }
  if (cache.size >= 8) cache.delete(cache.keys().next().value!);
  cache.set(key, out);
  return out;
}

/** The sentence spans of an English article (the analysis's one sentence splitter for English). */
export function englishSentences(text: string, paragraphs: readonly Span[]): Span[] {
  return englishDoc(text, paragraphs).sentences;
}
