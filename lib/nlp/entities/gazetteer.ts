import type { EntityType } from '../../schema/analysis';
import data from '../../../data/gazetteer.json';
import indexData from '../../../data/gazetteer-index.json';
import { setUserDictionary } from '../segment';
import { packTrie, Trie, type PackedTrie } from './trie';

/** A known referent: canonical simplified name, type, English gloss, typical roles. */
export interface GazetteerEntry {
  type: EntityType;
  name: string;
  english?: string;
  roles: readonly string[];
}

/** Lookup structures of `data/gazetteer.json`, loaded once (tries from `data/gazetteer-index.json`). */
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
export interface GazetteerFile {
  entries: Row[];
  titles: [string, string][];
  stoplist: string[];
  surnames: string[];
  translit: string;
}

/**
 * What `data/gazetteer-index.json` holds: the lookup structures of `data/gazetteer.json` in the
 * form `gazetteer()` reads, built by scripts/build-gazetteer-index.ts (tests/nlp/entities/
 * gazetteer-index.test.ts checks the file against `gazetteerIndex(data/gazetteer.json)`).
 */
export interface GazetteerIndex {
  source: string;
  /** Names and aliases → entry index. */
  cjk: PackedTrie;
  /** Title words → index into `titles`. */
  titles: PackedTrie;
  /** Stop-list words → index into `stoplist`. */
  stop: PackedTrie;
  /** Lower-cased English name or alias → entry index, first one first. */
  english: [string, number][];
  /** The segmenter's user dictionary lines (Han names and aliases with their POS tag). */
  userDict: string[];
}

let cached: Gazetteer | undefined;
const LATIN = /^[\x20-\x7e]+$/;
const TAG: Record<string, string> = { PERSON: 'nr', GPE: 'ns', LOC: 'ns', ORG: 'nt', FAC: 'ns', EVENT: 'nz', WORK: 'nz' };

const surfaces = ([, name, , aliases]: Row): string[] => [name, ...aliases];

/** Builds the index of a gazetteer file (at build time: see `GazetteerIndex`). */
export function gazetteerIndex(file: GazetteerFile): GazetteerIndex {
  const cjk: [string, number][] = [];
  const english = new Map<string, number>();
  const userDict: string[] = [];
  file.entries.forEach((row, i) => {
    const [type, , englishName] = row;
    for (const surface of surfaces(row)) {
      cjk.push([surface, i]);
      if (LATIN.test(surface)) {
        if (!english.has(surface.toLowerCase())) english.set(surface.toLowerCase(), i);
      } else if (/^[\u4e00-\u9fff]+$/.test(surface)) userDict.push(`${surface} 20000 ${TAG[type] ?? 'nz'}`);
    }
    if (englishName && !english.has(englishName.toLowerCase())) english.set(englishName.toLowerCase(), i);
  });
  return {
    source: 'data/gazetteer.json, indexed by scripts/build-gazetteer-index.ts',
    cjk: packTrie(cjk),
    titles: packTrie(file.titles.map(([title], i) => [title, i] as const)),
    stop: packTrie(file.stoplist.map((w, i) => [w, i] as const)),
    english: [...english],
    userDict,
  };
}

/** The gazetteer, loaded on first use; also registers its names with the segmenter. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const file = data as unknown as GazetteerFile;
  const index = indexData as unknown as GazetteerIndex;
  const entries = file.entries.map(([type, name, english, , roles]): GazetteerEntry => ({ type: type as EntityType, name, roles, ...(english ? { english } : {}) }));
  const bySurface = new Map<string, GazetteerEntry>();
  file.entries.forEach((row, i) => {
    for (const surface of surfaces(row)) if (!bySurface.has(surface)) bySurface.set(surface, entries[i]!);
  });
  const g: Gazetteer = {
    cjk: new Trie(index.cjk, entries),
    bySurface,
    byEnglish: new Map(index.english.map(([english, i]) => [english, entries[i]!])),
    titles: new Map(file.titles),
    titleTrie: new Trie(index.titles, file.titles.map(([title]) => title)),
    stoplist: new Set(file.stoplist),
    stopTrie: new Trie(index.stop, file.stoplist),
    surnames: new Set(file.surnames),
    translit: new Set(file.translit),
  };
  setUserDictionary(index.userDict);
  cached = g;
  return g;
}
