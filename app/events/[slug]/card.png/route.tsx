import { blindAnalysis } from '@/lib/compare/blind';
import { cardResponse } from '@/components/share/card-response';
import { eventText } from '@/components/events/event-text';
import { messages } from '@/lib/i18n';
import { loadEvent } from '@/lib/loader';

/** A sample event's share image, in English or (`?lang=zh`) Chinese; `?blind=1` draws the teaching-mode copy. */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await context.params;
  const loaded = await loadEvent(slug);
  if (!loaded) return new Response('not found', { status: 404 });
  const query = new URL(request.url).searchParams;
  const lang = query.get('lang') === 'zh' ? 'zh' : 'en';
  if (query.get('blind') === '1') return cardResponse(blindAnalysis(loaded.analysis), messages(lang).blindCardHeading, lang);
  return cardResponse(loaded.analysis, eventText(loaded.event, lang).title, lang);
}
