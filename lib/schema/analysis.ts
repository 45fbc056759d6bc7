import { z } from 'zod';
import { Article } from './article';
import { Framing } from './framing';

export const EntityType = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'WORK']);
export type EntityType = z.infer<typeof EntityType>;

/** One occurrence of an entity: its own surface form and the role/title it carries there. */
export const Mention = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Role or title attached to this mention, e.g. `外长`, `国务卿`, `发言人`. */
  role: z.string().optional(),
  /** The whole title+name phrase when wider than `text`, e.g. `中国外长秦刚` (framing signal). */
  label: z.string().optional(),
});
export type Mention = z.infer<typeof Mention>;

/** An entity as found in one article. `id` is shared by every article that mentions the same referent. */
export const ArticleEntity = z.object({
  id: z.string(),
  /** Canonical name (simplified Chinese for Chinese referents). */
  name: z.string(),
  type: EntityType,
  english: z.string().optional(),
  mentions: z.array(Mention),
});
export type ArticleEntity = z.infer<typeof ArticleEntity>;

export const SpeakerKind = z.enum(['entity', 'official', 'expert', 'witness', 'public', 'media', 'anonymous', 'statement', 'unattributed']);
export type SpeakerKind = z.infer<typeof SpeakerKind>;

export const Speaker = z.object({
  /** Surface text of the speaker as written (or the resolved antecedent's surface for pronouns). */
  text: z.string(),
  entityId: z.string().optional(),
  kind: SpeakerKind.optional(),
  /** Span of the speaker words in the text, when present in the claim's sentence. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Claim = z.object({
  id: z.string(),
  speaker: Speaker,
  /** The reporting verb or construction, e.g. `表示`, `说`, `据…报道`. */
  cue: z.string(),
  /** The content: `text === article.text.slice(start, end)`. */
  text: z.string(),
  direct: z.boolean(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The sentence the claim sits in. */
  sentence: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
});
export type Claim = z.infer<typeof Claim>;

export const TimeMention = z.object({
  text: z.string(),
  /** ISO 8601: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-MM-DDTHH:MM`, an interval `START/END`, or a duration `P…`. */
  value: z.string(),
  kind: z.enum(['date', 'month', 'year', 'datetime', 'interval', 'duration', 'time']).optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The clause the expression dates. */
  event: z.string().optional(),
  /** The analysis sentence holding the expression (the timeline shows it; no second splitter). */
  sentence: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
});
export type TimeMention = z.infer<typeof TimeMention>;

/** A diagnostic from a pipeline stage, with a position (unified/vfile style). */
export const Message = z.object({
  rule: z.string(),
  reason: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Message = z.infer<typeof Message>;

export const AnalyzedArticle = Article.extend({
  entities: z.array(ArticleEntity),
  claims: z.array(Claim),
  times: z.array(TimeMention),
  messages: z.array(Message).default([]),
});
export type AnalyzedArticle = z.infer<typeof AnalyzedArticle>;

export const ComparisonEntity = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityType,
  english: z.string().optional(),
  /** Mention count per article id. */
  articles: z.record(z.string(), z.number().int().nonnegative()),
});
export type ComparisonEntity = z.infer<typeof ComparisonEntity>;

export const ClaimGroup = z.object({
  id: z.string(),
  /** `<articleId>#<claimId>` references. */
  claims: z.array(z.string()),
  relation: z.enum(['same', 'similar', 'contradicts']),
  /** Why the claims were linked, so a view can explain the group. */
  evidence: z
    .object({
      /** Content similarity in [0, 1] after script normalisation. */
      similarity: z.number().min(0).max(1),
      /** Entity ids that the grouped claims share. */
      sharedEntities: z.array(z.string()),
      /** How the speakers are compatible: `same-entity`, `same-side`, `unattributed`… */
      speakers: z.string(),
      /** For `contradicts`: what differs (figures, affirmation against denial). */
      conflict: z.string().optional(),
    })
    .optional(),
});
export type ClaimGroup = z.infer<typeof ClaimGroup>;

/** The output contract of the CLI and the JSON API (see docs/analysis-format.md). */
export const Analysis = z.object({
  version: z.string(),
  articles: z.array(AnalyzedArticle),
  entities: z.array(ComparisonEntity),
  claimGroups: z.array(ClaimGroup),
  /** The framing lens (labels, distinctive terms, speakers, omissions); see docs/framing.md. */
  framing: Framing.optional(),
});
export type Analysis = z.infer<typeof Analysis>;
