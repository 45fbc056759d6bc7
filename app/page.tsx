import { notFound } from 'next/navigation';
import { EventPage } from '@/components/comparison/EventPage';
import { defaultEvent, listEvents, loadEvent } from '@/lib/loader';

export default async function Home() {
  const event = await defaultEvent();
  const loaded = await loadEvent(event.slug);
  if (!loaded) notFound();
  return <EventPage event={loaded.event} analysis={loaded.analysis} events={await listEvents()} />;
}
