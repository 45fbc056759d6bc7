import data from '../../../data/framing-terms.json';
import { toSimplified } from '../script-normalize';

/** A family of framing-sensitive terms for one referent (`访华`, `访中`, `访问北京`). */
export interface TermFamily {
  id: string;
  en: string;
  zh: string;
  members: readonly string[];
}

export const TERM_FAMILIES: readonly TermFamily[] = data.families;
export const TERM_FAMILY_SOURCE: string = data.source;

const sortedMembers = new WeakMap<readonly TermFamily[], { family: string; term: string }[]>();

/** Every member of `families`, longest first (then by term), sorted once per families list. */
function membersLongestFirst(families: readonly TermFamily[]): { family: string; term: string }[] {
  let members = sortedMembers.get(families);
  if (!members) {
    members = families
      .flatMap((f) => f.members.map((term) => ({ family: f.id, term })))
      .sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));
    sortedMembers.set(families, members);
  }
  return members;
}

/** One occurrence of a family member in a text. */
export interface TermHit {
  family: string;
  term: string;
  start: number;
  end: number;
}

/**
 * Every occurrence of every family member in `text` (matched on the simplified script, so
 * traditional texts match too; offsets are those of `text`). Longer members win: a position
 * covered by `台湾地区` is not counted again for `台湾`. `simplified` is `toSimplified(text)`
 * when the caller has it.
 */
export function findTermFamilies(text: string, families: readonly TermFamily[] = TERM_FAMILIES, simplified?: string): TermHit[] {
  const simple = simplified ?? toSimplified(text);
  const members = membersLongestFirst(families);
  const taken = new Uint8Array(text.length);
  const hits: TermHit[] = [];
  for (const { family, term } of members) {
    for (let i = simple.indexOf(term); i >= 0; i = simple.indexOf(term, i + term.length)) {
      const end = i + term.length;
      if (taken.subarray(i, end).some((x) => x === 1)) continue;
      taken.fill(1, i, end);
      hits.push({ family, term, start: i, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
