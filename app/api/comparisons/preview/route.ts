import { jsonResponse } from '@/lib/api/api-error';
import { handle } from '@/lib/api/handle';
import { previewRequest } from '@/lib/api/preview-articles';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** What the loader finds in 1–10 articles (encoding, outlet, title, url, time), nothing stored (see docs/api.md). */
export function POST(request: Request): Promise<Response> {
  return handle(async () => jsonResponse(await previewRequest(request), 200, { 'cache-control': 'no-store' }));
}
