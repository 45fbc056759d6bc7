// Which files of an archive folder are read, and their hash: light (no analysis pipeline), so the
// CLI's main thread loads none of the pipeline that its ingest threads run (read-file.ts).
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

/** File name endings read as articles (archive Markdown, saved HTML pages, plain text); files with no ending too. */
const ARTICLE_EXTENSIONS = new Set(['', '.md', '.markdown', '.txt', '.text', '.html', '.htm', '.xhtml', '.shtml']);
/** A folder's own documentation, never an article. */
const FOLDER_DOCS = /^(readme|sources|license|licence|copying|changelog)(\.[a-z]+)?$/i;

/** Why a path is not read at all (its name says it is no article), or null to read it. */
export function notAnArticle(path: string): string | null {
  const name = basename(path);
  if (name.startsWith('.')) return 'hidden file';
  if (FOLDER_DOCS.test(name)) return "the folder's documentation (README, SOURCES, LICENSE), not an article";
  const ext = extname(name).toLowerCase();
  if (!ARTICLE_EXTENSIONS.has(ext)) return `not an article file (${ext}): archive Markdown, HTML or plain text are read`;
  return null;
}

/** sha256 of bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
