import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EventPage } from '@/components/comparison/EventPage';
import { listEvents, loadEvent } from '@/lib/loader';

type Params = Promise<{ slug: string }>;

export async function generateStaticParams() {
  return (await listEvents()).map((e) => ({ slug: e.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const event = (await listEvents()).find((e) => e.slug === slug);
  return event ? { title: event.title, description: event.description } : {};
}

export default async function EventRoute({ params }: { params: Params }) {
  const { slug } = await params;
  const loaded = await loadEvent(slug);
  if (!loaded) notFound();
  return <EventPage event={loaded.event} analysis={loaded.analysis} events={await listEvents()} />;
}
