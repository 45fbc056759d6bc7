import type { ArticleEntity, Claim } from '../../schema/analysis';
import { type NlpDoc, stageTokens } from '../doc';
import { splitSentences } from '../sentences';
import { englishArticleClaims } from './en';
import { flattenMentions } from './mentions';
import { findQuotes } from './quotes';
import type { ClaimContext } from './types';
import { sentenceClaims } from './zh';

/**
 * Finds the attributed statements of one article: direct quotes and reported speech,
 * each with its speaker (resolved to an entity where one is meant), cue, content span
 * and sentence. Ids `c1`, `c2`, … follow the content's position in the text.
 */
export function extractClaims(doc: NlpDoc, entities: ArticleEntity[]): Claim[] {
  const text = doc.text;
  const ctx: ClaimContext = {
    text,
    sentences: doc.sentences.length > 0 ? doc.sentences : splitSentences(text),
    mentions: flattenMentions(entities),
    quotes: findQuotes(text),
    paragraphs: doc.paragraphs,
    tokens: () => stageTokens(doc),
    drafts: [],
  };
  const english = doc.language === 'en' || doc.script === 'latin';
  if (english) englishArticleClaims(ctx, doc);
  else for (let si = 0; si < ctx.sentences.length; si++) sentenceClaims(ctx, si);
  const drafts = ctx.drafts
    .filter((d) => d.end > d.start && text.slice(d.start, d.end).trim().length > 0)
    .sort((a, b) => a.start - b.start || a.end - b.end || a.cue.localeCompare(b.cue));
  return drafts.map((d, i) => {
    // `"We are ready," he said.`: the comma closing a quoted sentence is not part of it.
    if (d.direct) while (d.end > d.start && /[,，、\s]/.test(text[d.end - 1] ?? '')) d.end--;
    const speaker = { ...d.speaker };
    if (speaker.entityId === undefined) delete speaker.entityId;
    if (speaker.start === undefined || speaker.end === undefined || speaker.end <= speaker.start) {
      delete speaker.start;
      delete speaker.end;
    }
    return {
      id: `c${i + 1}`,
      speaker,
      cue: d.cue,
      text: text.slice(d.start, d.end),
      direct: d.direct,
      start: d.start,
      end: d.end,
      sentence: d.sentence,
    };
  });
}
