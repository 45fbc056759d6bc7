import type { TimeMention } from '../../schema/analysis';
import type { NlpDoc } from '../doc';

/** Finds dated mentions (placeholder until the time stage lands). */
export function extractTimes(_doc: NlpDoc): TimeMention[] {
  return [];
}
