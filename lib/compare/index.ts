/** The cross-outlet comparison library: claim groups, claims table, entity and set overlap, timeline data. */
export { alignClaims } from './align-claims';
export { claimRows, type ClaimRow } from './claim-rows';
export { entityOverlap, type EntityOverlapRow, type EntityUsage } from './entity-overlap';
export { claimSets, entitySets, overlapSets, type ExactIntersection, type NamedSet, type OverlapSets } from './overlap-sets';
export { timelineData, type DurationItem, type MarkSource, type TimelineData, type TimelineMark } from './timeline-data';
export { parseDuration, parseTimeValue, type TimeRange } from './time-value';
export { toSimplified } from './script-normalize';
