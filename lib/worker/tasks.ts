import { analyzeArticles, ArticleCache } from '../analyze';
import { ApiError } from '../api/api-error';
import { parseCreateBody, type RawCreateBody } from '../api/parse-request';
import { previewArticle, type ArticlePreview } from '../api/preview-articles';
import { describeFailures, type ArticleFailure } from '../api/article-failures';
import { readArticles, type ArticleSource } from '../api/to-article';
import { parseArticle } from '../ingest';
import { DecodeError, decodeBytes } from '../ingest/decode';
import type { CanonicalInputs } from '../schema/comparison-input';
import { hasComparison, putComparisonJson } from '../store/comparisons';
import { canonicalInputs, comparisonId } from '../store/content-address';
import { ANALYZER_VERSION } from '../version';
import { markPhase, PHASE } from './task-slot';

/**
 * This thread's cache of each article's own analysis (see ArticleCache): an article posted
 * again in another comparison is not segmented or searched again. Bounded by characters of
 * article text (`PARALLAX_ARTICLE_CACHE_CHARS`, default 600,000: about 18 articles of
 * 100 KB, some 60–90 MB of tokens and entities per thread).
 */
const articleCache = new ArticleCache(Number(process.env.PARALLAX_ARTICLE_CACHE_CHARS) > 0 ? Number(process.env.PARALLAX_ARTICLE_CACHE_CHARS) : 600_000);

/** Work for a pool thread. `slot` is the task's shared slot (see task-slot.ts), set by the pool. */
export type WorkerTask =
  | { kind: 'prepare'; raw: RawCreateBody; slot?: Int32Array }
  | { kind: 'preview'; raw: RawCreateBody; slot?: Int32Array }
  | { kind: 'analyze'; inputs: CanonicalInputs; slot?: Int32Array }
  | { kind: 'create'; id: string; inputs: CanonicalInputs; slot?: Int32Array }
  | { kind: 'event'; files: EventFile[]; slot?: Int32Array };

/** A file of a sample event (shipped with the app under `seeds/`): its name and its text. */
export interface EventFile {
  name: string;
  content: string;
}

/** A request that cannot be used: the route answers with this status and message. */
export type Refused = { ok: false; status: number; error: string };

/** Answers by task kind, structured so they cross the thread boundary intact (no Error classes). */
/** `stored`: a comparison with this content address is already stored (its inputs are not sent back). */
export type PrepareResult = { ok: true; id: string; stored: false; inputs: CanonicalInputs; chars: number } | { ok: true; id: string; stored: true } | Refused;
export type PreviewResult = { ok: true; articles: ArticlePreview[] } | Refused;
/** The analysis as JSON text (parsed only where an object is needed). */
export type AnalyzeResult = { ok: true; analysisJson: string } | Refused;
/** Analysed and stored (committed) by the thread: whether this write created the row. */
export type CreateResult = { ok: true; created: boolean } | Refused;
export type TaskResult<T extends WorkerTask> = T extends { kind: 'prepare' }
  ? PrepareResult
  : T extends { kind: 'preview' }
    ? PreviewResult
    : T extends { kind: 'create' }
      ? CreateResult
      : AnalyzeResult; // 'analyze' and 'event'

/** An ApiError thrown while parsing becomes a refusal; anything else is a real failure. */
function refused(e: unknown): Refused {
  if (e instanceof ApiError) return { ok: false, status: e.status, error: e.message };
  throw e;
}

/** The request body → article sources, under the budget of its own step (article index -1). */
async function parse(raw: RawCreateBody, slot: Int32Array | undefined, minArticles?: number): Promise<ArticleSource[]> {
  markPhase(slot, PHASE.extract, -1);
  return parseCreateBody(raw, { minArticles });
}

/**
 * Uploaded bytes → text (encoding override, BOM, meta, detector); pasted text as is. One 422
 * naming every article that is binary or undecodable, then one naming every blank article.
 */
function textsOf(sources: readonly ArticleSource[], slot?: Int32Array): string[] {
  const failures: ArticleFailure[] = [];
  const texts = sources.map((source, i) => {
    markPhase(slot, PHASE.extract, i);
    if (source.content !== undefined) {
      if (source.content.includes('\0')) failures.push({ name: source.name, problem: 'binary content (NUL characters), not text' });
      return source.content;
    }
    try {
      return decodeBytes(source.bytes ?? new Uint8Array(0), { encoding: source.encoding ?? undefined }).text;
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
      failures.push({ name: source.name, problem: e.message });
      return '';
    }
  });
  if (failures.length > 0) throw new ApiError(422, describeFailures(failures));
  const blank = sources.filter((_, i) => !texts[i]!.trim());
  if (blank.length > 0) throw new ApiError(422, describeFailures(blank.map((s) => ({ name: s.name, problem: 'empty (blank or whitespace only)' }))));
  return texts;
}

