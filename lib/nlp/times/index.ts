import type { TimeMention } from '../../schema/analysis';
import { isLatinDoc, type NlpDoc, stageTokens } from '../doc';
import type { Atom, ResolveContext, Resolved } from './atom';
import { localDate, type Ymd } from './calendar';
import { groupAtoms, selectAtoms, type Group } from './combine';
import { inheritFromHistory, type HistoryAnchor } from './history';
import { namedDayRules } from './named-days';
import { eventClause, isFutureContext, isPastContext } from './event';
import { STANDALONE_PARTS } from './parts-of-day';
import { resolveFields } from './resolve';
import { type Rule, scanRules } from './rule';
import { enNumericDateRule, enRules } from './rules-en';
import { zhCalendarRules } from './rules-zh';
import { zhRangeRules } from './ranges-zh';
import { zhSpanRules } from './spans-zh';

/** Rule sets built once per script (regexes are reused; `scanRules` resets them). */
const EN_NUMERIC = { monthFirst: enNumericDateRule(true), dayFirst: enNumericDateRule(false) };
const RULES = {
  simplified: [...zhCalendarRules(false), ...zhRangeRules, ...zhSpanRules, ...namedDayRules, ...enRules],
  traditional: [...zhCalendarRules(true), ...zhRangeRules, ...zhSpanRules, ...namedDayRules, ...enRules],
};

/**
 * Finds dated mentions (dates, weekdays, months, years, times of day, relative expressions and
 * durations) in Chinese and English text and normalises them to ISO 8601 against the publication
 * day in the outlet's time zone. Mentions are sorted, never overlap, and `text` always equals
 * `doc.text.slice(start, end)`. Without a publication date only absolute expressions are
 * resolved; the others become `times/unresolved` messages. 目前/现在/当时 are not emitted (not
 * datable on their own).
 */
export function extractTimes(doc: NlpDoc): TimeMention[] {
  const text = doc.text;
  const pub = publicationDay(doc);
  const base = doc.script === 'traditional' ? RULES.traditional : RULES.simplified;
  // Numeric dates follow the outlet's convention: month first in the Americas, day first elsewhere.
  const rules = doc.language === 'en' || doc.script === 'latin' ? [...base, doc.timeZone.startsWith('America/') ? EN_NUMERIC.monthFirst : EN_NUMERIC.dayFirst] : base;
  const latin = doc.language === 'en' || doc.script === 'latin';
  const candidates = scanRules(text, rules);
  const groups = groupAtoms(text, selectAtoms(latin ? candidates : outsideNames(doc, candidates, rules)));
  const out: TimeMention[] = [];
  let anchorDay: Ymd | null = null;
  let anchorClock: number | null = null;
  let anchorYear: number | null = null;
  let history: HistoryAnchor | null = null;
  for (const group of groups) {
    if (isLonePart(text, group)) continue;
    const future = isFutureContext(text, group.start, group.end);
    const past = !future && isPastContext(text, group.start, group.end);
    const ctx: ResolveContext = { pub, anchorDay, anchorClock, anchorYear, future, past };
    if (group.fields) group.fields = inheritFromHistory(group.fields, group.start, pub, ctx.future, history);
    const resolved = resolveGroup(group, ctx);
    if (resolved === null) {
      doc.messages.push({
        rule: 'times/unresolved',
        reason: pub === null ? 'relative time expression without a publication date' : 'time expression could not be resolved',
        start: group.start,
        end: group.end,
      });
      continue;
    }
    if (resolved.day) {
      anchorDay = resolved.day;
      anchorYear = resolved.day.y;
      anchorClock = resolved.clock ?? (resolved.kind === 'datetime' ? clockOf(resolved.value) : null);
    } else if (resolved.year !== undefined) anchorYear = resolved.year;
    if (group.fields) history = nextHistory(history, group, resolved, pub);
    out.push({
      text: text.slice(group.start, group.end),
      value: resolved.value,
      kind: resolved.kind,
      start: group.start,
      end: group.end,
      event: eventClause(text, group.start, group.end, latin, doc.sentences),
      ...sentenceOf(doc, group.start),
    });
  }
  return out;
}

