import type { Atom, Fields } from './atom';
import { clockMinutes } from './parts-of-day';

/** A run of adjacent atoms forming one time expression (`周日（6月18日）下午`). */
export interface Group {
  start: number;
  end: number;
  atoms: Atom[];
  /** Merged fields of calendar atoms; absent for a standalone atom. */
  fields?: Fields;
  relative: boolean;
}

/**
 * Keeps non-overlapping atoms: leftmost first, then longest, then highest priority, then rule
 * name (deterministic).
 */
export function selectAtoms(candidates: readonly Atom[]): Atom[] {
  const sorted = [...candidates].sort(
    (a, b) => a.start - b.start || b.end - a.end || b.priority - a.priority || a.rule.localeCompare(b.rule),
  );
  const out: Atom[] = [];
  let lastEnd = 0;
  for (const atom of sorted) {
    if (atom.start < lastEnd) continue;
    out.push(atom);
    lastEnd = atom.end;
  }
  return out;
}

/** Copies the defined fields of `b` over `a`. */
function mergeFields(a: Fields, b: Fields): Fields {
  const out: Fields = { ...a };
  for (const [k, v] of Object.entries(b) as [keyof Fields, Fields[keyof Fields]][]) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  // `日晚8时`: a clock read after a part of the day written apart is a time of that part (20:00).
  if (b.clock !== undefined && b.part === undefined && a.part !== undefined) {
    out.clock = clockMinutes(Math.floor(b.clock / 60), b.clock % 60, a.part) ?? b.clock;
  }
  return out;
}

const DAY_KEYS = ['day', 'dayRel', 'dayAnaphor', 'weekday', 'weekRel'] as const;
const hasDay = (f: Fields): boolean => DAY_KEYS.some((k) => f[k] !== undefined);

/** True when `next` refines the group (finer rank, no clashing field). */
function canAppend(group: Group, last: Atom, next: Atom): boolean {
  if (!next.fields || next.rank === undefined || last.rank === undefined || !group.fields) return false;
  const f = group.fields;
  // `6月19日星期一`: a weekday right after a date only annotates it.
  const annotation = next.fields.weekday !== undefined && next.fields.weekRel === undefined && f.day !== undefined && f.weekday === undefined;
  if (annotation) return true;
  if (next.rank <= last.rank) return false;
  for (const [k, v] of Object.entries(next.fields)) {
    if (v !== undefined && k !== 'part' && (f as Record<string, unknown>)[k] !== undefined) return false;
  }
  return true;
}

/** The gap text allowed between two atoms of one expression. */
const joinable = (gap: string, latin: boolean): boolean => gap === '' || (latin && /^(?:,?\s+(?:at|on|in)?\s*|,\s*)$/.test(gap));

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

/**
 * Groups adjacent calendar atoms into expressions (coarse to fine: year → month → day → part →
 * clock). A bracketed explicit date right after a day word wins over it: `周三（6月14日）`,
 * `今天（21日）` are one expression valued by the bracket; `6月19日（星期一）` keeps the date.
 */
export function groupAtoms(text: string, atoms: readonly Atom[]): Group[] {
  const groups: Group[] = [];
  let i = 0;
  while (i < atoms.length) {
    const first = atoms[i]!;
    i++;
    if (!first.fields) {
      groups.push({ start: first.start, end: first.end, atoms: [first], relative: first.relative });
      continue;
    }
    const group: Group = { start: first.start, end: first.end, atoms: [first], fields: { ...first.fields }, relative: first.relative };
    let last = first;
    while (i < atoms.length) {
      const next = atoms[i]!;
      const latin = next.rule.startsWith('en-');
      const gap = text.slice(group.end, next.start);
      if (joinable(gap, latin) && canAppend(group, last, next)) {
        group.fields = mergeFields(group.fields!, next.fields!);
        group.atoms.push(next);
        group.relative ||= next.relative;
        group.end = next.end;
        last = next;
        i++;
        continue;
      }
      const bracket = gap.length === 1 && OPEN.has(gap) && hasDay(group.fields!) ? readBracket(text, atoms, i) : null;
      if (bracket === null) break;
      const inner = bracket.fields;
      if (inner.day !== undefined) {
        // The explicit date wins: drop the outer day words, keep outer year/month unless restated.
        const outer: Fields = { ...group.fields! };
        for (const k of DAY_KEYS) delete outer[k];
        group.fields = mergeFields(outer, inner);
        group.relative = group.fields.year === undefined;
      }
      group.atoms.push(...bracket.atoms);
      group.end = bracket.end;
      last = bracket.atoms[bracket.atoms.length - 1]!;
      i = bracket.next;
    }
    groups.push(group);
  }
  return groups;
}

/** Reads `（…）` holding only day-level calendar atoms, starting at atom index `i`. */
function readBracket(text: string, atoms: readonly Atom[], i: number): { fields: Fields; atoms: Atom[]; end: number; next: number } | null {
  let fields: Fields = {};
  const inner: Atom[] = [];
  let pos = atoms[i]?.start ?? 0;
  let j = i;
  while (j < atoms.length) {
    const a = atoms[j]!;
    if (a.start !== pos || !a.fields || (a.rank ?? 0) > 4) break;
    fields = mergeFields(fields, a.fields);
    inner.push(a);
    pos = a.end;
    j++;
  }
  if (inner.length === 0 || !CLOSE.has(text.charAt(pos))) return null;
  if (fields.day === undefined && fields.weekday === undefined && fields.dayRel === undefined) return null;
  return { fields, atoms: inner, end: pos + 1, next: j };
}
