import type { EventEntry } from '@/lib/loader';
import type { Analysis } from '@/lib/schema/analysis';
import { EventList } from '../events/EventList';
import { ComparisonView } from './ComparisonView';
import { Legend } from './Legend';

/** A sample event's page: its comparison, then the other sample events. */
export function EventPage({ event, analysis, events }: { event: EventEntry; analysis: Analysis; events: EventEntry[] }) {
  return (
    <>
      <section className="event-head">
        <h2>{event.title}</h2>
        <p>{event.description}</p>
        <Legend />
      </section>
      <ComparisonView analysis={analysis} />
      <section className="more-events" aria-labelledby="more-events">
        <h2 id="more-events">Sample events</h2>
        <EventList events={events.filter((e) => e.slug !== event.slug)} />
      </section>
    </>
  );
}
