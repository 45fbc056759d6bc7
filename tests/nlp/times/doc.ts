import type { NlpDoc } from '../../../lib/nlp/doc';
import type { Script } from '../../../lib/schema/article';

/** A minimal NLP document for the time stage (sentences are only read for English events). */
export function makeDoc(text: string, publishedAt: string | null, timeZone: string, script: Script = 'simplified'): NlpDoc {
  const language = script === 'traditional' ? 'zh-Hant' : script === 'latin' ? 'en' : 'zh-Hans';
  return { text, sentences: [{ start: 0, end: text.length }], paragraphs: [], script, language, publishedAt, timeZone, messages: [] };
}

/** One labelled case: the sentence, the expected mention text (first occurrence), its value and kind. */
export type Case = [sentence: string, mention: string, value: string, kind: string];
