import { getComparisonResponse } from '@/lib/api/get-comparison';
import { handle, methodNotAllowed, options } from '@/lib/api/handle';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const ALLOW = ['GET', 'HEAD'];

/** A stored comparison's analysis; `?analyzer=current` re-analyses its inputs (see docs/api.md). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return handle(request, () => getComparisonResponse(request, id), ['analyzer', 'blind']);
}

export const POST = methodNotAllowed(ALLOW);
export const PUT = methodNotAllowed(ALLOW);
export const PATCH = methodNotAllowed(ALLOW);
export const DELETE = methodNotAllowed(ALLOW);
export const OPTIONS = options(ALLOW);
