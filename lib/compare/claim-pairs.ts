import type { AnalyzedArticle, Claim } from '../schema/analysis';
import { ALIGNMENT_MODEL, linkProbability, type AlignmentModel, type PairFeatures } from './alignment-model';
import { claimConflict } from './claim-conflict';
import { characterBigrams, characterTokens, dicePieces, claimTokensWithSpans, sortedEntitySpans, spansWithin } from './claim-tokens';
import { conflictingFigures, extractQuantities, sharedFigures, type Quantity } from './quantities';
import { normalizeForCompare } from './script-normalize';
import { containment, contentSimilarity, cosine, inverseDocumentFrequency, weigh, type WeightedVector } from './similarity';
import { sideOfSpeaker } from './speaker-side';
import { speakerRelation, type SpeakerInfo, type SpeakerRelation } from './speaker-relation';
import { claimRef } from './claim-ref';
import { statesForecast } from './modality';

/** One claim prepared for alignment: tokens weighed, speaker side resolved, entities and figures inside its span. */
export interface ClaimNode {
  /** `<articleId>#<claimId>`. */
  ref: string;
  articleIndex: number;
  claim: Claim;
  /** Entity, figure, date and Han-bigram tokens, IDF-weighted over the comparison's claims. */
  vector: WeightedVector;
  /** Han characters and Latin words, IDF-weighted. */
  chars: WeightedVector;

  speaker: SpeakerInfo;
  cue: string;
  /** Entity ids mentioned inside the claim's content span. */
  entities: ReadonlySet<string>;
  /** Those of `entities` that are not ubiquitous in the comparison (in at most a fifth of the claims, or two). */
  notable: ReadonlySet<string>;
  /** Figure values (`#6`) and time values (`%2023-07-10`) stated in the claim. */
  values: ReadonlySet<string>;
  /** The figures stated in the claim, with what they count. */
  quantities: readonly Quantity[];
  /** Its Han character bigrams and Latin content-word stems (unweighted, `dicePieces`), as piece ids (see `PieceIds`). */
  bigrams: PieceIds;
  /** The same pieces per clause (split at commas, semicolons and stops), clauses of fewer than three pieces left out. */
  clauses: readonly PieceIds[];
  /** Character bigrams of the speaker's text. */
  speakerBigrams: PieceIds;
  /** The claim states a forecast or an expectation (`预计`, `expected`: data/claim-modality.json). */
  forecast: boolean;
}

/**
 * A set of pieces (bigrams, stems) as ascending integer ids, interned per comparison: the Dice
 * features of every candidate pair merge two arrays instead of hashing strings (the string sets'
 * lookups were the costliest line of the alignment).
 */
export type PieceIds = Int32Array;

/** `set` as piece ids, new pieces numbered in `ids`. */
function pieceIds(set: ReadonlySet<string>, ids: Map<string, number>): PieceIds {
  const out = new Int32Array(set.size);
  let k = 0;
  for (const piece of set) {
    let id = ids.get(piece);
    if (id === undefined) ids.set(piece, (id = ids.size));
    out[k++] = id;
  }
  return out.sort();
}

/** Dice coefficient of two piece-id sets: 2|A∩B| / (|A| + |B|), as `dice` gives for the sets they stand for. */
function diceIds(a: PieceIds, b: PieceIds): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** The comparison of two claims. */
export interface PairScore {
  /** Content similarity in [0, 1]. */
  similarity: number;
  /** The alignment model's probability that both state one proposition (0 when they share no token). */
  probability: number;
  relation: SpeakerRelation;
  /** False for opposed speakers (two known, different sides): never grouped. */
  allowed: boolean;
  /** The two state conflicting figures or dates (see `pairConflicting`). */
  conflicting: boolean;
}

