import type { Lang, Messages } from '@/lib/i18n';
import type { Analysis } from '@/lib/schema/analysis';
import { Timeline } from '../comparison/lazy-leaves';
import { timelineProps } from './timeline-props';

/** The timeline tab: server-computed data, client-side zoom and selection. */
export function TimelinePanel({ analysis, labels, lang, t }: { analysis: Analysis; labels: ReadonlyMap<string, string>; lang: Lang; t: Messages }) {
  return <Timeline {...timelineProps(analysis, labels)} lang={lang} t={t} />;
}
