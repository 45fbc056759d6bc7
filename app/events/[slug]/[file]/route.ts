import { ApiError, errorResponse, jsonResponse } from '@/lib/api/api-error';
import { CSV_FILES, csvExport, type CsvFile } from '@/lib/api/csv-exports';
import { handle } from '@/lib/api/handle';
import { blindAnalysis } from '@/lib/compare/blind';
import { loadEvent } from '@/lib/loader';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const FILES = ['analysis.json', ...CSV_FILES] as const;

/** A sample event's exports: `analysis.json`, `claims.csv`, `entities.csv`, `times.csv` (`?blind=1`: the blind copy). */
export async function GET(request: Request, context: { params: Promise<{ slug: string; file: string }> }): Promise<Response> {
  const { slug, file } = await context.params;
  return handle(request, () => exportEvent(request, slug, file), ['blind']);
}

async function exportEvent(request: Request, slug: string, file: string): Promise<Response> {
  if (!(FILES as readonly string[]).includes(file)) {
    return errorResponse(new ApiError(404, `no export "${file}": use ${FILES.join(', ')}`));
  }
  const loaded = await loadEvent(slug);
  if (!loaded) return errorResponse(new ApiError(404, `no sample event "${slug}"`));
  // Teaching mode (`?blind=1`): the blind copy, as the page shows it.
  const blind = new URL(request.url).searchParams.get('blind') === '1';
  const analysis = blind ? blindAnalysis(loaded.analysis) : loaded.analysis;
  const disposition = `attachment; filename="${slug}-${blind ? 'blind-' : ''}${file}"`;
  if (file === 'analysis.json') {
    return jsonResponse(analysis, 200, { 'content-disposition': disposition, 'cache-control': 'no-cache' });
  }
  return new Response(csvExport(analysis, file as CsvFile), {
    status: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition, 'cache-control': 'no-cache' },
  });
}