/** Builds the alignment nodes of every claim of every article, in article then text order. */
export function buildClaimNodes(articles: readonly AnalyzedArticle[]): ClaimNode[] {
  const raw = articles.flatMap((article, articleIndex) => {
    const spans = sortedEntitySpans(article.entities);
    return [...article.claims]
      .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
      .map((claim) => {
        const end = claim.start + claim.text.length;
        const times = article.times.filter((t) => t.start >= claim.start && t.end <= end && !t.value.startsWith('P')).map((t) => t.value);
        const quantities = extractQuantities(claim.text);
        return {
          article,
          articleIndex,
          claim,
          quantities,
          counts: claimTokensWithSpans(claim.text, claim.start, spansWithin(spans, claim.start, end), times, quantities),
          chars: characterTokens(claim.text),
          entityIds: new Set(spansWithin(spans, claim.start, claim.end).map((s) => s.id)),
        };
      });
  });
  const idf = inverseDocumentFrequency(raw.map((r) => r.counts));
  const charIdf = inverseDocumentFrequency(raw.map((r) => r.chars));

  const vocabulary = new Map<string, number>();
  const charVocabulary = new Map<string, number>();
  const pieces = new Map<string, number>();
  const df = new Map<string, number>();
  for (const r of raw) for (const id of r.entityIds) df.set(id, (df.get(id) ?? 0) + 1);
  const ubiquitous = Math.max(2, raw.length / 5);
  return raw.map(({ article, articleIndex, claim, quantities, counts, chars, entityIds }) => ({
    ref: claimRef(article.id, claim.id),
    articleIndex,
    claim,
    vector: weigh(counts, idf, vocabulary),
    chars: weigh(chars, charIdf, charVocabulary),

    speaker: {
      entityId: claim.speaker.entityId,
      text: normalizeForCompare(claim.speaker.text).trim(),
      kind: claim.speaker.kind,
      side: sideOfSpeaker(claim.speaker, article.entities),
    },
    cue: normalizeForCompare(claim.cue).trim(),
    entities: entityIds,
    notable: new Set([...entityIds].filter((id) => (df.get(id) ?? 0) <= ubiquitous)),
    values: new Set([...counts.keys()].filter((t) => /^(?:#(?!k:)|%)/u.test(t))),
    quantities,
    bigrams: pieceIds(dicePieces(claim.text), pieces),
    clauses: clausePieces(claim.text).map((c) => pieceIds(c, pieces)),
    speakerBigrams: pieceIds(characterBigrams(claim.speaker.text), pieces),
    forecast: statesForecast(claim.text),
  }));
}

/** Clause boundaries inside a claim (the enumeration comma 、 does not end a clause). */
const CLAUSE_BREAK = /[，,；;。！？!?：:]/u;

/** The `dicePieces` of each clause of a text, clauses of fewer than three pieces left out. */
function clausePieces(text: string): ReadonlySet<string>[] {
  return text
    .split(CLAUSE_BREAK)
    .map((c) => dicePieces(c))
    .filter((p) => p.size >= 3);
}

/** The best Dice between a clause of one claim and a clause of the other (one proposition stated in one clause of each). */
function bestClauseDice(a: readonly PieceIds[], b: readonly PieceIds[]): number {
  let best = 0;
  for (const x of a) {
    for (const y of b) {
      // Dice cannot exceed 2·min/(|x|+|y|) (every piece of the smaller set shared): a pair that cannot beat `best` is not compared.
      if ((2 * Math.min(x.length, y.length)) / (x.length + y.length) <= best) continue;
      best = Math.max(best, diceIds(x, y));
    }
  }
  return best;
}

/** Whether `x`'s content names `y`'s speaker. */
function namesSpeakerOf(x: ClaimNode, y: ClaimNode): boolean {
  return y.speaker.entityId !== undefined && x.entities.has(y.speaker.entityId);
}

/** The speaker relation of a pair: a vague or unknown speaker whose content names the other speaker reports that speaker. */
export function pairRelation(a: ClaimNode, b: ClaimNode): SpeakerRelation {
  const direct = speakerRelation(a.speaker, b.speaker);
  return (direct === 'unknown' || direct === 'unattributed') && (namesSpeakerOf(a, b) || namesSpeakerOf(b, a)) ? 'speaker-in-content' : direct;
}

/** The features of a pair (see `PAIR_FEATURES`), each in [0, 1]. */
export function pairFeatures(a: ClaimNode, b: ClaimNode): PairFeatures {
  let entities = 0;
  for (const id of a.notable) if (b.notable.has(id) && id !== a.speaker.entityId && id !== b.speaker.entityId) entities++;
  // Figures that agree (same thing counted, ranges overlapping: `6人死亡` / `六死`) and dates stated by both.
  let figures = Math.min(sharedFigures(a.quantities, b.quantities), sharedFigures(b.quantities, a.quantities));
  for (const v of a.values) if (v.startsWith('%') && b.values.has(v)) figures++;
  const charsContained = containment(a.chars, b.chars);
  let values = 0;
  for (const v of a.values) if (v.startsWith('#') && b.values.has(v)) values++;
  return {
    similarity: contentSimilarity(a.vector, b.vector),
    otherFigures: conflictingFigures(a.quantities, b.quantities) ? 1 : 0,
    characters: cosine(a.chars, b.chars),
    bigrams: diceIds(a.bigrams, b.bigrams),
    entities: Math.min(2, entities) / 2,
    figures: Math.min(2, figures) / 2,
    containment: charsContained,

    clauses: bestClauseDice(a.clauses, b.clauses),
    values: Math.min(2, values) / 2,
    // Speaker closeness counts only as far as the contents overlap: one speaker's two different
    // propositions (`台湾问题是…风险` / `敦促美国停止干涉…台湾`) are no evidence of one proposition.
    speakers: diceIds(a.speakerBigrams, b.speakerBigrams) * charsContained,
  };
}

/** Whether two claims each state a date (time value) and no date of one falls within a date of the other (`2023-06` / `2023-05`). */
export function conflictingDates(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const da = [...a].filter((v) => v.startsWith('%'));
  const db = [...b].filter((v) => v.startsWith('%'));
  if (da.length === 0 || db.length === 0) return false;
  return !da.some((x) => db.some((y) => x.startsWith(y) || y.startsWith(x)));
}

/** Whether two claims state conflicting figures (`features.otherFigures`) or conflicting dates. */
export function pairConflicting(a: ClaimNode, b: ClaimNode, features: PairFeatures): boolean {
  return features.otherFigures > 0 || conflictingDates(a.values, b.values);
}

/**
 * Whether two claims may never share a group, whatever their scores: they state conflicting figures
 * for one quantity and are not two accounts of one fact. Within one article that is always so (an
 * outlet that gives `6月出口下降12.4%` and `5月出口下降7.5%` states two propositions, and grouping
 * both chained three figures into one group); across articles, when one is a forecast and the other
 * is not (`预计下降9.2%` / `下降12.4%`). Measured by leave-one-event-out F1 over sixteen tuning events
 * (λ .001): .628 without, .640 with the first, .641 with both; also blocking two articles' conflicting
 * figures whose dates conflict (a toll that rose between two reports) gave .633, and was left out.
 */
export function cannotShareGroup(a: ClaimNode, b: ClaimNode): boolean {
  if (a.quantities.length === 0 || b.quantities.length === 0) return false;
  if (a.articleIndex !== b.articleIndex && a.forecast === b.forecast) return false;
  return conflictingFigures(a.quantities, b.quantities) !== undefined;
}

/** Scores a pair of claim nodes with the alignment model. */
export function scorePair(a: ClaimNode, b: ClaimNode, model: AlignmentModel = ALIGNMENT_MODEL): PairScore {
  const relation = pairRelation(a, b);
  const allowed = relation !== 'opposed';
  const features = pairFeatures(a, b);
  // Candidates share an entity, a figure, a date or a key term: a pair sharing no token is never linked.
  const probability = features.similarity > 0 ? linkProbability(features, model) : 0;
  return { similarity: features.similarity, probability, relation, allowed, conflicting: pairConflicting(a, b, features) };
}

/**
 * The conflict between two claims' contents, if any: conflicting figures or polarity
 * (`claimConflict`), else each states a date and none of them agree (`conflictingDates`).
 */
export function pairConflict(a: ClaimNode, b: ClaimNode): string | undefined {
  const text = claimConflict(a.claim.text, b.claim.text);
  if (text || !conflictingDates(a.values, b.values)) return text;
  const dates = (n: ClaimNode): string => [...n.values].filter((v) => v.startsWith('%')).map((v) => v.slice(1)).sort().join('、');
  return `dates differ: ${dates(a)} vs ${dates(b)}`;
}
