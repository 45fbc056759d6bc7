import { notFound } from 'next/navigation';
import { EventPage } from '@/components/comparison/EventPage';
import { defaultEvent, listEvents, loadEvent } from '@/lib/loader';
import { parseViewState } from '@/lib/schema/view-state';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const event = await defaultEvent();
  const loaded = await loadEvent(event.slug);
  if (!loaded) notFound();
  const state = parseViewState(await searchParams);
  return <EventPage event={loaded.event} analysis={loaded.analysis} events={await listEvents()} state={state} basePath="/" />;
}
