import type { Candidate } from './candidate';
import type { Gazetteer } from './gazetteer';

/** Capitalised word runs, allowing lower-case particles inside (Bank of China, Ursula von der Leyen). */
const RUN = /\b(?:[A-Z][A-Za-z'’.&-]*|[A-Z]{2,})(?:\s+(?:(?:of|the|for|and|de|von|der|van|al)\s+)*(?:[A-Z][A-Za-z'’.&-]*))*/g;
const ORG_WORDS = /\b(?:Department|Ministry|Council|University|Agency|Party|Times|Post|News|Journal|Bank|Inc|Corp|Committee|Association|Institute|Center|Centre|Office|Commission|Administration|Foundation|Group|Company|Army|Navy|Force|Guard|Service|Organization|Organisation|Campaign|Embassy|Congress|Senate|Parliament)\b/;
const LOC_WORDS = /\b(?:Sea|Strait|Ocean|River|Mountains?|Peninsula|Island|Islands|Gulf|Bay)\b/;
const TITLES = /(?:Mr|Mrs|Ms|Dr|President|Secretary|Minister|Premier|Chancellor|Senator|Ambassador|spokesperson|spokesman|spokeswoman|leader|General|Gen)\.?\s+$/;
const NOT_NAMES = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'His', 'Her', 'Their', 'Its', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'GMT', 'UTC']);

/** Title and nationality words that lead a capitalised run without being part of the name. */
const TITLE_WORDS = new Set(['Secretary', 'State', 'of', 'Foreign', 'Minister', 'Chinese', 'American', 'US', 'U.S.', 'President', 'Vice', 'Premier', 'Defense', 'Defence', 'Spokesperson', 'Spokesman', 'Ambassador', 'Mr', 'Mrs', 'Ms', 'Dr', 'General', 'Senator', 'Chairman', 'Prime', 'Leader']);

/** True when some gazetteer English name starts at word `k` of the run. */
function knownAt(words: readonly { w: string; at: number }[], k: number, text: string, g: Gazetteer): boolean {
  for (let n = words.length - k; n >= 1; n--) {
    const last = words[k + n - 1]!;
    if (g.byEnglish.has(text.slice(words[k]!.at, last.at + last.w.length).toLowerCase())) return true;
  }
  return false;
}

/**
 * Entity candidates in Latin-script text: gazetteer English names (longest word run
 * first), capitalised multiword names typed by their head word, single names after a
 * title, and surname-only back-references to a full name used earlier.
 */
export function recognizeLatin(text: string, g: Gazetteer, from = 0, to = text.length): Candidate[] {
  const out: Candidate[] = [];
  const region = text.slice(from, to);
  for (const m of region.matchAll(RUN)) {
    const words = [...m[0].matchAll(/\S+/g)].map((w) => ({ w: w[0].replace(/[.'’]+$/, ''), at: from + m.index + w.index }));
    let k = 0;
    while (k < words.length) {
      let hit = false;
      for (let n = words.length - k; n >= 1; n--) {
        const first = words[k]!;
        const last = words[k + n - 1]!;
        const surface = text.slice(first.at, last.at + last.w.length);
        const entry = g.byEnglish.get(surface.toLowerCase());
        if (entry && (n > 1 || surface.length > 1)) {
          out.push({ start: first.at, end: first.at + surface.length, type: entry.type, name: entry.name, priority: 3, known: true, ...(entry.english ? { english: entry.english } : {}) });
          k += n;
          hit = true;
          break;
        }
      }
      if (hit) continue;
      // Unknown run: take it up to the next word where a known name starts.
      let n = 1;
      while (k + n < words.length && !knownAt(words, k + n, text, g)) n++;
      const part = words.slice(k, k + n);
      while (part.length > 0 && (NOT_NAMES.has(part[0]!.w) || TITLE_WORDS.has(part[0]!.w))) part.shift();
      k += n;
      if (part.length === 0) continue;
      const first = part[0]!;
      const last = part[part.length - 1]!;
      const surface = text.slice(first.at, last.at + last.w.length);
      if (/^[A-Z]{2,}$/.test(surface)) continue;
      const type = ORG_WORDS.test(surface) ? 'ORG' : LOC_WORDS.test(surface) ? 'LOC' : 'PERSON';
      const titled = TITLES.test(text.slice(Math.max(0, first.at - 16), first.at));
      if (part.length >= 2 || titled || type !== 'PERSON') out.push({ start: first.at, end: first.at + surface.length, type, name: surface, english: surface, priority: 2 });
      else out.push({ start: first.at, end: first.at + surface.length, type: 'PERSON', name: surface, english: surface, priority: -1 });
    }
  }
  return linkSurnames(out);
}

/** Single capitalised words that repeat the last word of a full name become that person; others are dropped. */
function linkSurnames(cands: Candidate[]): Candidate[] {
  const full = new Map<string, Candidate>();
  for (const c of cands) if (c.type === 'PERSON' && c.priority >= 2 && c.english?.includes(' ')) full.set(c.english.split(' ').pop() ?? '', c);
  for (const c of cands) if (c.type === 'PERSON' && c.known && c.english) full.set(c.english.split(' ').pop() ?? '', c);
  return cands.flatMap((c) => {
    if (c.priority !== -1) return [c];
    const to = full.get(c.name);
    return to ? [{ ...c, name: to.name, type: to.type, priority: 1, ...(to.english ? { english: to.english } : {}) }] : [];
  });
}
