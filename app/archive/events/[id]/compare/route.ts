import { EventComparisonError, eventComparison } from '@/lib/archive/event-comparison';
import { errorPage } from '@/lib/http/error-page.mjs';
import { BusyError } from '@/lib/worker/pool';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * `GET /archive/events/{id}/compare`: the event's accounts as a comparison (created and
 * stored like an upload the first time, the same permalink after), then 303 to `/c/{id}`.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const lang = new URL(request.url).searchParams.get('lang') === 'zh' ? '?lang=zh' : '';
  const page = (status: number, message: string, extra: Record<string, string> = {}) =>
    new Response(errorPage(status, message, ''), { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra } });
  if (!/^ev-[A-Za-z0-9-]{1,80}$/.test(id)) return page(404, 'no such event');
  try {
    const comparison = await eventComparison(id);
    return new Response(null, { status: 303, headers: { location: `/c/${comparison}${lang}`, 'cache-control': 'no-store' } });
  } catch (e) {
    if (e instanceof EventComparisonError) return page(e.status, e.message);
    if (e instanceof BusyError) return page(503, e.message, { 'retry-after': String(e.retryAfterSeconds) });
    throw e;
  }
}
