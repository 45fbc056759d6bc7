import { handle, methodNotAllowed, options } from '@/lib/api/handle';
import { previewResponse } from '@/lib/api/preview-request';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const ALLOW = ['POST'];

/** What the loader finds in 1–10 articles (encoding, outlet, title, url, time), nothing stored (see docs/api.md). */
export function POST(request: Request): Promise<Response> {
  return handle(request, () => previewResponse(request));
}

export const GET = methodNotAllowed(ALLOW);
export const PUT = methodNotAllowed(ALLOW);
export const PATCH = methodNotAllowed(ALLOW);
export const DELETE = methodNotAllowed(ALLOW);
export const OPTIONS = options(ALLOW);
