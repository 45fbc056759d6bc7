import type { Analysis } from '../../schema/analysis';
import type { Framing } from '../../schema/framing';
import { articleTerms, countsOf, type SimplifiedText } from './article-terms';
import { distinctiveTerms } from './distinctive-terms';
import { labelRows } from './label-rows';
import { omissions } from './omissions';
import { speakerCounts } from './speaker-groups';

/**
 * The framing lens of a comparison: labels per shared referent, distinctive terms (log-odds
 * against the other articles, the comparison prior), claims per speaker group, and what each
 * article omits. Pure and deterministic. `prepared` (article id → simplified text and tokens)
 * spares converting and segmenting texts the analysis pass already has.
 */
export function computeFraming(analysis: Pick<Analysis, 'articles' | 'claimGroups'>, prepared?: ReadonlyMap<string, SimplifiedText>): Framing {
  const counts = new Map(analysis.articles.map((a) => [a.id, countsOf(articleTerms(a, prepared?.get(a.id)))]));
  // Validated once, with the whole analysis, by `analyzeArticles` (the output boundary).
  return {
    labels: labelRows(analysis.articles, prepared),
    distinctiveTerms: distinctiveTerms(counts, { kind: 'comparison' }),
    speakers: speakerCounts(analysis.articles),
    omissions: omissions(analysis),
  };
}
