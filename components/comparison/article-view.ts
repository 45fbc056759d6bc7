import type { AnalyzedArticle } from '@/lib/schema/analysis';
import { claimRef } from '@/lib/compare/claim-ref';

/** An entity mention: `[start, end]`, with its role and label when it has them (`''` for none). */
export type MentionView = [start: number, end: number, role?: string, label?: string];

/**
 * One article's highlights as its column's client leaf needs them: offsets into the clean
 * text, which the server renders once as plain paragraphs (`ArticleText`) and which is not
 * repeated here (mention, claim and time texts are slices of it). The page ships this
 * instead of a rendered element tree per highlight.
 */
export interface ArticleView {
  id: string;
  language: string;
  outlet: string;
  entities: { id: string; type: string; name: string; english?: string; mentions: MentionView[] }[];
  claims: {
    id: string;
    start: number;
    end: number;
    direct: boolean;
    speaker: string;
    /** The speaker's span in the text, when it has one. */
    speakerSpan?: [number, number];
    cue: string;
    /** The cross-outlet claim group it belongs to. */
    group?: string;
  }[];
  /**
   * Dated mentions: `[start, end, ISO value, event]`. The event clause is a slice of the text,
   * sent as its offsets `[start, end]` (the text is not sent twice); `''` when there is none,
   * the clause itself in the rare case it is not found in the text.
   */
  times: [start: number, end: number, value: string, event: [number, number] | string][];
}

/** Where the event clause of a time mention is in the text: its sentence first, then anywhere. */
function eventView(article: AnalyzedArticle, t: AnalyzedArticle['times'][number]): [number, number] | string {
  if (!t.event) return '';
  let at = t.sentence ? article.text.indexOf(t.event, t.sentence.start) : -1;
  if (at < 0) at = article.text.indexOf(t.event);
  return at < 0 ? t.event : [at, at + t.event.length];
}

/** The event clause of a time view, read from the article's text. */
export function eventText(event: ArticleView['times'][number][3], text: string): string {
  return typeof event === 'string' ? event : text.slice(event[0], event[1]);
}

function mentionView(m: AnalyzedArticle['entities'][number]['mentions'][number]): MentionView {
  if (m.label !== undefined) return [m.start, m.end, m.role ?? '', m.label];
  if (m.role !== undefined) return [m.start, m.end, m.role];
  return [m.start, m.end];
}

/** The column data of one analysed article; `groupOf` maps `articleId#claimId` to its claim group. */
export function articleView(article: AnalyzedArticle, groupOf: ReadonlyMap<string, string>): ArticleView {
  return {
    id: article.id,
    language: article.language,
    outlet: article.outlet.english,
    entities: article.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      ...(e.english ? { english: e.english } : {}),
      mentions: e.mentions.map(mentionView),
    })),
    claims: article.claims.map((c) => {
      const group = groupOf.get(claimRef(article.id, c.id));
      const { start, end } = c.speaker;
      return {
        id: c.id,
        start: c.start,
        end: c.end,
        direct: c.direct,
        speaker: c.speaker.text,
        ...(start !== undefined && end !== undefined ? { speakerSpan: [start, end] as [number, number] } : {}),
        cue: c.cue,
        ...(group ? { group } : {}),
      };
    }),
    times: article.times.map((t) => [t.start, t.end, t.value, eventView(article, t)]),
  };
}
