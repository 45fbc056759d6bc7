import { getCsvResponse } from '@/lib/api/get-comparison';
import { handle, methodNotAllowed, options } from '@/lib/api/handle';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const ALLOW = ['GET', 'HEAD'];

/** CSV exports of a comparison: `claims.csv`, `entities.csv`, `times.csv` (see docs/api.md). */
export async function GET(request: Request, context: { params: Promise<{ id: string; file: string }> }): Promise<Response> {
  const { id, file } = await context.params;
  return handle(request, () => getCsvResponse(request, id, file), ['analyzer', 'blind']);
}

export const POST = methodNotAllowed(ALLOW);
export const PUT = methodNotAllowed(ALLOW);
export const PATCH = methodNotAllowed(ALLOW);
export const DELETE = methodNotAllowed(ALLOW);
export const OPTIONS = options(ALLOW);
