import 'server-only';
import { blindAnalysis } from '../compare/blind';
import { Analysis } from '../schema/analysis';
import { ComparisonId } from '../schema/comparison-input';
import { getComparison, type StoredComparison } from '../store/comparisons';
import { ANALYZER_VERSION } from '../version';
import { admit, runTask } from '../worker/pool';
import { once } from '../worker/shared-work';
import { ApiError } from './api-error';
import { CSV_FILES, csvExport, type CsvFile } from './csv-exports';
import { Lru } from './lru';

/** A stored comparison's analysis with its provenance, as `GET /api/comparisons/{id}` answers it. */
export type ComparisonBody = Analysis & { id: string; analyzerVersion: string; createdAt: string; reanalyzed: boolean };

/** Weight of a comparison in the caches: its article text, times a rough factor for the analysis around it. */
const weightOf = (inputs: StoredComparison['inputs']): number => 4 * inputs.articles.reduce((n, a) => n + a.content.length, 0);
/** Stored rows never change: once read and validated, a comparison is served from memory. */
const stored = new Lru<string, StoredComparison>(48_000_000);
/** Analyses by the current analyzer, by content id: the same inputs are never analysed twice. */
const current = new Lru<string, Analysis>(48_000_000);

/** The stored comparison (validated once, then from memory), or null. */
function storedComparison(id: string): StoredComparison | null {
  const hit = stored.get(id);
  if (hit) return hit;
  const row = getComparison(id);
  if (row) stored.set(id, row, weightOf(row.inputs));
  return row;
}

/**
 * The current analyzer's analysis of a stored comparison's inputs: the stored one when it was
 * made by this analyzer version (analysis is deterministic), else from the cache, else
 * analysed on the pool (one analysis for identical requests in flight; 503 when full).
 */
async function currentAnalysis(row: StoredComparison): Promise<Analysis> {
  if (row.analyzerVersion === ANALYZER_VERSION) return row.analysis;
  const hit = current.get(row.id);
  if (hit) return hit;
  const ticket = admit();
  try {
    const { value } = await once(`current:${row.id}`, ticket, async () => {
      const chars = row.inputs.articles.reduce((n, a) => n + a.content.length, 0);
      const result = await runTask({ kind: 'analyze', inputs: row.inputs }, { analysisChars: chars });
      if (!result.ok) throw new ApiError(result.status, result.error);
      const analysis = Analysis.parse(JSON.parse(result.analysisJson));
      current.set(row.id, analysis, weightOf(row.inputs));
      return analysis;
    });
    return value;
  } finally {
    ticket.release();
  }
}

/**
 * The analysis of a stored comparison: as stored, or with `?analyzer=current` the stored
 * inputs analysed by the current analyzer (not stored). 404 for an unknown id.
 */
export async function loadComparison(id: string, url: URL): Promise<ComparisonBody> {
  const analyzer = url.searchParams.get('analyzer');
  if (analyzer !== null && analyzer !== 'current' && analyzer !== 'stored') {
    throw new ApiError(400, `analyzer: expected "current" or "stored", got "${analyzer.slice(0, 40)}"`);
  }
  const row = ComparisonId.safeParse(id).success ? storedComparison(id) : null;
  if (!row) throw new ApiError(404, `no comparison with id "${id.slice(0, 80)}"`);
  const base = { id, createdAt: row.createdAt };
  if (analyzer !== 'current') return { ...row.analysis, ...base, analyzerVersion: row.analyzerVersion, reanalyzed: false };
  return { ...(await currentAnalysis(row)), ...base, analyzerVersion: ANALYZER_VERSION, reanalyzed: true };
}

/**
 * The comparison an export carries: with `?blind=1` (teaching mode) the blind copy — outlets
 * as Outlet A, B… in a neutral order, no URL, file name, byline or outlet name anywhere.
 */
async function loadExport(id: string, url: URL): Promise<ComparisonBody> {
  const body = await loadComparison(id, url);
  return url.searchParams.get('blind') === '1' ? blindAnalysis(body) : body;
}

/**
 * Stored comparisons as `GET /api/comparisons/{id}` answers them (UTF-8 JSON, by id and blind
 * flag): a stored comparison never changes, so it is serialised once, not on every request on
 * the request thread (a ten-outlet analysis is about 1 MB of JSON). Bounded by bytes.
 */
const storedJson = new Lru<string, Uint8Array<ArrayBuffer>>(32_000_000);

/** `GET /api/comparisons/{id}`. */
export async function getComparisonResponse(request: Request, id: string): Promise<Response> {
  const url = new URL(request.url);
  const analyzer = url.searchParams.get('analyzer');
  const key = `${id}|${url.searchParams.get('blind') === '1' ? 'blind' : 'named'}`;
  // Only the stored analysis is cached (`?analyzer=current` may be re-analysed; other values are refused below).
  let json = analyzer === null || analyzer === 'stored' ? storedJson.get(key) : undefined;
  let reanalyzed = false;
  if (!json) {
    const body = await loadExport(id, url);
    json = new Uint8Array(Buffer.from(JSON.stringify(body)));
    reanalyzed = body.reanalyzed;
    if (!reanalyzed) storedJson.set(key, json, json.byteLength);
  }
  return new Response(json, {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': reanalyzed ? 'no-store' : 'public, max-age=31536000, immutable' },
  });
}

/** `GET /api/comparisons/{id}/{claims|entities|times}.csv`. */
export async function getCsvResponse(request: Request, id: string, file: string): Promise<Response> {
  if (!(CSV_FILES as readonly string[]).includes(file)) {
    throw new ApiError(404, `no export "${file.slice(0, 80)}": use ${CSV_FILES.join(', ')}`);
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
