import { createComparison } from '@/lib/api/create-comparison';
import { handle } from '@/lib/api/handle';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Create a comparison from 2–10 uploaded articles (see docs/api.md). */
export function POST(request: Request): Promise<Response> {
  return handle(() => createComparison(request));
}
