import { z } from 'zod';
import data from '../../data/alignment-model.json';

/**
 * The pair features the alignment model weighs, in the order of its weights (each in [0, 1],
 * see `pairFeatures`). They were chosen by leave-one-event-out pairwise F1 on the tuning events
 * (`scripts/fit-alignment.ts --variants=…`): over eight events `containment`, `clauses`, `values`
 * and `speakers` together raised it from .472 to .499 (.425 without `speakers`). `speakers` is the
 * speakers' closeness times the share of characters contained: ungated (.571 over ten events) it
 * grouped one speaker's two different propositions that shared little more than a name, so it
 * counts only as far as the contents overlap (.558). Measured and left out: character weights
 * from the jieba dictionary (rare characters weigh more), 1 for one speaker entity whatever its
 * surface, thresholds fitted on the mean of the events' F1. Also left out, over thirteen events
 * (nine made up; λ .01, macro F1 with the feature against without): one speaker by equivalence (a
 * ministry and its minister, `警方` / `公安机关`), .621 / .622; two claims that each state a date and
 * none agree, .638 / .644; the bigram Dice where two words of one dictionary sense (CC-CEDICT:
 * 保持 / 维持 `maintain`, 票价 / `fare`) also count as shared, over the whole claims, over their best
 * clause pair or with senses of at most four words, .616–.622 / .634 — so no thesaurus is shipped.
 * Over sixteen events (twelve made up; λ .1): tenths read as percentages (`近一成` = about 10%,
 * `五成` = 50%) as figures, .660 / .666 without, left out.
 * Speaker equivalence also decides
 * which pairs may be grouped at all (opposed sides never are), and `cannotShareGroup` which claims
 * may never share a group (conflicting figures in one article, a forecast against an outcome).
 */
export const PAIR_FEATURES = ['similarity', 'characters', 'bigrams', 'entities', 'figures', 'otherFigures', 'containment', 'clauses', 'values', 'speakers'] as const;
export type PairFeatures = Record<(typeof PAIR_FEATURES)[number], number>;

/**
 * The fitted alignment model (`data/alignment-model.json`, written by `scripts/fit-alignment.ts`
 * from the tuning part of the alignment gold): logistic weights over the pair features, and the
 * grouping thresholds on the resulting probability.
 */
export const AlignmentModel = z.object({
  weights: z.object(Object.fromEntries(PAIR_FEATURES.map((f) => [f, z.number()])) as Record<(typeof PAIR_FEATURES)[number], z.ZodNumber>),
  bias: z.number(),
  /** A cross-article pair links two claims when its probability reaches this. */
  link: z.number().min(0).max(1),
  /** Two groups merge only when their cross-article pairs average at least this (no chaining drift). */
  merge: z.number().min(0).max(1),
  /** Cross-article pairs at or above this content similarity are near-identical (`same`). */
  same: z.number().min(0).max(1),
  /** How the values were obtained (events, pairs, figures, command). */
  fitted: z.object({
    on: z.array(z.string()),
    command: z.string(),
    pairs: z.number().int(),
    positives: z.number().int(),
    tuningF1: z.number(),
    /** Leave-one-event-out pairwise F1 on the tuning events, macro-averaged, for the L2 strength chosen. */
    crossValidatedF1: z.number().optional(),
  }),
});
export type AlignmentModel = z.infer<typeof AlignmentModel>;

/** The shipped model, validated once at load (a data file is a boundary). */
export const ALIGNMENT_MODEL: AlignmentModel = AlignmentModel.parse(data);

/** The model's probability that two claims state one proposition. */
export function linkProbability(features: PairFeatures, model: AlignmentModel = ALIGNMENT_MODEL): number {
  let z = model.bias;
  for (const f of PAIR_FEATURES) z += model.weights[f] * features[f];
  return 1 / (1 + Math.exp(-z));
}
