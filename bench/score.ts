import type { AnalyzedArticle } from '../lib/schema/analysis';
import type { GoldFile } from './gold';
import { sumPrf, sumRate, type Prf, type Rate } from './metrics';
import { scoreClaims, type ClaimScore } from './score-claims';
import { scoreEntities, type EntityScore } from './score-entities';
import { scoreTimes, type TimeScore } from './score-times';

export { prf, type Prf, type Rate } from './metrics';

/** Every figure for one gold file against one analysed article. */
export interface FileScore {
  file: string;
  entities: EntityScore;
  claims: ClaimScore;
  times: TimeScore;
}

/** The micro-averaged figures over several files (counts summed, rates recomputed). */
export interface Summary {
  entities: Prf;
  entitiesUntyped: Prf;
  claims: Prf;
  speakers: Rate;
  timeRecall: Rate;
  timeValues: Rate;
  /** Predicted times overlapping a gold time, over all predicted times. */
  timePrecision: Rate;
}

/** Scores one analysed article against its gold annotation. Pure. */
export function scoreArticle(gold: GoldFile, article: AnalyzedArticle): FileScore {
  return {
    file: gold.file,
    entities: scoreEntities(gold.entities, article.entities),
    claims: scoreClaims(article.text, gold.claims, gold.entities, article.claims, article.entities),
    times: scoreTimes(article.text, gold.times, article.times),
  };
}

/** The summary of one file's score. */
export function summarize(score: FileScore): Summary {
  return summarizeAll([score]);
}

/** Micro-average over files: counts are summed before rates are computed. */
export function summarizeAll(scores: readonly FileScore[]): Summary {
  return {
    entities: sumPrf(scores.map((s) => s.entities.typed)),
    entitiesUntyped: sumPrf(scores.map((s) => s.entities.untyped)),
    claims: sumPrf(scores.map((s) => s.claims.claims)),
    speakers: sumRate(scores.map((s) => s.claims.speakers)),
    timeRecall: sumRate(scores.map((s) => s.times.recall)),
    timeValues: sumRate(scores.map((s) => s.times.values)),
    timePrecision: sumRate(scores.map((s) => s.times.precision)),
  };
}
