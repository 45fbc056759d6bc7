import 'server-only';
import { DecodeError, decodeBytes } from '../ingest/decode';
import { getComparison, putComparison } from '../store/comparisons';
import { canonicalInputs, comparisonId } from '../store/content-address';
import { ANALYZER_VERSION } from '../version';
import { analyzeInWorker } from '../worker/pool';
import { ApiError, jsonResponse } from './api-error';
import { parseCreateRequest } from './parse-request';
import type { ArticleSource } from './to-article';

/** Decodes an article's bytes (422 naming the article when binary or undecodable). */
function textOf(source: ArticleSource): string {
  if (source.content !== undefined) {
    if (source.content.includes('\0')) throw new ApiError(422, `article "${source.name}": binary content (NUL characters), not text`);
    return source.content;
  }
  try {
    return decodeBytes(source.bytes ?? new Uint8Array(0), { encoding: source.encoding ?? undefined }).text;
  } catch (e) {
    if (e instanceof DecodeError) throw new ApiError(422, `article "${source.name}": ${e.message}`);
    throw e;
  }
}

/**
 * `POST /api/comparisons`: validate and decode the articles, derive the content address,
 * answer 200 at once when it is already stored, else analyse on the worker pool, store,
 * and answer 201 `{ id, url }`.
 */
export async function createComparison(request: Request): Promise<Response> {
  const sources = await parseCreateRequest(request);
  const texts = sources.map((s) => {
    const content = textOf(s);
    if (!content.trim()) throw new ApiError(422, `article "${s.name}": empty (blank or whitespace only)`);
    return { ...s, content };
  });
  const inputs = canonicalInputs(texts);
  const id = comparisonId(inputs);
  const body = { id, url: `/c/${id}` };
  if (getComparison(id)) return jsonResponse(body, 200, { location: body.url });
  const result = await analyzeInWorker(inputs);
  if (!result.ok) throw new ApiError(result.status, result.error);
  const { created } = putComparison({ id, analyzerVersion: ANALYZER_VERSION, inputs, analysis: result.analysis });
  return jsonResponse(body, created ? 201 : 200, { location: body.url });
}
