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

/** The sentence of `text` around `[start, end)`. */
function sentenceAround(text: string, start: number, end: number): string {
  const stops = /[。！？!?\n]/;
  let s = start;
  while (s > 0 && !stops.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && !stops.test(text[e] ?? '')) e++;
  return text.slice(s, Math.min(text.length, e + 1)).trim();
}

/** Plain, serialisable timeline data for the client view. */
export function timelineProps(analysis: Analysis, labels: ReadonlyMap<string, string>): TimelineProps {
  const data = timelineData(analysis.articles);
  const textOf = new Map(analysis.articles.map((a) => [a.id, a.text]));
  return {
    lanes: analysis.articles.map((a) => ({ articleId: a.id, label: labels.get(a.id) ?? a.outlet.english })),
    publications: data.publications,
    marks: data.marks.map((m) => ({
      ...m,
      sentences: m.sources.map((s) => ({ articleId: s.articleId, text: s.text, sentence: sentenceAround(textOf.get(s.articleId) ?? '', s.start, s.end) })),
    })),
    durations: data.durations.length,
    initialDomain: data.initialDomain,
    extent: data.extent,
  };
}
