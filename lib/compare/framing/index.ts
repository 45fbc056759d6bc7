/** The framing lens: labels, distinctive terms, speaker groups, omissions and prior context. */
export { computeFraming } from './compute-framing';
export { articleTerms, countsOf, addCounts, isContentTerm, type SimplifiedText, type TermSpans } from './article-terms';
export { distinctiveTerms, DEFAULT_ALPHA0, TERMS_PER_ARTICLE } from './distinctive-terms';
export { dirichletPrior, logOddsZ, type Counts, type LogOdds } from './log-odds';
export { labelRows, labelSpan } from './label-rows';
export { omissions } from './omissions';
export { priorContext, type ContextItem } from './prior-context';
export { BASE_GROUPS, involvedSides, parseReassign, speakerCounts, speakerGroup, speakerKey } from './speaker-groups';
export { STATE_ALIASES, stateSideOfName } from './state-aliases';
export { findTermFamilies, TERM_FAMILIES, TERM_FAMILY_SOURCE, type TermFamily } from './term-families';
