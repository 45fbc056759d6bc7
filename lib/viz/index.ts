/** Chart maths (pure, no DOM): plain coordinates the React views map to SVG. */
export { timelineLayout, type PlacedMark, type TimelineLayout, type TimelineLayoutInput, type TimelineLayoutMark } from './timeline-layout';
export { vennLayout, type VennCircle, type VennInput, type VennLabel, type VennLayout } from './venn-layout';
export { upsetLayout, type UpsetColumn, type UpsetInput, type UpsetLayout } from './upset-layout';
export { distanceForOverlap, lensArea } from './circle-geometry';
export { timeValueWords, durationWords } from './time-words';
