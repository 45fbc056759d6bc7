import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EventPage } from '@/components/comparison/EventPage';
import { eventExports } from '@/components/share/event-exports';
import { listEvents, loadEvent } from '@/lib/loader';
import { parseViewState } from '@/lib/schema/view-state';

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const event = (await listEvents()).find((e) => e.slug === slug);
  return event ? { title: event.title, description: event.description } : {};
}

export default async function EventRoute({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { slug } = await params;
  const loaded = await loadEvent(slug);
  if (!loaded) notFound();
  const state = parseViewState(await searchParams);
  return (
    <EventPage event={loaded.event} analysis={loaded.analysis} events={await listEvents()} state={state} basePath={`/events/${slug}`} exports={eventExports(slug, state)} />
  );
}
