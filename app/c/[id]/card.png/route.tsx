import { blindAnalysis } from '@/lib/compare/blind';
import { cardResponse } from '@/components/share/card-response';
import { messages } from '@/lib/i18n';
import { loadPermalink } from '../load';

const IMMUTABLE = { 'cache-control': 'public, max-age=31536000, immutable' };

/**
 * The permalink's share image (`og:image`): outlets and counts of what they share, in English
 * or (`?lang=zh`) Chinese. `?blind=1` (teaching mode) draws the blind copy: Outlet A, B… and no
 * outlet name.
 */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  const body = await loadPermalink(id, false);
  if (!body) return new Response('not found', { status: 404 });
  const query = new URL(request.url).searchParams;
  const lang = query.get('lang') === 'zh' ? 'zh' : 'en';
  if (query.get('blind') === '1') return cardResponse(blindAnalysis(body), messages(lang).blindCardHeading, lang, IMMUTABLE);
  // Not blind: the first account's own title says which event it is (Chinese drawn, not boxes).
  return cardResponse(body, body.articles[0]?.title ?? '', lang, IMMUTABLE);
}
