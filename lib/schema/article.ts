import { z } from 'zod';

/** A character span `[start, end)` into an article's `text` (UTF-16 code units, as `String.prototype.slice`). */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/** The news organisation that published an article. */
export const Outlet = z.object({
  /** Stable slug, e.g. `rfi`, `epochtimes`, `unknown-example-com`. */
  id: z.string().min(1),
  /** Name in the outlet's own language, e.g. `法广`. */
  name: z.string().min(1),
  /** English name, e.g. `RFI`. */
  english: z.string().min(1),
  /** IANA time zone the outlet dates its stories in, e.g. `Europe/Paris`. */
  timeZone: z.string().min(1),
});
export type Outlet = z.infer<typeof Outlet>;

/** Where an article's publication time came from. */
export const PublishedEvidence = z.object({
  kind: z.enum(['epoch-comment', 'front-matter', 'body-dateline', 'url', 'embedded-post', 'none']),
  /** The raw string the time was read from, e.g. `<!--1686746702000-->` or `14/06/2023 - 14:22`. */
  raw: z.string(),
  /** Time zone the raw value was interpreted in. */
  timeZone: z.string(),
});
export type PublishedEvidence = z.infer<typeof PublishedEvidence>;

export const Paragraph = Span.extend({
  /** `h` for a section heading inside the story, `p` for body text. */
  kind: z.enum(['p', 'h']),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Script = z.enum(['simplified', 'traditional', 'latin']);
export type Script = z.infer<typeof Script>;

/** One outlet's account, after ingest: metadata plus the clean story text. */
export const Article = z.object({
  /** Content-derived id: the same raw input always gives the same id. */
  id: z.string().min(1),
  /** The input file's name. */
  source: z.string(),
  outlet: Outlet,
  url: z.string(),
  title: z.string(),
  /** ISO 8601 instant with offset `Z`, or `null` when no date could be found. */
  publishedAt: z.string().nullable(),
  publishedEvidence: PublishedEvidence,
  byline: z.string().optional(),
  editor: z.string().optional(),
  script: Script,
  /** BCP 47 language tag: `zh-Hans`, `zh-Hant` or `en`. */
  language: z.string(),
  /** The story text: paragraphs joined by `\n\n`. */
  text: z.string(),
  paragraphs: z.array(Paragraph),
});
export type Article = z.infer<typeof Article>;
