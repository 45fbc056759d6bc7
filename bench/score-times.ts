import type { TimeMention } from '../lib/schema/analysis';
import { locate, type GoldTime } from './gold';
import { rate, type Rate } from './metrics';
import { overlap } from './score-claims';

export interface TimeScore {
  /** Gold times whose surface overlaps some predicted time span. */
  recall: Rate;
  /** Among found gold times: some overlapping prediction has exactly the gold value. */
  values: Rate;
  predicted: number;
  unlocated: string[];
  missed: string[];
  wrongValues: string[];
}

/** Scores predicted time mentions against gold ones by span overlap, then exact value. */
export function scoreTimes(text: string, gold: readonly GoldTime[], predicted: readonly TimeMention[]): TimeScore {
  let found = 0;
  let right = 0;
  const unlocated: string[] = [];
  const missed: string[] = [];
  const wrongValues: string[] = [];
  for (const g of gold) {
    const span = locate(text, g.text, g.occurrence);
    if (!span) {
      unlocated.push(g.text);
      continue;
    }
    const hits = predicted.filter((p) => overlap(p.start, p.end, span.start, span.end) > 0);
    if (hits.length === 0) {
      missed.push(`${g.text}=${g.value}`);
      continue;
    }
    found++;
    if (hits.some((p) => p.value === g.value)) right++;
    else wrongValues.push(`${g.text}: gold ${g.value}, predicted ${hits.map((p) => p.value).join('|')}`);
  }
  return { recall: rate(found, gold.length), values: rate(right, found), predicted: predicted.length, unlocated, missed, wrongValues };
}