/** Segmenter tags of place and organisation names (its personal-name guesses, `于本周/nr`, are too loose). */
const NAME_TAG = /^(?:ns|nt)$/;

/**
 * Candidates that do not cut a place or organisation name of the segmentation: an atom starting or ending
 * inside a name (`本星期一` in `日本星期一`, whose `本` ends the place name) is replaced by what the
 * rules find in the text with that name blanked out (`星期一`). A time mention never overlaps a name.
 */
function outsideNames(doc: NlpDoc, candidates: Atom[], rules: readonly Rule[]): Atom[] {
  if (isLatinDoc(doc) || candidates.length === 0) return candidates;
  const names = stageTokens(doc).filter((t) => NAME_TAG.test(t.tag) && t.end - t.start > 1);
  const cutting = (a: Atom) => names.find((t) => (t.start < a.start && a.start < t.end) || (t.start < a.end && a.end < t.end));
  const cuts = candidates.map(cutting);
  if (cuts.every((c) => c === undefined)) return candidates;
  const kept = candidates.filter((_, i) => cuts[i] === undefined);
  const blanked = doc.text.split(''); // UTF-16 units, as the offsets are
  for (const t of cuts) if (t) for (let i = t.start; i < t.end; i++) blanked[i] = ' ';
  const known = new Set(kept.map((a) => `${a.rule}:${a.start}:${a.end}`));
  const again = scanRules(blanked.join(''), rules).filter((a) => cutting(a) === undefined && !known.has(`${a.rule}:${a.start}:${a.end}`));
  return [...kept, ...again];
}

/** Minutes since midnight of a `YYYY-MM-DDTHH:MM` value. */
function clockOf(value: string): number | null {
  const m = /T(\d{2}):(\d{2})/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The analysis sentence that holds `pos`, as `{ sentence }` (nothing when no sentence holds it). */
function sentenceOf(doc: NlpDoc, pos: number): { sentence?: { start: number; end: number } } {
  const s = doc.sentences.find((x) => x.start <= pos && pos < x.end);
  return s ? { sentence: { start: s.start, end: s.end } } : {};
}

/** Updates the historical anchor: a dated month/day outside the publication year sets it, one inside clears it. */
function nextHistory(current: HistoryAnchor | null, group: Group, resolved: Resolved, pub: Ymd | null): HistoryAnchor | null {
  const f = group.fields;
  if (!f || pub === null) return current;
  if (resolved.day && f.month !== undefined) return resolved.day.y === pub.y && f.year === undefined ? null : { ...resolved.day, end: group.end };
  if (resolved.day && f.day !== undefined && current !== null) return { ...resolved.day, end: group.end };
  if (resolved.kind === 'month' && f.month !== undefined && resolved.year !== undefined && resolved.year !== pub.y) {
    return { y: resolved.year, m: f.month, end: group.end };
  }
  // A day counted from publication (今天, 周三) ends the historical narrative; 当天/傍晚 continue it.
  if (f.dayRel !== undefined || f.weekday !== undefined || f.week !== undefined) return null;
  return current;
}

function resolveGroup(group: Group, ctx: ResolveContext): Resolved | null {
  if (group.fields) return resolveFields(group.fields, ctx);
  const only = group.atoms[0];
  return only?.standalone ? only.standalone(ctx) : null;
}

/** A part of the day standing alone that is too vague to emit (夜间, 午后…). */
function isLonePart(text: string, group: Group): boolean {
  const only = group.atoms.length === 1 ? group.atoms[0] : undefined;
  if (!only || only.rule !== 'zh-part') return false;
  return !STANDALONE_PARTS.has(text.slice(only.start, only.end));
}

/** The publication day in the outlet's zone (UTC when the zone is unknown), or null. */
function publicationDay(doc: NlpDoc): Ymd | null {
  if (doc.publishedAt === null) return null;
  const local = localDate(doc.publishedAt, doc.timeZone);
  if (local !== null) return local;
  doc.messages.push({ rule: 'times/time-zone', reason: `cannot read ${doc.publishedAt} in zone ${doc.timeZone}; using UTC` });
  return localDate(doc.publishedAt, 'UTC');
}
