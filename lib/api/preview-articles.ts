import { DecodeError, decodeBytes } from '../ingest/decode';
import { IngestError } from '../ingest/ingest-error';
import type { ArticlePreview } from '../schema/preview';
import { toArticle, type ArticleSource } from './to-article';

/** What the loader found in one article, or why it cannot be used (the schema in lib/schema/preview). */
export type { ArticlePreview };

/** One article's preview: decode, read (format detection, extraction, overrides), report. */
export function previewArticle(source: ArticleSource): ArticlePreview {
  try {
    const decoded =
      source.content !== undefined
        ? { text: source.content, encoding: 'utf-8', source: 'text' as const }
        : decodeBytes(source.bytes ?? new Uint8Array(0), { encoding: source.encoding ?? undefined });
    const article = toArticle({ ...source, bytes: undefined, content: decoded.text, encoding: undefined });
    return {
      name: source.name,
      ok: true,
      encoding: decoded.encoding,
      encodingSource: decoded.source,
      outlet: { id: article.outlet.id, name: article.outlet.name, english: article.outlet.english },
      title: article.title,
      url: article.url,
      publishedAt: article.publishedAt ?? null,
      script: article.script,
      textLength: article.text.length,
    };
  } catch (e) {
    if (e instanceof IngestError) return { name: source.name, ok: false, error: `article "${source.name}": ${e.problem}` };
    if (e instanceof DecodeError) return { name: source.name, ok: false, error: `article "${source.name}": ${e.message}` };
    throw e;
  }
}
