import { z } from 'zod';
import { Article } from './article';
import { AnalyzedArticle } from './analysis';

/**
 * What event detection reads of one archived article (lib/archive/features.ts), stored with
 * its analysis: weighted words of the title and lead, entity ids, figures, a MinHash
 * signature of the text (near-duplicates) and the publication instant.
 */
export const ArchiveFeatures = z.strictObject({
  /** Title and lead words (simplified script, lower case) → weight (title words count more). */
  terms: z.record(z.string(), z.number().nonnegative()),
  /** The most frequent content words of the whole text → count (at most BODY_TERMS of them). */
  body: z.record(z.string(), z.number().nonnegative()).default({}),
  /** Entity ids of the analysis (cross-script linked: 秦刚 / 秦剛 / Qin Gang share one) → mentions. */
  entities: z.record(z.string(), z.number().int().nonnegative()),
  /** Figures stated in the title and lead as the claim comparison reads them: what is counted and its value (`dead:6`, `%:12.4`). */
  numbers: z.array(z.string()),
  /** MinHash signature of the text's character shingles (near-duplicate test). */
  minhash: z.array(z.number().int()),
  /** Publication instant (epoch ms), null when unknown. */
  time: z.number().int().nullable(),
});
export type ArchiveFeatures = z.infer<typeof ArchiveFeatures>;

/** One file read into the archive by the ingest worker: the article, its analysis and features. */
export const ArchiveEntry = z.strictObject({
  /** sha256 of the file's bytes (hex): a file read before is skipped without parsing. */
  sha: z.string().regex(/^[0-9a-f]{64}$/),
  /** The file's path as given (absolute). */
  sourcePath: z.string().min(1),
  /** The decoded, canonical text of the file (what a comparison of the event is made from). */
  content: z.string().min(1),
  article: Article,
  analysis: AnalyzedArticle,
  analyzerVersion: z.string().min(1),
  features: ArchiveFeatures,
  /**
   * The full-text index rows of the title and the text (lib/archive/search-text.ts
   * `indexText`: jieba words, then Chinese characters, space-separated), computed on the
   * ingest thread so the writer segments nothing.
   */
  index: z.strictObject({ title: z.string(), body: z.string() }),
});
export type ArchiveEntry = z.infer<typeof ArchiveEntry>;

/** An outlet as listed for an event or the archive. */
export const ArchiveOutlet = z.strictObject({ id: z.string().min(1), name: z.string().min(1), english: z.string().min(1) });
export type ArchiveOutlet = z.infer<typeof ArchiveOutlet>;

/** An outlet of the archive with its article count and the span of its articles (first and last publication instants). */
export const ArchiveOutletSpan = ArchiveOutlet.extend({
  articles: z.number().int().positive(),
  firstAt: z.string().nullable(),
  lastAt: z.string().nullable(),
});
export type ArchiveOutletSpan = z.infer<typeof ArchiveOutletSpan>;

/** An entity of an event: in how many of its (independent) accounts it appears. */
export const EventEntity = z.strictObject({ id: z.string().min(1), name: z.string().min(1), english: z.string().optional(), articles: z.number().int().positive() });
export type EventEntity = z.infer<typeof EventEntity>;

/** An event's summary as stored (archive_events) and listed. */
export const ArchiveEvent = z.strictObject({
  id: z.string().min(1),
  /** Generated: the title of its most central account. */
  title: z.string(),
  firstAt: z.string().nullable(),
  lastAt: z.string().nullable(),
  /** Independent accounts (near-duplicates not counted). */
  accounts: z.number().int().nonnegative(),
  /** Articles flagged as near-duplicates (syndicated or republished copies). */
  duplicates: z.number().int().nonnegative(),
  /** Outlets with an independent account, most accounts first. */
  outlets: z.array(ArchiveOutlet),
  /** Outlets that only republished another's account. */
  republishedBy: z.array(ArchiveOutlet),
  entities: z.array(EventEntity).max(12),
});
export type ArchiveEvent = z.infer<typeof ArchiveEvent>;

/** An article of an event, as `archive events --json` and the event list print it. */
export const EventArticle = z.strictObject({
  id: z.string().min(1),
  source: z.string(),
  outlet: ArchiveOutlet,
  title: z.string(),
  publishedAt: z.string().nullable(),
  language: z.string(),
  /** The id of the article this one copies (syndication / republication), else null. */
  duplicateOf: z.string().nullable(),
});
export type EventArticle = z.infer<typeof EventArticle>;

/** `npm run --silent archive -- events --json`: every event with its articles' source paths. */
export const ArchiveEventsJson = z.strictObject({
  events: z.array(ArchiveEvent.extend({ articles: z.array(EventArticle) })),
});
export type ArchiveEventsJson = z.infer<typeof ArchiveEventsJson>;

/** `archive -- stats --json`. */
export const ArchiveStats = z.strictObject({
  articles: z.number().int().nonnegative(),
  unclustered: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
  multiOutletEvents: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  outlets: z.number().int().nonnegative(),
  languages: z.record(z.string(), z.number().int().nonnegative()),
  firstAt: z.string().nullable(),
  lastAt: z.string().nullable(),
});
export type ArchiveStats = z.infer<typeof ArchiveStats>;

/** `archive -- list --json`: the stored articles. */
export const ArchiveListJson = z.strictObject({
  articles: z.array(EventArticle.extend({ eventId: z.string().nullable(), addedAt: z.string() })),
});
export type ArchiveListJson = z.infer<typeof ArchiveListJson>;

const isoDay = z.iso.date();
const oneValue = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const optionalText = (max: number) =>
  z.preprocess(
    (v) => {
      const s = oneValue(v);
      return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
    },
    z.string().max(max).optional(),
  );

/** The `/archive` page's query: filters, search, view and page (URL search params, parsed at the boundary). */
export const ArchiveQuery = z.object({
  /** Full-text search over titles and text. */
  q: optionalText(200),
  /** Events that overlap this day range (inclusive, UTC days). */
  from: z.preprocess(oneValue, isoDay.optional().catch(undefined)),
  to: z.preprocess(oneValue, isoDay.optional().catch(undefined)),
  outlet: optionalText(200),
  entity: optionalText(200),
  /** `events` (the list), `matrix` (outlets × events), `outlets` (exclusive events and blind spots). */
  view: z.preprocess(oneValue, z.enum(['events', 'matrix', 'outlets']).catch('events')).default('events'),
  page: z.preprocess((v) => Number(oneValue(v) ?? 1), z.number().int().min(1).max(100_000).catch(1)),
  /** Only events with at least this many outlets (default 1: every event). */
  min: z.preprocess((v) => Number(oneValue(v) ?? 1), z.number().int().min(1).max(50).catch(1)),
  lang: z.preprocess(oneValue, z.enum(['en', 'zh']).catch('en')).default('en'),
});
export type ArchiveQuery = z.infer<typeof ArchiveQuery>;
