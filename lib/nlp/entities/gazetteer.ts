import type { EntityType } from '../../schema/analysis';
import data from '../../../data/gazetteer.json';
import { setUserDictionary } from '../segment';
import { Trie } from './trie';

/** A known referent: canonical simplified name, type, English gloss, typical roles. */
export interface GazetteerEntry {
  type: EntityType;
  name: string;
  english?: string;
  roles: readonly string[];
}

/** Lookup structures built once from `data/gazetteer.json`. */
export interface Gazetteer {
  /** Names and aliases (simplified, traditional and Latin) → entry. */
  cjk: Trie<GazetteerEntry>;
  /** Exact surface (CJK or Latin) → entry. */
  bySurface: Map<string, GazetteerEntry>;
  /** Lower-cased English name or alias → entry. */
  byEnglish: Map<string, GazetteerEntry>;
  /** Title word → canonical role. */
  titles: Map<string, string>;
  titleTrie: Trie<string>;
  stoplist: Set<string>;
  /** Stop-list words, to veto a name match that starts inside one (北京时间). */
  stopTrie: Trie<string>;
  surnames: Set<string>;
  translit: Set<string>;
}

type Row = [string, string, string, string[], string[]];
interface GazetteerFile {
  entries: Row[];
  titles: [string, string][];
  stoplist: string[];
  surnames: string[];
  translit: string;
}

let cached: Gazetteer | undefined;
const LATIN = /^[\x20-\x7e]+$/;
const TAG: Record<string, string> = { PERSON: 'nr', GPE: 'ns', LOC: 'ns', ORG: 'nt', FAC: 'ns', EVENT: 'nz', WORK: 'nz' };

/** The gazetteer, built on first use; also registers its names with the segmenter. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const file = data as unknown as GazetteerFile;
  const g: Gazetteer = {
    cjk: new Trie(),
    bySurface: new Map(),
    byEnglish: new Map(),
    titles: new Map(file.titles),
    titleTrie: new Trie(),
    stoplist: new Set(file.stoplist),
    stopTrie: new Trie(),
    surnames: new Set(file.surnames),
    translit: new Set(file.translit),
  };
  const userDict: string[] = [];
  for (const [type, name, english, aliases, roles] of file.entries) {
    const entry: GazetteerEntry = { type: type as EntityType, name, roles, ...(english ? { english } : {}) };
    for (const surface of [name, ...aliases]) {
      g.cjk.add(surface, entry);
      if (LATIN.test(surface)) {
        if (!g.byEnglish.has(surface.toLowerCase())) g.byEnglish.set(surface.toLowerCase(), entry);
      } else {
        if (/^[\u4e00-\u9fff]+$/.test(surface)) userDict.push(`${surface} 20000 ${TAG[type] ?? 'nz'}`);
      }
      if (!g.bySurface.has(surface)) g.bySurface.set(surface, entry);
    }
    if (english && !g.byEnglish.has(english.toLowerCase())) g.byEnglish.set(english.toLowerCase(), entry);
  }
  for (const w of file.stoplist) g.stopTrie.add(w, w);
  for (const [title] of file.titles) g.titleTrie.add(title, title);
  setUserDictionary(userDict);
  cached = g;
  return g;
}
