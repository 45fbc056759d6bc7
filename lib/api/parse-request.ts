import type { z } from 'zod';
import { ArticleOverrides, CreateComparisonJson, LIMITS } from '../schema/comparison-input';
import { ApiError } from './api-error';
import { readBodyLimited } from './read-body';
import type { ArticleSource } from './to-article';

/** Room for the multipart or JSON envelope on top of the content limit. */
export const ENVELOPE_BYTES = 64 * 1024;

/** `articles.0.url: Invalid URL` — the first issue of a failed parse, with its path. */
export function describeIssue(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return `${prefix || 'body'}: invalid`;
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  return `${path || 'body'}: ${issue.message}`;
}

function checkArticleSize(name: string, bytes: number): void {
  if (bytes > LIMITS.articleBytes) {
    throw new ApiError(413, `article "${name}" too large: ${bytes} bytes (limit ${LIMITS.articleBytes / 1024 / 1024} MiB per article)`);
  }
}

function parseJsonBody(body: Uint8Array): ArticleSource[] {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch (e) {
    throw new ApiError(400, `malformed JSON body: ${e instanceof Error ? e.message : 'unreadable'}`);
  }
  const parsed = CreateComparisonJson.safeParse(data);
  if (!parsed.success) throw new ApiError(400, describeIssue(parsed.error));
  return parsed.data.articles.map((a) => {
    checkArticleSize(a.name, Buffer.byteLength(a.content, 'utf8'));
    return { ...a };
  });
}

/** The per-file `meta` fields: none, one JSON array, or one JSON object per file in order. */
function metaFor(values: readonly FormDataEntryValue[], count: number): ArticleOverrides[] {
  const texts = values.map((v, i) => {
    if (typeof v !== 'string') throw new ApiError(400, `meta[${i}]: expected a JSON text field, got a file`);
    try {
      return JSON.parse(v || '{}') as unknown;
    } catch {
      throw new ApiError(400, `meta[${i}]: malformed JSON`);
    }
  });
  const list = texts.length === 1 && Array.isArray(texts[0]) ? (texts[0] as unknown[]) : texts;
  if (list.length !== 0 && list.length !== count) {
    throw new ApiError(400, `meta: ${list.length} entries for ${count} files (give one per file, in order)`);
  }
  return list.map((m, i) => {
    const parsed = ArticleOverrides.safeParse(m);
    if (!parsed.success) throw new ApiError(400, describeIssue(parsed.error, `meta[${i}]`));
    return parsed.data;
  });
}

async function parseMultipartBody(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<ArticleSource[]> {
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new ApiError(400, 'malformed multipart/form-data body');
  }
  const files = form.getAll('files');
  const meta = metaFor(form.getAll('meta'), files.length);
  const out: ArticleSource[] = [];
  for (const [i, file] of files.entries()) {
    if (typeof file === 'string') throw new ApiError(400, `files[${i}]: expected a file, got a text field`);
    const name = file.name || `file-${i + 1}`;
    checkArticleSize(name, file.size);
    out.push({ name, bytes: new Uint8Array(await file.arrayBuffer()), ...meta[i] });
  }
  return out;
}

/** The body of a comparison request as read off the connection, before any parsing. */
export interface RawCreateBody {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
}

const kindOf = (contentType: string): 'json' | 'multipart' | null =>
  /^\s*application\/json\b/i.test(contentType) ? 'json' : /^\s*multipart\/form-data\b/i.test(contentType) ? 'multipart' : null;

/**
 * Reads the body of `POST /api/comparisons` (or `/preview`) off the connection, nothing more
 * (cheap, on the request thread): 415 for a content type other than multipart or JSON, 413
 * past the size limit (a declared length before reading, a streamed body at the limit).
 */
export async function readCreateBody(request: Request): Promise<RawCreateBody> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!kindOf(contentType)) {
    throw new ApiError(415, `unsupported content type "${contentType.slice(0, 100) || 'none'}": send multipart/form-data (field "files") or application/json`);
  }
  return { body: await readBodyLimited(request, LIMITS.requestBytes + ENVELOPE_BYTES), contentType };
}

/**
 * Parses and validates a comparison request body (multipart files or JSON articles) into
 * article sources (on a pool thread: parsing costs time linear in a body of up to 32 MiB).
 * 413 past an article's limit, 400 naming the malformed field, 422 for fewer than 2 (or
 * `minArticles`) or more than 10 articles.
 */
export async function parseCreateBody(raw: RawCreateBody, options: { minArticles?: number } = {}): Promise<ArticleSource[]> {
  const minArticles = options.minArticles ?? LIMITS.minArticles;
  const articles = kindOf(raw.contentType) === 'json' ? parseJsonBody(raw.body) : await parseMultipartBody(raw.body, raw.contentType);
  if (articles.length < minArticles) {
    throw new ApiError(422, `a comparison needs at least ${minArticles} articles, got ${articles.length}`);
  }
  if (articles.length > LIMITS.maxArticles) {
    throw new ApiError(422, `a comparison takes at most ${LIMITS.maxArticles} articles, got ${articles.length}`);
  }
  return articles;
}
