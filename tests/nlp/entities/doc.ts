import type { NlpDoc } from '../../../lib/nlp/doc';
import { splitSentences } from '../../../lib/nlp/sentences';

/** An NLP document built from a plain string, as the entity stage sees an article. */
export function docOf(text: string, script: NlpDoc['script'] = 'simplified'): NlpDoc {
  return {
    text,
    sentences: splitSentences(text),
    paragraphs: [{ start: 0, end: text.length, kind: 'p' }],
    script,
    language: script === 'latin' ? 'en' : script === 'traditional' ? 'zh-Hant' : 'zh-Hans',
    publishedAt: null,
    timeZone: 'UTC',
    messages: [],
  };
}
