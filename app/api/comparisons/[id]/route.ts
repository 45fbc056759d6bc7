import { getComparisonResponse } from '@/lib/api/get-comparison';
import { handle } from '@/lib/api/handle';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** A stored comparison's analysis; `?analyzer=current` re-analyses its inputs (see docs/api.md). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return handle(() => getComparisonResponse(request, id));
}
