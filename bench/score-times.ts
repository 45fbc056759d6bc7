import type { TimeMention } from '../lib/schema/analysis';
import { locate, type GoldTime } from './gold';
import { rate, type Rate } from './metrics';
import { overlap } from './score-claims';

export interface TimeScore {
  /** Gold times whose surface overlaps some predicted time span. */
  recall: Rate;
  /** Among found gold times: some overlapping prediction has exactly the gold value. */
  values: Rate;
  /** Predicted times whose span overlaps some gold time: every other prediction is a false positive. */
  precision: Rate;
  predicted: number;
  unlocated: string[];
  missed: string[];
  wrongValues: string[];
  /** Predictions that overlap no gold time (text=value). */
  spurious: string[];
}

/** Scores predicted time mentions against gold ones by span overlap, then exact value. */
export function scoreTimes(text: string, gold: readonly GoldTime[], predicted: readonly TimeMention[]): TimeScore {
  let found = 0;
  let right = 0;
  const unlocated: string[] = [];
  const missed: string[] = [];
  const wrongValues: string[] = [];
  const goldSpans: { start: number; end: number }[] = [];
  for (const g of gold) {
    const span = locate(text, g.text, g.occurrence);
    if (!span) {
      unlocated.push(g.text);
      continue;
    }
    goldSpans.push(span);
    const hits = predicted.filter((p) => overlap(p.start, p.end, span.start, span.end) > 0);
    if (hits.length === 0) {
      missed.push(`${g.text}=${g.value}`);
      continue;
    }
    found++;
    if (hits.some((p) => p.value === g.value)) right++;
    else wrongValues.push(`${g.text}: gold ${g.value}, predicted ${hits.map((p) => p.value).join('|')}`);
  }
  const spurious = predicted.filter((p) => !goldSpans.some((s) => overlap(p.start, p.end, s.start, s.end) > 0));
  return {
    recall: rate(found, gold.length),
    values: rate(right, found),
    precision: rate(predicted.length - spurious.length, predicted.length),
    predicted: predicted.length,
    unlocated,
    missed,
    wrongValues,
    spurious: spurious.map((p) => `${text.slice(p.start, p.end)}=${p.value}`),
  };
}
