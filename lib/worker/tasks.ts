import { analyzeArticles } from '../analyze';
import { previewArticle, type ArticlePreview } from '../api/preview-articles';
import { describeFailures, readArticles, type ArticleFailure, type ArticleSource } from '../api/to-article';
import { DecodeError, decodeBytes } from '../ingest/decode';
import type { CanonicalInputs } from '../schema/comparison-input';
import { markPhase, PHASE } from './task-slot';

/** Work for a pool thread. `slot` is the task's shared slot (see task-slot.ts), set by the pool. */
export type WorkerTask =
  | { kind: 'decode'; sources: ArticleSource[]; slot?: Int32Array }
  | { kind: 'preview'; sources: ArticleSource[]; slot?: Int32Array }
  | { kind: 'analyze'; inputs: CanonicalInputs; slot?: Int32Array };

/** An article that cannot be used: the route answers 422 with this message. */
export type Unusable = { ok: false; status: 422; error: string };

/** Answers by task kind, structured so they cross the thread boundary intact (no Error classes). */
export type DecodeResult = { ok: true; texts: string[] } | Unusable;
export type PreviewResult = { ok: true; articles: ArticlePreview[] };
/** The analysis as JSON text: stored as is, parsed only where an object is needed. */
export type AnalyzeResult = { ok: true; analysisJson: string } | Unusable;
export type TaskResult<T extends WorkerTask> = T extends { kind: 'decode' }
  ? DecodeResult
  : T extends { kind: 'preview' }
    ? PreviewResult
    : AnalyzeResult;

/** Uploaded bytes → text (encoding override, BOM, meta, detector); one 422 naming every binary or undecodable article. */
export function decodeSources(sources: readonly ArticleSource[], slot?: Int32Array): DecodeResult {
  const texts: string[] = [];
  const failures: ArticleFailure[] = [];
  for (const [i, source] of sources.entries()) {
    markPhase(slot, PHASE.extract, i);
    if (source.content !== undefined) {
      if (source.content.includes('\0')) failures.push({ name: source.name, problem: 'binary content (NUL characters), not text' });
      texts.push(source.content);
      continue;
    }
    try {
      texts.push(decodeBytes(source.bytes ?? new Uint8Array(0), { encoding: source.encoding ?? undefined }).text);
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
      failures.push({ name: source.name, problem: e.message });
      texts.push('');
    }
  }
  return failures.length > 0 ? { ok: false, status: 422, error: describeFailures(failures) } : { ok: true, texts };
}

/** What the reader finds in each article (preview before upload), one after the other. */
export function previewSources(sources: readonly ArticleSource[], slot?: Int32Array): PreviewResult {
  return {
    ok: true,
    articles: sources.map((source, i) => {
      markPhase(slot, PHASE.extract, i);
      return previewArticle(source);
    }),
  };
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
  return { ok: true, analysisJson: JSON.stringify(analyzeArticles(read.articles)) };
}

/** Runs one task (the body of a pool thread). */
export function runTask(task: WorkerTask): DecodeResult | PreviewResult | AnalyzeResult {
  switch (task.kind) {
    case 'decode':
      return decodeSources(task.sources, task.slot);
    case 'preview':
      return previewSources(task.sources, task.slot);
    case 'analyze':
      return analyzeInputs(task.inputs, task.slot);
  }
}
