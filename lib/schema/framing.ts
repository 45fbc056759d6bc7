import { z } from 'zod';

/** A `[start, end)` range in one article's clean text. */
export const FramingSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type FramingSpan = z.infer<typeof FramingSpan>;

/** One label as one article uses it: how often, and where (the whole label phrase). */
export const LabelUse = z.object({
  label: z.string(),
  count: z.number().int().nonnegative(),
  spans: z.array(FramingSpan),
});
export type LabelUse = z.infer<typeof LabelUse>;

/**
 * A referent shared by two or more articles and the labels each uses for it. `kind`:
 * `entity` (one entity id), `state` (the entities that refer to one country's state or
 * government, grouped), or `term` (a family of framing-sensitive terms, e.g. 访华/访中).
 */
export const LabelRow = z.object({
  key: z.string(),
  kind: z.enum(['entity', 'state', 'term']),
  name: z.string(),
  /** Entity ids behind the row (several for a `state` row, none for a term family). */
  entityIds: z.array(z.string()),
  /** Where a term family or alias table comes from. */
  source: z.string().optional(),
  /** Labels per article id, most frequent first (only articles that use one). */
  articles: z.record(z.string(), z.array(LabelUse)),
});
export type LabelRow = z.infer<typeof LabelRow>;

/** A term with its log-odds z-score for one article against the others. */
export const DistinctiveTerm = z.object({
  term: z.string(),
  z: z.number(),
  count: z.number().int().nonnegative(),
});
export type DistinctiveTerm = z.infer<typeof DistinctiveTerm>;

export const DistinctiveTerms = z.object({
  /** `comparison`: the other articles of the comparison; `samples`: all sample articles. */
  prior: z.enum(['comparison', 'samples']),
  /** Total prior weight α₀ (the Dirichlet concentration). */
  alpha0: z.number().positive(),
  /** Per article id: the most distinctive terms (highest z first). */
  articles: z.record(z.string(), z.array(DistinctiveTerm)),
});
export type DistinctiveTerms = z.infer<typeof DistinctiveTerms>;

export const SpeakerGroup = z.string().regex(/^(official:[A-Z]{2}|other-government|expert|witness|public|anonymous|media|unattributed|other)$/);

/** Claim counts per speaker group in one article, direct (quoted) and indirect. */
export const SpeakerCounts = z.record(z.string(), z.object({ direct: z.number().int().nonnegative(), indirect: z.number().int().nonnegative() }));
export type SpeakerCounts = z.infer<typeof SpeakerCounts>;

export const Speakers = z.object({
  /** The sides whose officials get their own group (the governments most mentioned). */
  involved: z.array(z.string()),
  articles: z.record(z.string(), SpeakerCounts),
  /** The group each claim was put in, `<articleId>#<claimId>` → group. */
  claims: z.record(z.string(), SpeakerGroup),
});
export type Speakers = z.infer<typeof Speakers>;

/** What one article lacks that others carry, and what only it carries. */
export const ArticleOmissions = z.object({
  missingClaimGroups: z.array(z.string()),
  missingEntities: z.array(z.string()),
  /** Claims (`<articleId>#<claimId>`) in no group: only this article reports them. */
  onlyClaims: z.array(z.string()),
  /** Entities only this article mentions. */
  onlyEntities: z.array(z.string()),
});
export type ArticleOmissions = z.infer<typeof ArticleOmissions>;

/** The framing lens of a comparison (see docs/framing.md). */
export const Framing = z.object({
  labels: z.array(LabelRow),
  distinctiveTerms: DistinctiveTerms,
  speakers: Speakers,
  omissions: z.record(z.string(), ArticleOmissions),
});
export type Framing = z.infer<typeof Framing>;
