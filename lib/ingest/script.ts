import scriptChars from '../../data/script-chars.json';
import type { Script } from '../schema/article';

/**
 * Script detection by character frequency, with OpenCC's character tables: a Han
 * character that OpenCC converts when going simplified → traditional is simplified-only
 * (这, 们), one it converts traditional → simplified is traditional-only (這, 們). The
 * majority wins; Han text with no telling characters counts as simplified. Text whose
 * letters are mostly Latin is `latin`. The two character sets are computed from the tables at
 * build time (`data/script-chars.json`, scripts/build-script-chars.ts): reading the tables
 * when a process starts was 25–65 ms of its first article.
 */

/** Characters an OpenCC character table (`src target…|…`) maps to something other than themselves. */
export function convertibleChars(table: string): string[] {
  const chars: string[] = [];
  for (const entry of table.split('|')) {
    const [src, ...targets] = entry.split(' ');
    if (src && targets.some((t) => t && t !== src)) chars.push(src);
  }
  return [...new Set(chars)].sort();
}

let tables: { simplifiedOnly: ReadonlySet<string>; traditionalOnly: ReadonlySet<string> } | null = null;

function loadTables(): NonNullable<typeof tables> {
  tables ??= { simplifiedOnly: new Set(scriptChars.simplifiedOnly), traditionalOnly: new Set(scriptChars.traditionalOnly) };
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
