import { messages } from '@/lib/i18n';
import type { ViewState } from '@/lib/schema/view-state';
import { ExportMenu } from './ExportMenu';

/** The export menu of a sample event: its files under `/events/<slug>/`. */
export function eventExports(slug: string, state: ViewState) {
  const base = `/events/${encodeURIComponent(slug)}`;
  return (
    <ExportMenu
      files={{
        json: `${base}/analysis.json`,
        csv: ['claims', 'entities', 'times'].map((f) => ({ name: `${f}.csv`, href: `${base}/${f}.csv` })),
      }}
      stem={`parallax-${slug}`}
      tab={state.tab}
      blind={!!state.blind}
      t={messages(state.lang)}
    />
  );
}