/**
 * A comparison request body → its canonical inputs and content address: parse and validate,
 * decode each article's bytes, canonicalise, hash. 400/413/415/422 as refusals. When that
 * address is already stored only the id comes back: the request thread neither receives the
 * inputs (a structured clone of every article's text) nor queries the database.
 */
export async function prepareRequest(raw: RawCreateBody, slot?: Int32Array): Promise<PrepareResult> {
  try {
    const sources = await parse(raw, slot);
    const texts = textsOf(sources, slot);
    const inputs = canonicalInputs(sources.map((source, i) => ({ ...source, content: texts[i]! })));
    const id = comparisonId(inputs);
    if (hasComparison(id)) return { ok: true, id, stored: true };
    return { ok: true, id, stored: false, inputs, chars: inputs.articles.reduce((n, a) => n + a.content.length, 0) };
  } catch (e) {
    return refused(e);
  }
}

/** What the reader finds in each article of a request (preview before upload), one after the other. */
export async function previewRequest(raw: RawCreateBody, slot?: Int32Array): Promise<PreviewResult> {
  try {
    const sources = await parse(raw, slot, 1);
    return {
      ok: true,
      articles: sources.map((source, i) => {
        markPhase(slot, PHASE.extract, i);
        return previewArticle(source);
      }),
    };
  } catch (e) {
    return refused(e);
  }
}

/**
 * Canonical inputs → analysis: every article read (format detection, extraction, overrides;
 * each article under its own CPU budget), then the whole analysis (the analysis budget).
 * Unusable articles become one 422 naming every failing article and its problem
 * (readArticles); other failures throw.
 */
export function analyzeInputs(inputs: CanonicalInputs, slot?: Int32Array): AnalyzeResult {
  const read = readArticles(inputs.articles, (i) => markPhase(slot, PHASE.extract, i));
  if (!read.ok) return { ok: false, status: 422, error: read.error };
  markPhase(slot, PHASE.analyse);
  return { ok: true, analysisJson: JSON.stringify(analyzeArticles(read.articles, { cache: articleCache })) };
}

/**
 * Canonical inputs → analysis → stored under `id`, on this thread: the request thread neither
 * receives the analysis (a structured clone of its JSON) nor runs the synchronous SQLite write
 * and its fsync. The answer comes back only after the write is committed (same database
 * settings as every writer: WAL, `synchronous=FULL`), so a 201 still means durable. The write
 * runs in its own phase, outside the CPU budgets: a thread is never stopped mid-write.
 */
export function createComparisonTask(id: string, inputs: CanonicalInputs, slot?: Int32Array): CreateResult {
  const analysed = analyzeInputs(inputs, slot);
  if (!analysed.ok) return analysed;
  markPhase(slot, PHASE.store);
  const { created } = putComparisonJson({ id, analyzerVersion: ANALYZER_VERSION, inputsJson: JSON.stringify(inputs), analysisJson: analysed.analysisJson });
  return { ok: true, created };
}

/**
 * A sample event's files → its analysis (the pages of the sample events): read and analysed
 * here, not on the request thread, where a ten-outlet event held every other request for about
 * a second of CPU the first time its page was asked for.
 */
export function analyzeEvent(files: readonly EventFile[], slot?: Int32Array): AnalyzeResult {
  const articles = files.map((file, i) => {
    markPhase(slot, PHASE.extract, i);
    return parseArticle(file.content, file.name);
  });
  markPhase(slot, PHASE.analyse);
  return { ok: true, analysisJson: JSON.stringify(analyzeArticles(articles)) };
}

/** Runs one task (the body of a pool thread). */
export function runTask(task: WorkerTask): Promise<PrepareResult | PreviewResult> | AnalyzeResult | CreateResult {
  switch (task.kind) {
    case 'prepare':
      return prepareRequest(task.raw, task.slot);
    case 'preview':
      return previewRequest(task.raw, task.slot);
    case 'analyze':
      return analyzeInputs(task.inputs, task.slot);
    case 'create':
      return createComparisonTask(task.id, task.inputs, task.slot);
    case 'event':
      return analyzeEvent(task.files, task.slot);
  }
}
