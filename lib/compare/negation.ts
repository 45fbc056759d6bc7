import { normalizeForCompare } from './script-normalize';

/** Negation and denial markers, longest first. */
const MARKERS = ['没有', '并未', '从未', '尚未', '仍未', '否认', '拒绝', '绝不', '并非', '不是', '无法', '未能', '没', '未', '不', '无', '非', '勿', '别'];
/** The first code units of the markers: most offsets start none, and are passed without trying each marker. */
const MARKER_STARTS = new Set(MARKERS.map((m) => m.charCodeAt(0)));
/** Words containing a marker character that do not negate anything. */
const NON_NEGATING = [
  '不断', '不仅', '不过', '不少', '不久', '不管', '不论', '不但', '不如', '不得不', '不可避免', '不同', '未来', '无论', '非常', '非洲',
  '无人机', '没收', '别人', '别的', '分别', '特别', '区别', '告别', '级别', '类别', '识别', '个别', '非但', '除非',
];
/** Modal or aspect characters skipped between a marker and the predicate it negates (`未能解决` → `解决`). */
const SKIP = /^[能会曾有是要可太再就也还将被在了过对用必应该敢愿]+/u;
const EN_NEGATION = /\b(?:not|never|no|denie[sd]|deny|n't)\s+(?:(?:be|been|have|has|had|to|a|an|the|any)\s+)*([a-z]+)/gu;

/** One negated predicate: the marker and the word it negates (a Han bigram or an English word). */
export interface Negation {
  marker: string;
  target: string;
  index: number;
  /** The two Han characters before the marker (adverbs like 甚至/并/仍 skipped): whose predicate it is. */
  context: string;
}

/** Adverbs and function characters between a subject and a negation (`他甚至否认`, `双方仍未`). */
const ADVERBS = /(?:甚至|并|仍|尚|还|也|都|均|从|却|则|就|已|的|了|而|，|,|\s)+$/u;

/** The negated predicates of a text, after script normalisation. */
export function findNegations(raw: string): Negation[] {
  const text = normalizeForCompare(raw);
  const masked = NON_NEGATING.reduce((t, w) => t.split(w).join('□'.repeat(w.length)), text);
  const out: Negation[] = [];
  for (let i = 0; i < masked.length; ) {
    const marker = MARKER_STARTS.has(masked.charCodeAt(i)) ? MARKERS.find((m) => masked.startsWith(m, i)) : undefined;
    if (!marker) {
      i++;
      continue;
    }
    const rest = text.slice(i + marker.length).replace(SKIP, '');
    const target = /^\p{Script=Han}{2}/u.exec(rest)?.[0];
    const before = text.slice(Math.max(0, i - 8), i).replace(ADVERBS, '');
    const context = /\p{Script=Han}{1,2}$/u.exec(before)?.[0] ?? '';
    if (target) out.push({ marker, target, index: i, context });
    i += marker.length;
  }
  for (const m of text.matchAll(EN_NEGATION)) out.push({ marker: 'not ', target: m[1] ?? '', index: m.index, context: '' });
  return out;
}

/**
 * Whether `text` states `n.target` without negating it, for the same subject: an occurrence
 * of the target not negated, with the negation's context (its subject) shortly before it.
 */
function affirms(text: string, n: Negation): boolean {
  const negatedAt = new Set(findNegations(text).filter((x) => x.target === n.target).map((x) => text.indexOf(x.target, x.index)));
  for (let p = text.indexOf(n.target); p >= 0; p = text.indexOf(n.target, p + 1)) {
    if (negatedAt.has(p)) continue;
    const window = text.slice(Math.max(0, p - 8), p);
    const at = n.context ? window.lastIndexOf(n.context) : 0;
    // Same subject, and no negation of its own between the subject and the target (`他不知道该气球`).
    if (at >= 0 && !/[不没未否无非勿拒]/u.test(window.slice(at + n.context.length))) return true;
  }
  return false;
}

/**
 * Affirmation against denial: a predicate negated in one text and stated without negation,
 * for the same subject, in the other (`双方没有达成协议` vs `双方达成协议`). Returns a
 * description, or undefined.
 */
export function negationConflict(rawA: string, rawB: string): string | undefined {
  const a = normalizeForCompare(rawA);
  const b = normalizeForCompare(rawB);
  for (const [x, y, first] of [
    [a, b, true],
    [b, a, false],
  ] as const) {
    for (const n of findNegations(x)) {
      if (affirms(y, n)) {
        return first
          ? `first denies what second affirms: ${n.marker}${n.target}`
          : `second denies what first affirms: ${n.marker}${n.target}`;
      }
    }
  }
  return undefined;
}
