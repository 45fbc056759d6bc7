import simplifiedToTraditional from 'opencc-js/dict/STCharacters';
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';
import type { Script } from '../schema/article';

/**
 * Script detection by character frequency, with OpenCC's character tables: a Han
 * character that OpenCC converts when going simplified → traditional is simplified-only
 * (这, 们), one it converts traditional → simplified is traditional-only (這, 們). The
 * majority wins; Han text with no telling characters counts as simplified. Text whose
 * letters are mostly Latin is `latin`. (Only the character tables are loaded, not the
 * phrase dictionaries: ~10× faster start-up.)
 */

/** Characters an OpenCC table maps to something other than themselves. */
function convertibleChars(table: string): ReadonlySet<string> {
  const set = new Set<string>();
  for (const entry of table.split('|')) {
    const [src, ...targets] = entry.split(' ');
    if (src && targets.some((t) => t && t !== src)) set.add(src);
  }
  return set;
}

let tables: { simplifiedOnly: ReadonlySet<string>; traditionalOnly: ReadonlySet<string> } | null = null;

function loadTables(): NonNullable<typeof tables> {
  tables ??= {
    simplifiedOnly: convertibleChars(simplifiedToTraditional),
    traditionalOnly: convertibleChars(traditionalToSimplified),
  };
  return tables;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

export interface ScriptCounts {
  han: number;
  latin: number;
  simplifiedOnly: number;
  traditionalOnly: number;
}

/** Counts Han, Latin, simplified-only and traditional-only characters of `text`. */
export function countScript(text: string): ScriptCounts {
  const { simplifiedOnly, traditionalOnly } = loadTables();
  const counts: ScriptCounts = { han: 0, latin: 0, simplifiedOnly: 0, traditionalOnly: 0 };
  for (const ch of text) {
    if (HAN.test(ch)) {
      counts.han++;
      if (simplifiedOnly.has(ch)) counts.simplifiedOnly++;
      if (traditionalOnly.has(ch)) counts.traditionalOnly++;
    } else if (LATIN.test(ch)) counts.latin++;
  }
  return counts;
}

/** The script of `text`. */
export function detectScript(text: string): Script {
  const c = countScript(text);
  if (c.han === 0 || c.han * 4 < c.latin) return 'latin';
  return c.traditionalOnly > c.simplifiedOnly ? 'traditional' : 'simplified';
}

/** BCP 47 tag for a script: `zh-Hans`, `zh-Hant`, or `en` for Latin text. */
export function languageOf(script: Script): string {
  return script === 'traditional' ? 'zh-Hant' : script === 'simplified' ? 'zh-Hans' : 'en';
}
