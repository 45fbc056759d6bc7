import { createComparison } from '@/lib/api/create-comparison';
import { handle, methodNotAllowed, options } from '@/lib/api/handle';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const ALLOW = ['POST'];

/** Create a comparison from 2–10 uploaded articles (see docs/api.md). */
export function POST(request: Request): Promise<Response> {
  return handle(request, () => createComparison(request));
}

export const GET = methodNotAllowed(ALLOW);
export const PUT = methodNotAllowed(ALLOW);
export const PATCH = methodNotAllowed(ALLOW);
export const DELETE = methodNotAllowed(ALLOW);
export const OPTIONS = options(ALLOW);
