import { ImageResponse } from 'next/og';
import { blindAnalysis } from '@/lib/compare/blind';
import { OG_SIZE, OgCard } from '@/components/share/og-card';
import { messages } from '@/lib/i18n';
import { loadPermalink } from '../load';

/**
 * The permalink's share image (`og:image`): outlets and counts of what they share (Latin text
 * only). `?blind=1` (teaching mode) draws the blind copy: Outlet A, B… and no outlet name.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const body = await loadPermalink(id, false);
  if (!body) return new Response('not found', { status: 404 });
  const blind = new URL(request.url).searchParams.get('blind') === '1';
  const card = blind ? (
    <OgCard analysis={blindAnalysis(body)} heading={messages('en').blindCardHeading} />
  ) : (
    <OgCard analysis={body} heading="the same event, as each outlet tells it" />
  );
  return new ImageResponse(card, { ...OG_SIZE, headers: { 'cache-control': 'public, max-age=31536000, immutable' } });
}
