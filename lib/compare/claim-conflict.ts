import { negationConflict } from './negation';
import { quantityConflict } from './quantities';

/**
 * What makes two accounts of one proposition contradict each other: different figures for
 * the same quantity, or one affirming what the other denies. Undefined when they agree.
 */
export function claimConflict(a: string, b: string): string | undefined {
  return quantityConflict(a, b) ?? negationConflict(a, b);
}
