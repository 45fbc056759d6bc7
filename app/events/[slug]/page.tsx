import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EventPage } from '@/components/comparison/EventPage';
import { eventExports } from '@/components/share/event-exports';
import { eventText } from '@/components/events/event-text';
import { cardQuery, OG_SIZE } from '@/components/share/og-card';
import { fill, messages } from '@/lib/i18n';
import { listEvents, loadEvent } from '@/lib/loader';
import { parseViewState } from '@/lib/schema/view-state';

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { slug } = await params;
  const state = parseViewState(await searchParams);
  const event = (await listEvents()).find((e) => e.slug === slug);
  if (!event) return {};
  // Teaching mode: the description names the outlets, the image shows the blind copy.
  const text = eventText(event, state.lang);
  const description = state.blind ? fill(messages(state.lang).blindDescription, { n: event.files.length }) : text.description;
  const image = { url: `/events/${slug}/card.png${cardQuery(state)}`, ...OG_SIZE, alt: text.title };
  return {
    title: text.title,
    description,
    openGraph: { title: text.title, description, images: [image] },
    twitter: { card: 'summary_large_image', title: text.title, description, images: [image] },
  };
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
