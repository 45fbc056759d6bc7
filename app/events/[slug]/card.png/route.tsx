import { ImageResponse } from 'next/og';
import { blindAnalysis } from '@/lib/compare/blind';
import { OG_SIZE, OgCard } from '@/components/share/og-card';
import { messages } from '@/lib/i18n';
import { loadEvent } from '@/lib/loader';

/** A sample event's share image (Latin text only); `?blind=1` draws the teaching-mode copy. */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await context.params;
  const loaded = await loadEvent(slug);
  if (!loaded) return new Response('not found', { status: 404 });
  const blind = new URL(request.url).searchParams.get('blind') === '1';
  const card = blind ? (
    <OgCard analysis={blindAnalysis(loaded.analysis)} heading={messages('en').blindCardHeading} />
  ) : (
    <OgCard analysis={loaded.analysis} heading={loaded.event.title} />
  );
  return new ImageResponse(card, OG_SIZE);
}
