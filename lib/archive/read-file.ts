import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyzeWithTexts } from '../analyze';
import { toArticle } from '../api/to-article';
import { DecodeError, decodeBytes } from '../ingest/decode';
import { IngestError } from '../ingest/ingest-error';
import { LIMITS } from '../schema/comparison-input';
import type { ArchiveEntry } from '../schema/archive';
import { canonicalText } from '../store/content-address';
import { ANALYZER_VERSION } from '../version';
import { articleFeatures } from './features';
import { sha256 } from './archive-files';
import { indexText } from './search-text';

/** The answer of reading one file: the entry to store, or the reason it cannot be read. */
export type ReadResult = { ok: true; entry: ArchiveEntry } | { ok: false; path: string; reason: string };

function reasonOf(e: unknown): string {
  if (e instanceof IngestError) return e.problem;
  if (e instanceof DecodeError) return e.message;
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    return e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a directory' : e.code;
  }
  throw e;
}

/**
 * Reads one file of an archive: bytes (at most LIMITS.articleBytes), decoded as the upload
 * path decodes them (BOM, meta, detector: UTF-8, GB18030, Big5, UTF-16), read as an article
 * (archive Markdown, HTML page or plain text: lib/api/to-article), analysed alone, its
 * event features and full-text index rows computed. A file that cannot be read gives its reason. Pure apart from
 * reading the file (runs on an ingest thread).
 */
export async function readArchiveFile(path: string, known?: (sha: string) => boolean): Promise<ReadResult | { ok: 'known'; path: string }> {
  try {
    const bytes = await readFile(path);
    if (bytes.length > LIMITS.articleBytes) return { ok: false, path, reason: `too large (${bytes.length} bytes; limit ${LIMITS.articleBytes})` };
    const sha = sha256(bytes);
    if (known?.(sha)) return { ok: 'known', path };
    const content = canonicalText(decodeBytes(bytes).text);
    const article = toArticle({ name: basename(path), content });
    const { analysis: analysed, texts } = analyzeWithTexts([article]);
    const analysis = analysed.articles[0]!;
    const prepared = texts.get(article.id);
    return {
      ok: true,
      entry: {
        sha,
        sourcePath: path,
        content,
        article,
        analysis,
        analyzerVersion: ANALYZER_VERSION,
        features: articleFeatures(analysis, prepared),
        index: { title: indexText(article.title), body: indexText(article.text, prepared?.tokens) },
      },
    };
  } catch (e) {
    return { ok: false, path, reason: reasonOf(e) };
  }
}
