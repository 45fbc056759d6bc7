import data from '../../../data/minority-names.json';
import type { Token } from '../segment';
import type { Candidate } from './candidate';

/**
 * Tibetan and Uyghur personal names (扎西多吉, 次仁顿珠, 艾力·买买提, 阿不都热合曼): two or more
 * common given-name elements (data/minority-names.json) written together or joined by a middle
 * dot. A single element is no evidence (尼玛, 古丽 occur in other words); two in a row are.
 */

const ELEMENTS = new Set([...data.tibetan, ...data.uyghur]);
const LONGEST = Math.max(...[...ELEMENTS].map((e) => e.length));
const JOINER = /[·‧•・･]/;

/** The longest element starting at `p`, or 0. */
function elementAt(s: string, p: number): number {
  for (let n = Math.min(LONGEST, s.length - p); n >= 2; n--) if (ELEMENTS.has(s.slice(p, p + n))) return n;
  return 0;
}

/** Names of two to four elements starting on a word boundary of the segmenter's reading. */
export function minorityNames(s: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  let covered = -1;
  for (const t of tokens) {
    const p = t.start;
    if (p < covered) continue;
    let q = p;
    let parts = 0;
    while (parts < 4) {
      const n = elementAt(s, q);
      if (!n) break;
      q += n;
      parts++;
      if (JOINER.test(s[q] ?? '') && elementAt(s, q + 1)) q++;
    }
    if (parts < 2 || q - p < 4) continue;
    out.push({ start: p, end: q, type: 'PERSON', name: s.slice(p, q).replace(/[‧•・･]/g, '·'), priority: 2 });
    covered = q;
  }
  return out;
}
