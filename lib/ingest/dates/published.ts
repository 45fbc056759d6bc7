import type { PublishedEvidence } from '../../schema/article';
import type { DateFinding } from './date-finding';

/**
 * Chooses an article's publication time from the candidates found in the input.
 *
 * Precedence (first that exists wins):
 *  1. `epoch-comment`: the archive's `<!--epoch-ms-->` comment, when it is a number in a
 *     plausible range (`<!--NaN-->` counts as absent).
 *  2. `body-dateline`: a date line printed in the story body (RFI `14/06/2023 - 14:22` in
 *     Paris time, VOA `Wed, 21 Jun 2023 17:44:55 GMT`, DW ISO instants, BBC `<time>`,
 *     Epoch Times `【大纪元2023年06月18日讯】`, CNA's ROC serial `1120619`). Date-and-time
 *     lines beat date-only ones; ties go to the first in document order. A date-only line
 *     gives local midnight in the outlet's zone. It beats the front matter because for
 *     `<!--NaN-->` items the front matter `date` is the scrape time, not publication.
 *  3. `front-matter`: the YAML `date`.
 *  4. `url`: a date in the URL (outlet adapters' shapes first, then generic ones).
 *  5. `none`: `publishedAt` is null.
 *
 * A candidate more than a day and a half (zones) before `notBefore`, the day of the latest
 * social post the story quotes (embedded-posts.ts), is impossible and passed over: the
 * article quotes a post written after it (a front matter `2016-02-08` on a story quoting
 * posts of 8 November 2016). When every candidate is impossible, that day is the date
 * (`embedded-post` evidence): the earliest the article can be.
 */
export interface PublishedCandidates {
  epoch: DateFinding | null;
  datelines: readonly DateFinding[];
  frontMatter: DateFinding | null;
  url: DateFinding | null;
  notBefore?: DateFinding | null;
}

/** Slack for zones: a post's day is read in the outlet's zone, its poster's may differ. */
const ZONE_SLACK_MS = 36 * 3_600_000;

export interface Published {
  publishedAt: string | null;
  publishedEvidence: PublishedEvidence;
}

/** Applies the precedence above. `timeZone` is the outlet's, reported when nothing is found. */
export function choosePublished(c: PublishedCandidates, timeZone: string): Published {
  const dateline =
    c.datelines.find((d) => d.precision === 'time') ?? c.datelines.find((d) => d.precision === 'date') ?? null;
  const bound = c.notBefore ? Date.parse(c.notBefore.instant) - ZONE_SLACK_MS : -Infinity;
  const possible = (f: DateFinding | null): f is DateFinding => f !== null && Date.parse(f.instant) >= bound;
  const best = [c.epoch, dateline, c.frontMatter, c.url].find(possible) ?? c.notBefore ?? null;
  if (!best) return { publishedAt: null, publishedEvidence: { kind: 'none', raw: '', timeZone } };
  return {
    publishedAt: best.instant,
    publishedEvidence: { kind: best.kind, raw: best.raw, timeZone: best.timeZone },
  };
}
