// zod/mini: this schema is parsed in the browser too (the upload form reads the preview
// answer with it), where full zod would add ~50 KB.
import * as z from 'zod/mini';

/** How an article's encoding was chosen: BOM, HTML meta, strict UTF-8, detector, the user's pick, or pasted text. */
export const EncodingSource = z.enum(['bom', 'meta', 'utf8', 'detector', 'user', 'text']);

/** What `POST /api/comparisons/preview` found in one article, or why it cannot be used. */
export const ArticlePreview = z.discriminatedUnion('ok', [
  z.object({
    name: z.string(),
    ok: z.literal(true),
    /** The encoding the text was decoded from (`utf-8` for pasted text). */
    encoding: z.string(),
    encodingSource: EncodingSource,
    outlet: z.object({ id: z.string(), name: z.string(), english: z.string() }),
    title: z.string(),
    url: z.string(),
    publishedAt: z.nullable(z.string()),
    script: z.string(),
    textLength: z.number(),
  }),
  z.object({ name: z.string(), ok: z.literal(false), error: z.string() }),
]);
export type ArticlePreview = z.infer<typeof ArticlePreview>;

/** The whole answer of `POST /api/comparisons/preview`. */
export const PreviewAnswer = z.object({ articles: z.array(ArticlePreview) });
export type PreviewAnswer = z.infer<typeof PreviewAnswer>;
