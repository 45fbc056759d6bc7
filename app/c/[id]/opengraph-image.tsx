import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/share/og-card';
import { loadPermalink } from './load';

export const alt = 'Parallax: several outlets on the same event, side by side';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

/** The permalink's share image: outlets and counts of what they share (Latin text only). */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const body = await loadPermalink(id, false);
  if (!body) return new Response('not found', { status: 404 });
  return new ImageResponse(<OgCard analysis={body} heading="the same event, as each outlet tells it" />, size);
}
