import 'server-only';
import { blindAnalysis } from '../compare/blind';
import type { Analysis } from '../schema/analysis';
import { ComparisonId } from '../schema/comparison-input';
import { getComparison } from '../store/comparisons';
import { ANALYZER_VERSION } from '../version';
import { analyzeInWorker } from '../worker/pool';
import { ApiError, jsonResponse } from './api-error';
import { CSV_FILES, csvExport, type CsvFile } from './csv-exports';

/** A stored comparison's analysis with its provenance, as `GET /api/comparisons/{id}` answers it. */
export type ComparisonBody = Analysis & { id: string; analyzerVersion: string; createdAt: string; reanalyzed: boolean };

/**
 * The analysis of a stored comparison: as stored, or with `?analyzer=current` the stored
 * inputs re-analysed by the current analyzer (not stored). 404 for an unknown id.
 */
export async function loadComparison(id: string, url: URL): Promise<ComparisonBody> {
  const analyzer = url.searchParams.get('analyzer');
  if (analyzer !== null && analyzer !== 'current' && analyzer !== 'stored') {
    throw new ApiError(400, `analyzer: expected "current" or "stored", got "${analyzer}"`);
  }
  const stored = ComparisonId.safeParse(id).success ? getComparison(id) : null;
  if (!stored) throw new ApiError(404, `no comparison with id "${id}"`);
  const base = { id, createdAt: stored.createdAt };
  if (analyzer !== 'current') return { ...stored.analysis, ...base, analyzerVersion: stored.analyzerVersion, reanalyzed: false };
  const result = await analyzeInWorker(stored.inputs);
  if (!result.ok) throw new ApiError(result.status, result.error);
  return { ...result.analysis, ...base, analyzerVersion: ANALYZER_VERSION, reanalyzed: true };
}

/**
 * The comparison an export carries: with `?blind=1` (teaching mode) the blind copy — outlets
 * as Outlet A, B… in a neutral order, no URL, file name, byline or outlet name anywhere.
 */
async function loadExport(id: string, url: URL): Promise<ComparisonBody> {
  const body = await loadComparison(id, url);
  return url.searchParams.get('blind') === '1' ? blindAnalysis(body) : body;
}

/** `GET /api/comparisons/{id}`. */
export async function getComparisonResponse(request: Request, id: string): Promise<Response> {
  const body = await loadExport(id, new URL(request.url));
  const cache = body.reanalyzed ? 'no-store' : 'public, max-age=31536000, immutable';
  return jsonResponse(body, 200, { 'cache-control': cache });
}

/** `GET /api/comparisons/{id}/{claims|entities|times}.csv`. */
export async function getCsvResponse(request: Request, id: string, file: string): Promise<Response> {
  if (!(CSV_FILES as readonly string[]).includes(file)) {
    throw new ApiError(404, `no export "${file}": use ${CSV_FILES.join(', ')}`);
  }
  const body = await loadExport(id, new URL(request.url));
  return new Response(csvExport(body, file as CsvFile), {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${id}-${new URL(request.url).searchParams.get('blind') === '1' ? 'blind-' : ''}${file}"`,
      'cache-control': body.reanalyzed ? 'no-store' : 'public, max-age=31536000, immutable',
    },
  });
}
