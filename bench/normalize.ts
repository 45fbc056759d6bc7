import { toSimplified } from '../lib/nlp/script';

/** Separators that vary between outlets inside one name: middle dots, bullets, hyphens, spaces. */
const SEPARATORS = /[\s·‧•・･\-‐‑–—_.]/gu;

/**
 * The key two names are compared by: Unicode NFKC, traditional → simplified script,
 * separators (`·‧•-` and spaces) removed, Latin letters lower-cased. So `哈里森·李`,
 * `哈里森‧李` and `哈里森李` compare equal, and so do `習近平` and `习近平`.
 */
export function normalizeName(name: string): string {
  return toSimplified(name.normalize('NFKC')).replace(SEPARATORS, '').toLowerCase();
}
