import type { Analysis } from '@/lib/schema/analysis';
import { timelineData, type TimelineData } from '@/lib/compare/timeline-data';

/** A placed mark as the timeline view needs it: each source with the sentence it sits in. */
export type TimelineMarkView = TimelineData['marks'][number] & {
  sentences: { articleId: string; text: string; sentence: string }[];
};

export interface TimelineProps {
  lanes: { articleId: string; label: string }[];
  publications: TimelineData['publications'];
  marks: TimelineMarkView[];
  durations: number;
  initialDomain: [number, number] | null;
  extent: [number, number] | null;
}

/** The analysis sentence of the time mention at `[start, end)` (the mention itself when none is recorded). */
function sentenceAround(article: Analysis['articles'][number] | undefined, start: number, end: number): string {
  if (!article) return '';
  const span = article.times.find((t) => t.start === start && t.end === end)?.sentence ?? { start, end };
  return article.text.slice(span.start, span.end).trim();
}

/** Plain, serialisable timeline data for the client view. */
export function timelineProps(analysis: Analysis, labels: ReadonlyMap<string, string>): TimelineProps {
  const data = timelineData(analysis.articles);
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  return {
    lanes: analysis.articles.map((a) => ({ articleId: a.id, label: labels.get(a.id) ?? a.outlet.english })),
    publications: data.publications,
    marks: data.marks.map((m) => ({
      ...m,
      sentences: m.sources.map((s) => ({ articleId: s.articleId, text: s.text, sentence: sentenceAround(byId.get(s.articleId), s.start, s.end) })),
    })),
    durations: data.durations.length,
    initialDomain: data.initialDomain,
    extent: data.extent,
  };
}
