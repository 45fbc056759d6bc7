import { parseArticle } from '../ingest';
import { isArchiveMarkdown } from '../ingest/archive-format';
import { DecodeError, decodeBytes } from '../ingest/decode';
import { htmlToArticle, looksLikeHtml } from '../ingest/generic-html';
import { IngestError } from '../ingest/ingest-error';
import { findAdapter, unknownAdapter } from '../ingest/outlets/registry';
import { Article, type Outlet } from '../schema/article';
import { describeFailures, type ArticleFailure } from './article-failures';
import { assertReadableText } from './build-article';
import { textToArticle } from './plain-text';

export { describeFailures, type ArticleFailure };

/** One user article: bytes (a file) or content (text), with optional overrides. */
export interface ArticleSource {
  name: string;
  bytes?: Uint8Array;
  content?: string;
  outlet?: string | null;
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  encoding?: string | null;
}

/** The archive Markdown format of the samples: front matter or epoch comment, `[title](url)`, `------`. */
export { isArchiveMarkdown };

/** Outlet for a user-given name: a known outlet if the name is one of its spellings. */
function outletNamed(name: string, current: Outlet): Outlet {
  const known = findAdapter('', name);
  if (known) return known.outlet;
  const slug = name.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return { id: `user-${slug || 'outlet'}`, name, english: name, timeZone: current.timeZone };
}

/** The URL when it is an absolute http(s) URL, else '' (never a `javascript:` or `data:` link). */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : '';
  } catch {
    return '';
  }
}

/** A user date `2023-06-18` or an ISO date-time → `…Z` instant (date-only: midnight UTC). */
function userInstant(raw: string, source: string): string {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00Z` : raw);
  if (!Number.isFinite(ms)) throw new IngestError(source, `publishedAt "${raw}" is not an ISO 8601 date`);
  return new Date(ms).toISOString();
}

/**
 * A user article → validated Article. Decodes bytes (see decodeBytes), picks the format
 * (archive Markdown → parseArticle, HTML → the generic page reader, else plain text) and
 * applies the overrides (outlet, title, url, publishedAt) last. A source URL that is not
 * http(s) (from a page's metadata or an archive link) is dropped. `now` is the upload time
 * (epoch ms, default: the clock): no publication date read from a page may fall after it.
 * @throws IngestError or DecodeError naming the problem.
 */
export function toArticle(input: ArticleSource, options: { now?: number } = {}): Article {
  const text = input.content ?? (input.bytes ? decodeBytes(input.bytes, { encoding: input.encoding ?? undefined }).text : '');
  if (!text.trim()) throw new IngestError(input.name, 'empty: the content is blank or whitespace only');
  if (text.includes('\0')) throw new IngestError(input.name, 'binary: the content contains NUL characters');
  let article = isArchiveMarkdown(text)
    ? parseArticle(text, input.name)
    : looksLikeHtml(text)
      ? htmlToArticle(text, input.name, { ...(input.url ? { url: input.url } : {}), ...(options.now !== undefined ? { now: options.now } : {}) })
      : textToArticle(text, input.name);
  if (input.url) {
    const outlet = article.outlet.id === 'unknown' ? (findAdapter(input.url, undefined) ?? unknownAdapter(input.url)).outlet : article.outlet;
    article = { ...article, url: input.url, outlet };
  }
  if (input.title) article = { ...article, title: input.title };
  if (input.outlet) article = { ...article, outlet: outletNamed(input.outlet, article.outlet) };
  if (input.publishedAt) {
    article = {
      ...article,
      publishedAt: userInstant(input.publishedAt, input.name),
      publishedEvidence: { kind: 'front-matter', raw: `user: ${input.publishedAt}`, timeZone: article.outlet.timeZone },
    };
  }
  if (article.url && !safeUrl(article.url)) article = { ...article, url: '' };
  assertReadableText(article.text, input.name);
  return Article.parse(article);
}

/**
 * Every article of a comparison read (see toArticle), all of them even when some fail, so
 * the answer names every failing article; the same story twice is a failure of the second.
 * `onEach(i)` is called before article i (progress reporting). Pure: callable from a worker.
 */
export function readArticles(
  inputs: readonly ArticleSource[],
  onEach?: (index: number) => void,
): { ok: true; articles: Article[] } | { ok: false; failures: ArticleFailure[]; error: string } {
  const articles: Article[] = [];
  const failures: ArticleFailure[] = [];
  const seen = new Map<string, string>();
  for (const [i, input] of inputs.entries()) {
    onEach?.(i);
    try {
      const article = toArticle(input);
      const first = seen.get(article.id);
      if (first !== undefined) failures.push({ name: input.name, problem: `the same story as article "${first}"` });
      else seen.set(article.id, input.name);
      articles.push(article);
    } catch (e) {
      if (e instanceof IngestError) failures.push({ name: input.name, problem: e.problem });
      else if (e instanceof DecodeError) failures.push({ name: input.name, problem: e.message });
      else throw e;
    }
  }
  return failures.length > 0 ? { ok: false, failures, error: describeFailures(failures) } : { ok: true, articles };
}
