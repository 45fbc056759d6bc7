import type { Analysis } from '@/lib/schema/analysis';
import { timelineData, type MarkSource, type TimelineData } from '@/lib/compare/timeline-data';

/**
 * A placed mark as the timeline view needs it: each source without its event clause (the
 * marks are merged by it on the server; the view shows the sentence), with the index of the
 * sentence it sits in among `TimelineProps.sentences`.
 */
export type TimelineMarkView = Omit<TimelineData['marks'][number], 'sources'> & {
  sources: (Omit<MarkSource, 'event'> & { sentence: number })[];
};

export interface TimelineProps {
  lanes: { articleId: string; label: string }[];
  publications: TimelineData['publications'];
  marks: TimelineMarkView[];
  /** The marks' sentences, each once (several dated mentions often share one). */
  sentences: string[];
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
  const sentences: string[] = [];
  const sentenceIndex = new Map<string, number>();
  const indexOf = (sentence: string): number => {
    let i = sentenceIndex.get(sentence);
    if (i === undefined) sentenceIndex.set(sentence, (i = sentences.push(sentence) - 1));
    return i;
  };
  return {
    lanes: analysis.articles.map((a) => ({ articleId: a.id, label: labels.get(a.id) ?? a.outlet.english })),
    publications: data.publications,
    marks: data.marks.map((m) => ({
      ...m,
      sources: m.sources.map(({ event: _event, ...s }) => ({ ...s, sentence: indexOf(sentenceAround(byId.get(s.articleId), s.start, s.end)) })),
    })),
    sentences,
    durations: data.durations.length,
    initialDomain: data.initialDomain,
    extent: data.extent,
  };
}
