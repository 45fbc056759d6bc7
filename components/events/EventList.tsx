import Link from 'next/link';
import type { EventEntry } from '@/lib/loader';

/** The sample events, each a link to its comparison. */
export function EventList({ events, current }: { events: EventEntry[]; current?: string }) {
  return (
    <ul className="event-list">
      {events.map((e) => (
        <li key={e.slug} aria-current={e.slug === current ? 'page' : undefined}>
          <Link href={e.default ? '/' : `/events/${e.slug}`}>{e.title}</Link>
          <p>{e.description}</p>
          <p className="outlets">
            {e.files.length} articles · {e.outlets.join(', ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
