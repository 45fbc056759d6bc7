import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/share/og-card';
import { loadEvent } from '@/lib/loader';

export const alt = 'Parallax sample event: several outlets side by side';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

/** A sample event's share image (Latin text only). */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const loaded = await loadEvent(slug);
  if (!loaded) return new Response('not found', { status: 404 });
  return new ImageResponse(<OgCard analysis={loaded.analysis} heading={loaded.event.title} />, size);
}
