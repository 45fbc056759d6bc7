import type { Analysis } from '../../schema/analysis';
import { Framing } from '../../schema/framing';
import { articleTerms, countsOf } from './article-terms';
import { distinctiveTerms } from './distinctive-terms';
import { labelRows } from './label-rows';
import { omissions } from './omissions';
import { speakerCounts } from './speaker-groups';

/**
 * The framing lens of a comparison: labels per shared referent, distinctive terms (log-odds
 * against the other articles, the comparison prior), claims per speaker group, and what each
 * article omits. Pure and deterministic.
 */
export function computeFraming(analysis: Pick<Analysis, 'articles' | 'claimGroups'>): Framing {
  const counts = new Map(analysis.articles.map((a) => [a.id, countsOf(articleTerms(a))]));
  return Framing.parse({
    labels: labelRows(analysis.articles),
    distinctiveTerms: distinctiveTerms(counts, { kind: 'comparison' }),
    speakers: speakerCounts(analysis.articles),
    omissions: omissions(analysis),
  });
}
