import { z } from 'zod';

/** Limits of one comparison request (see docs/api.md). */
export const LIMITS = {
  /**
   * Bytes of one article's content (UTF-8 for JSON strings, raw bytes for uploaded files): a
   * memory cap only. A page saved from a browser is 1–3 MB, mostly scripts and styles; what
   * extraction costs is bounded after those are stripped (lib/ingest/prescan.ts HTML_LIMITS)
   * and on the story text (lib/api/build-article.ts MAX_TEXT_CHARS).
   */
  articleBytes: 8 * 1024 * 1024,
  /** Bytes of the whole request body. */
  requestBytes: 32 * 1024 * 1024,
  minArticles: 2,
  maxArticles: 10,
} as const;

/** Optional per-article overrides a user may give with a file or a JSON article. */
export const ArticleOverrides = z.strictObject({
  /** Outlet name shown for the article, e.g. `RFI` or `联合早报`. */
  outlet: z.string().trim().min(1).max(200).optional(),
  title: z.string().trim().min(1).max(1000).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  /** ISO 8601 date or date-time, e.g. `2023-06-18` or `2023-06-18T14:54:00+08:00`. */
  publishedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional(),
  /** Encoding label of the content bytes, e.g. `gb18030`, `big5`, `utf-16le`; detected when absent. */
  encoding: z.string().trim().min(1).max(40).optional(),
});
export type ArticleOverrides = z.infer<typeof ArticleOverrides>;

/** One article of a JSON request: a file name and its content as text. */
export const JsonArticleInput = ArticleOverrides.extend({
  name: z.string().trim().min(1).max(255),
  content: z.string(),
});
export type JsonArticleInput = z.infer<typeof JsonArticleInput>;

/** `POST /api/comparisons` with `Content-Type: application/json`. */
export const CreateComparisonJson = z.strictObject({
  articles: z.array(JsonArticleInput),
});
export type CreateComparisonJson = z.infer<typeof CreateComparisonJson>;

/** One article as stored and hashed: decoded, normalised text plus the overrides (null when absent). */
export const CanonicalArticle = z.strictObject({
  name: z.string().min(1),
  content: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type CanonicalArticle = z.infer<typeof CanonicalArticle>;

/** The canonical inputs of a comparison: what its id is the hash of. */
export const CanonicalInputs = z.strictObject({
  articles: z.array(CanonicalArticle).min(LIMITS.minArticles).max(LIMITS.maxArticles),
});
export type CanonicalInputs = z.infer<typeof CanonicalInputs>;

/** A comparison id: base64url of 18 bytes of sha256 (144 bits). */
export const ComparisonId = z.string().regex(/^[A-Za-z0-9_-]{24}$/);

/** The body of a successful `POST /api/comparisons`. */
export const ComparisonCreated = z.strictObject({ id: ComparisonId, url: z.string() });
export type ComparisonCreated = z.infer<typeof ComparisonCreated>;
