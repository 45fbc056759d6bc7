import type { Mention } from '../../schema/analysis';
import type { Candidate } from './candidate';
import type { Gazetteer } from './gazetteer';

/** Words that may sit between qualifiers and titles inside a title phrase. */
const LINKS = /(?:兼|暨|、|前|副|代理|新任|时任|现任|卸任|常务|驻)$/;

/**
 * The role and title phrase of a person mention at `[c.start, c.end)`: the title word
 * right before the name (or right after it: 秦刚外长), and the whole phrase with its
 * qualifiers (中国外长秦刚, 国务委员兼外长秦刚, 美国国务院发言人米勒).
 */
export function roleOf(
  text: string,
  s: string,
  c: Candidate,
  qualifiersByEnd: Map<number, Candidate>,
  g: Gazetteer,
): Pick<Mention, 'role' | 'label'> {
  let role: string | undefined;
  let from = c.start;
  for (;;) {
    const title = titleEndingAt(s, from, g);
    if (title) {
      role ??= text.slice(from - title.length, from);
      from -= title.length;
      continue;
    }
    if (!role) break;
    const q = qualifiersByEnd.get(from);
    if (q && q.start < from) {
      from = q.start;
      continue;
    }
    const link = LINKS.exec(s.slice(Math.max(0, from - 4), from));
    if (link) {
      from -= link[0].length;
      continue;
    }
    break;
  }
  if (role) return { role, label: text.slice(from, c.end) };
  const after = g.titleTrie.longestAt(s, c.end);
  if (after && !g.cjk.longestAt(s, c.end)) return { role: text.slice(c.end, after.end), label: text.slice(c.start, after.end) };
  return {};
}

/** The longest title word that ends exactly at `end`, if any. */
function titleEndingAt(s: string, end: number, g: Gazetteer): string | undefined {
  for (let len = Math.min(8, end); len >= 1; len--) {
    const w = s.slice(end - len, end);
    if (g.titles.has(w)) return w;
  }
  return undefined;
}
