import type { Atom } from './atom';

/** A pattern that yields atoms: `build` validates a match and returns null to reject it. */
export interface Rule {
  name: string;
  /** Must carry the `g` flag (and `d` when `build` needs group offsets). */
  re: RegExp;
  /**
   * Literal strings of which every match of `re` contains one (a mandatory part of the pattern):
   * a text holding none of them is not scanned. Leave out when unsure.
   */
  needs?: readonly string[];
  build: (m: RegExpExecArray) => Atom | Atom[] | null;
}

/** Runs every rule over `text` and returns all candidate atoms (overlapping, unsorted). */
export function scanRules(text: string, rules: readonly Rule[]): Atom[] {
  const out: Atom[] = [];
  for (const rule of rules) {
    if (rule.needs && !rule.needs.some((w) => text.includes(w))) continue;
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      if (m[0].length === 0) continue;
      const built = rule.build(m);
      if (built === null) continue;
      for (const atom of Array.isArray(built) ? built : [built]) {
        if (atom.end > atom.start) out.push(atom);
      }
    }
  }
  return out;
}

/** Start offset of a match (always defined for `matchAll` results). */
export const at = (m: RegExpExecArray): number => m.index;
