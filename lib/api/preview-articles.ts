import { DecodeError, decodeBytes, type DecodeSource } from '../ingest/decode';
import { IngestError } from '../ingest/ingest-error';
import { toArticle, type ArticleSource } from './to-article';

/** What the loader found in one article, or why it cannot be used. */
export type ArticlePreview =
  | {
      name: string;
      ok: true;
      /** The encoding the text was decoded from (`utf-8` for pasted text). */
      encoding: string;
      /** How the encoding was chosen: user override, BOM, HTML meta, strict UTF-8, detector, or pasted text. */
      encodingSource: DecodeSource | 'text';
      outlet: { id: string; name: string; english: string };
      title: string;
      url: string;
      publishedAt: string | null;
      script: string;
      textLength: number;
    }
  | { name: string; ok: false; error: string };

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
