import { getCsvResponse } from '@/lib/api/get-comparison';
import { handle } from '@/lib/api/handle';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** CSV exports of a comparison: `claims.csv`, `entities.csv`, `times.csv` (see docs/api.md). */
export async function GET(request: Request, context: { params: Promise<{ id: string; file: string }> }): Promise<Response> {
  const { id, file } = await context.params;
  return handle(() => getCsvResponse(request, id, file));
}
