/** Precision, recall and F1 of a one-to-one matching with `tp` matched pairs. */
export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Builds a Prf. Empty sides follow the usual conventions: nothing predicted and nothing
 * to find is perfect; predictions with no gold score precision 0; no gold gives recall 1.
 */
export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted > 0 ? tp / predicted : gold > 0 ? 0 : 1;
  const recall = gold > 0 ? tp / gold : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, predicted, gold, precision, recall, f1 };
}

/** Sums the counts of several Prfs and recomputes the rates (micro-average). */
export function sumPrf(parts: readonly Prf[]): Prf {
  const add = (key: 'tp' | 'predicted' | 'gold'): number => parts.reduce((s, p) => s + p[key], 0);
  return prf(add('tp'), add('predicted'), add('gold'));
}

/** A share of correct items among the items it is measured over. */
export interface Rate {
  correct: number;
  total: number;
  /** `correct / total`, 0 when there is nothing to measure. */
  rate: number;
}

export function rate(correct: number, total: number): Rate {
  return { correct, total, rate: total > 0 ? correct / total : 0 };
}

export function sumRate(parts: readonly Rate[]): Rate {
  return rate(
    parts.reduce((s, r) => s + r.correct, 0),
    parts.reduce((s, r) => s + r.total, 0),
  );
}
