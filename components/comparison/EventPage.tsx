import type { ReactNode } from 'react';
import type { EventEntry } from '@/lib/loader';
import type { Analysis } from '@/lib/schema/analysis';
import type { ViewState } from '@/lib/schema/view-state';
import { messages } from '@/lib/i18n';
import { EventList } from '../events/EventList';
import { eventText } from '../events/event-text';
import { ComparisonShell } from './ComparisonShell';

/** A sample event's page: its comparison, then the other sample events. */
export function EventPage({
  event,
  analysis,
  events,
  state,
  basePath,
  exports,
}: {
  event: EventEntry;
  analysis: Analysis;
  events: EventEntry[];
  state: ViewState;
  basePath: string;
  /** The download and share menu, shown next to the tabs. */
  exports?: ReactNode;
}) {
  const t = messages(state.lang);
  const text = eventText(event, state.lang);
  return (
    <>
      <section className="event-head" lang={text.lang}>
        <h2>{text.title}</h2>
        {/* Teaching mode: the description names the outlets. */}
        {!state.blind && <p>{text.description}</p>}
      </section>
      <ComparisonShell analysis={analysis} state={state} basePath={basePath} exports={exports} />
      {!state.blind && (
        <section className="more-events" aria-labelledby="more-events">
          <h2 id="more-events">{t.sampleEvents}</h2>
          <EventList events={events.filter((e) => e.slug !== event.slug)} lang={state.lang} />
        </section>
      )}
    </>
  );
}
