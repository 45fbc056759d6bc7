import type { EntityType } from '../../schema/analysis';
import lexiconData from '../../../data/en/lexicon.json';
import namesData from '../../../data/en/names.json';
import nounKindsData from '../../../data/en/noun-kinds.json';
import capitalsData from '../../../data/en/capitals.json';
import personNounsData from '../../../data/en/person-nouns.json';
import stopwordsData from '../../../data/en/stopwords.json';
import type { Gazetteer } from '../entities/gazetteer';

/** A referent the English pipeline knows by name: canonical name (shared across scripts), type, English name. */
export interface KnownName {
  type: EntityType;
  name: string;
  english: string;
  /** Chinese names (canonical first) that other outlets use for it. */
  chinese: readonly string[];
  /** Typical English roles (`president`, `director`) used to resolve nominal mentions. */
  roles: readonly string[];
  /** A person's country (canonical name), for `the Japanese leader`. */
  country?: string;
}

/** A place name compared without case, dots or commas (`Washington, D.C.` = `Washington DC`). */
export const placeKey = (s: string): string => s.toLowerCase().replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();

/** The English language knowledge of `data/en/` joined with the shared gazetteer. */
export interface EnglishLexicon {
  /** Lower-cased English name or alias → referent. */
  known: Map<string, KnownName>;
  /** Longest known name, in words. */
  maxKnownWords: number;
  /** Last name of a known person → the person, when only one known person has it. */
  surnames: Map<string, KnownName>;
  honorifics: Set<string>;
  /** Lower-cased title phrase → canonical role. */
  titles: Map<string, string>;
  maxTitleWords: number;
  orgHeads: Set<string>;
  facHeads: Set<string>;
  locHeads: Set<string>;
  gpeHeads: Set<string>;
  eventHeads: Set<string>;
  /** First words that make an unknown multi-word name a place (`West Yorkshire`, `South Croydon`). */
  compassWords: Set<string>;
  /** Words that make a known place another place's name (`New Jersey`, `New Mexico`), as compass words do, without typing other names. */
  placePrefixes: Set<string>;
  /** Month names, and the words before one that make it a date (`in May`, `since May`), not a name. */
  monthNames: Set<string>;
  dateWordsBefore: Set<string>;
  /** Every word of a title, lower-cased (`assistant`, `chief`, `constable`). */
  titleWords: Set<string>;
  placeWordsAfter: Set<string>;
  /** Lower-case nouns after a name that make it a facility (`the Sandilands stop`). */
  facWordsAfter: Set<string>;
  locative: Set<string>;
  connectors: Set<string>;
  hyphenParticles: Set<string>;
  notNames: Set<string>;
  /** Words that are never a name on their own (`Republican`). */
  notAlone: Set<string>;
  /** Lower-cased nominal head → the entity type it refers to. */
  nominalHeads: Map<string, EntityType>;
  countryNouns: Set<string>;
  /** Lower-cased nouns whose first WordNet sense is a kind of person (`singer`, `teenager`, `german`). */
  personNouns: Set<string>;
  /** Capitalised kinds of person (`German`, `Finn`, `Briton`): after `the`/`a` and before no noun, a person, not a name. */
  personClassNames: Set<string>;
  /** Titles that name an occupation, not an office (`singer`, `driver`): a description by them may refer to the salient person. */
  occupations: Set<string>;
  /** Organisation heads that, with no name ending in them, refer to the article's salient organisation (`the company`). */
  orgFallbackHeads: Set<string>;
  /** News organisations: never the salient company of a description. */
  media: Set<string>;
  /** Demonym (`North Korean`) → its country. */
  demonyms: Map<string, KnownName>;
  /** Canonical names of countries (demonym targets). */
  countries: Set<string>;
  /** Chinese name or alias → the referent it names (科米 → James Comey). */
  byChinese: Map<string, KnownName>;
  /** Abbreviated name words (`Dept`) → the word they stand for (`Department`). */
  abbreviations: Map<string, string>;
  /** English function words (`us`, `may`): written in title case, never a known name (`"Us and them"`). */
  functionWords: Set<string>;
  /** One-word reporting verbs (`said`, `added`): a lone capitalised word before one is a speaker's name. */
  reportingVerbs: Set<string>;
  /** Heads (`the town`) that describe the article's main town: the one named most often, the first on a tie. */
  townHeads: Set<string>;
  /**
   * A person noun → its WordNet synonyms and hypernyms (`envoy` → diplomat, representative; `coach`
   * → manager): a description by one of them (`the German diplomat`) fits a person given that role.
   */
  personKinds: ReadonlyMap<string, readonly string[]>;
  /** A role → the roles it covers (`leader` → president, prime minister…), for `the Japanese leader`. */
  roleKinds: Map<string, readonly string[]>;
  /** Heads (`capital`) that describe the article's most mentioned city, not its most recent one. */
  capitalHeads: Set<string>;
  /** National capitals' English names, normalised by `placeKey` (`Washington D.C.` → `washington dc`). */
  capitalCities: Set<string>;
  /** Words after which `to` is not locative (`according to`, `spoke to`, `adviser to`): no place follows. */
  toNotLocativeAfter: Set<string>;
  /** Spelled numbers (`six`) → their value, for ages written out (`the six-year-old`). */
  numberWords: ReadonlyMap<string, number>;
  /** A facility head → other heads a name of that kind may end with (`the hospital` for Harborview Medical Center). */
  headEquivalents: ReadonlyMap<string, readonly string[]>;
  /** Descriptions of a sports team by its role in a match (`the visitors` → away, `his side` → own). */
  teamRoles: ReadonlyMap<string, 'home' | 'away' | 'own'>;
  /**
   * Roles a person takes by what the article says happened to them or what they did: `undergone`
   * after `was`/`has been` (`was arrested` → suspect), `done` as the verb after the name (`shot` →
   * gunman), `ofDeed` before `of` and the name (`the murder of` → victim).
   */
  actRoles: { undergone: ReadonlyMap<string, string[]>; done: ReadonlyMap<string, string[]>; ofDeed: ReadonlyMap<string, string[]> };
  /** `his successor` is whoever is elect to the possessor's office; `his predecessor` the holder of the office the possessor is elect to. */
  officeRelations: ReadonlyMap<string, 'elect' | 'holder'>;
}

interface LexiconFile {
  honorifics: string[];
  titles: string[];
  roleAliases: Record<string, string>;
  orgHeads: string[];
  facHeads: string[];
  locHeads: string[];
  gpeHeads: string[];
  eventHeads: string[];
  compassWords: string[];
  placePrefixes: string[];
  monthNames: string[];
  dateWordsBefore: string[];
  placeWordsAfter: string[];
  facWordsAfter: string[];
  locativePrepositions: string[];
  nameConnectors: string[];
  hyphenParticles: string[];
  notNames: string[];
  notAlone: string[];
  nominalHeads: Record<string, string[]>;
  countryNouns: string[];
  orgFallbackHeads: string[];
  occupations: string[];
  media: string[];
  demonyms: Record<string, string>;
  abbreviations: Record<string, string>;
  capitalHeads: string[];
  roleKinds: Record<string, string[]>;
  townHeads: string[];
  cues: string[];
  toNotLocativeAfter: string[];
  numberWords: Record<string, number>;
  headEquivalents: Record<string, string[]>;
  teamRoles: Record<string, 'home' | 'away' | 'own'>;
  actRoles: { undergone: Record<string, string[]>; done: Record<string, string[]>; ofDeed: Record<string, string[]> };
  officeRelations: Record<string, 'elect' | 'holder'>;
}
type NameRow = [string, string, string[], string[], string[], string?];

let cached: EnglishLexicon | undefined;
const words = (s: string): number => s.split(/\s+/).length;

/** `build`, run on the first call only. */
function once<T>(build: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: build() }).v;
}

/** `eager` with each property of `lazy` built on its first read, then kept as a plain read-only value. */
function withLazy<E extends object, L extends object>(eager: E, lazy: { [K in keyof L]: () => L[K] }): E & L {
  for (const key of Object.keys(lazy) as (keyof L & string)[]) {
    Object.defineProperty(eager, key, {
      enumerable: true,
      configurable: true,
      get(this: E) {
        const value = lazy[key]();
        Object.defineProperty(this, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return eager as E & L;
}

/** Builds the lexicon once: gazetteer English names first, then `data/en/names.json` rows. */
export function englishLexicon(g: Gazetteer): EnglishLexicon {
  if (cached) return cached;
  const file = lexiconData as unknown as LexiconFile;
  const known = new Map<string, KnownName>();
  const byName = new Map<string, KnownName>();
  // The keys each referent was stored under, so a names row re-points its base's keys without a
  // scan of every known name (a key stored again for another referent is skipped there).
  const keysOf = new Map<KnownName, string[]>();
  const know = (key: string, k: KnownName): void => {
    known.set(key, k);
    const keys = keysOf.get(k);
    if (keys) keys.push(key);
    else keysOf.set(k, [key]);
  };
  for (const [surface, e] of g.byEnglish) {
    const k = byName.get(`${e.type}|${e.name}`) ?? { type: e.type, name: e.name, english: e.english ?? surface, chinese: [e.name], roles: [] };
    byName.set(`${k.type}|${k.name}`, k);
    know(surface, k);
  }
  const countryOf: [KnownName, string][] = [];
  for (const [type, english, aliases, chinese, roles, country] of (namesData as unknown as { entries: NameRow[] }).entries) {
    const existing = known.get(english.toLowerCase()) ?? chinese.map((c) => g.bySurface.get(c)).find((e) => e !== undefined && e.type === type);
    const base = existing ? byName.get(`${existing.type}|${existing.name}`) : undefined;
    const k: KnownName = base
      ? { ...base, english: base.english, chinese: [...new Set([...base.chinese, ...chinese])], roles: [...base.roles, ...roles] }
      : { type: type as EntityType, name: chinese[0] ?? english, english, chinese, roles };
    if (base) for (const key of keysOf.get(base) ?? []) if (known.get(key) === base) know(key, k);
    byName.set(`${k.type}|${k.name}`, k);
    for (const s of [english, ...aliases]) know(s.toLowerCase(), k);
    if (country) countryOf.push([k, country]);
  }
  for (const [k, country] of countryOf) {
    const c = known.get(country.toLowerCase());
    if (c) k.country = c.name;
  }
  // Only what every comparison needs is built now (lib/nlp/en/link.ts reads `byChinese`,
  // `abbreviations` and `orgHeads` for Chinese articles too); the rest, the WordNet kinds and
  // person nouns above all, is built when English analysis first reads it.
  const orgNouns = once(() => {
    // WordNet's kinds of business and alliance (`the carmaker`, `the airline`, `the bloc`) describe an organisation.
    const heads = new Set(Object.values(file.nominalHeads).flat());
    return (nounKindsData as { orgNouns: string[] }).orgNouns.filter((w) => !heads.has(w));
  });
  const demonyms = once(() => {
    const out = new Map<string, KnownName>();
    for (const [d, country] of Object.entries(file.demonyms)) {
      const k = known.get(country.toLowerCase());
      if (k) out.set(d, k);
    }
    return out;
  });
  cached = withLazy(
    {
      known,
      orgHeads: new Set(file.orgHeads),
      byChinese: new Map([...new Set(known.values())].flatMap((k) => k.chinese.map((c) => [c, k] as const))),
      abbreviations: new Map(Object.entries(file.abbreviations)),
    },
    {
      maxKnownWords: () => Math.max(...[...known.keys()].map(words)),
      surnames: () => {
        const lastNames = new Map<string, KnownName[]>();
        for (const k of new Set(known.values())) {
          if (k.type !== 'PERSON' || !k.english.includes(' ')) continue;
          const parts = k.english.split(' ');
          // East Asian names written without a middle dot in Chinese put the family name first (Kim Jong Un → Kim).
          const familyFirst = /^[\u4e00-\u9fff]{2,4}$/.test(k.name) && parts.length >= 3;
          const w = familyFirst ? parts[0]! : familyName(k.english, k.name);
          lastNames.set(w, [...(lastNames.get(w) ?? []), k]);
        }
        return new Map([...lastNames].filter(([, v]) => v.length === 1).map(([s, v]) => [s, v[0]!]));
      },
      honorifics: () => new Set(file.honorifics),
      titles: () => new Map(file.titles.map((t) => [t, file.roleAliases[t] ?? t])),
      maxTitleWords: () => Math.max(...file.titles.map(words)),
      facHeads: () => new Set(file.facHeads),
      locHeads: () => new Set(file.locHeads),
      gpeHeads: () => new Set(file.gpeHeads),
      eventHeads: () => new Set(file.eventHeads),
      compassWords: () => new Set(file.compassWords),
      placePrefixes: () => new Set(file.placePrefixes),
      monthNames: () => new Set(file.monthNames),
      dateWordsBefore: () => new Set(file.dateWordsBefore),
      titleWords: () => new Set(file.titles.flatMap((t) => t.split(/[\s-]+/))),
      placeWordsAfter: () => new Set(file.placeWordsAfter),
      facWordsAfter: () => new Set(file.facWordsAfter),
      locative: () => new Set(file.locativePrepositions),
      connectors: () => new Set(file.nameConnectors),
      hyphenParticles: () => new Set(file.hyphenParticles),
      notNames: () => new Set(file.notNames),
      notAlone: () => new Set(file.notAlone),
      nominalHeads: () => {
        const heads = new Map<string, EntityType>();
        for (const [type, list] of Object.entries(file.nominalHeads)) for (const h of list) heads.set(h, type as EntityType);
        for (const w of orgNouns()) heads.set(w, 'ORG');
        return heads;
      },
      countryNouns: () => new Set(file.countryNouns),
      orgFallbackHeads: () => new Set([...file.orgFallbackHeads, ...orgNouns()]),
      media: () => new Set(file.media),
      occupations: () => new Set(file.occupations),
      personClassNames: () => new Set((personNounsData as { words: string[] }).words.filter((w) => /^\p{Lu}/u.test(w) && !w.includes(' '))),
      personNouns: () => new Set((personNounsData as { words: string[] }).words.map((w) => w.toLowerCase())),
      demonyms,
      countries: () => new Set([...demonyms().values()].map((k) => k.name)),
      capitalHeads: () => new Set(file.capitalHeads),
      // A capital named without its district too (`Washington D.C.` → `washington dc`, `washington`).
      capitalCities: () => new Set(Object.values((capitalsData as { capitals: Record<string, string> }).capitals).flatMap((c) => [placeKey(c), placeKey(c.replace(/\s+D\.?C\.?$/, ''))])),
      personKinds: () => new Map(Object.entries((nounKindsData as { kinds: Record<string, string[]> }).kinds)),
      roleKinds: () => new Map(Object.entries(file.roleKinds)),
      townHeads: () => new Set(file.townHeads),
      functionWords: () => new Set((stopwordsData as { words: string[] }).words),
      reportingVerbs: () => new Set(file.cues.filter((c) => !c.includes(' '))),
      toNotLocativeAfter: () => new Set(file.toNotLocativeAfter),
      numberWords: () => new Map(Object.entries(file.numberWords)),
      headEquivalents: () => new Map(Object.entries(file.headEquivalents)),
      teamRoles: () => new Map(Object.entries(file.teamRoles)),
      officeRelations: () => new Map(Object.entries(file.officeRelations)),
      actRoles: () => ({
        undergone: new Map(Object.entries(file.actRoles.undergone)),
        done: new Map(Object.entries(file.actRoles.done)),
        ofDeed: new Map(Object.entries(file.actRoles.ofDeed)),
      }),
    },
  );
  return cached;
}

/** The known referent for English `surface`, if any (exact, then without a trailing full stop). */
export function lookupKnown(lex: EnglishLexicon, surface: string): KnownName | undefined {
  const s = surface.replace(/\s+/g, ' ').toLowerCase();
  // `Us` opening a quotation is the pronoun; only `US` is the country.
  if (!s.includes(' ') && surface !== surface.toUpperCase() && lex.functionWords.has(s)) return undefined;
  // `C.I.A.` is `CIA`.
  const acronym = /^(?:\p{L}\.){2,}$/u.test(s) ? s.replace(/\./g, '') : undefined;
  return lex.known.get(s) ?? lex.known.get(s.replace(/\.$/, '')) ?? (acronym ? lex.known.get(acronym) : undefined);
}

/** A pinyin syllable (`Xi`, `Zhang`, `Qin`), as Chinese family names are romanised. */
const PINYIN = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouü]{1,3})(?:n|ng|r)?$/i;

/**
 * The word a full name is shortened to: the last word; the first when the name ends with a
 * romanised Korean given name (`Moon Jae-in` → `Moon`, `Chung Eui-yong` → `Chung`), or when its
 * canonical name is a two- or three-character Chinese name and the first word a pinyin syllable
 * (`Xi Jinping` → `Xi`; `Carrie Lam` keeps `Lam`).
 */
/** Whether a word is one or two pinyin syllables (`Zicong`, `Xi`), as Chinese given names are romanised. */
const pinyinWord = (w: string): boolean => PINYIN.test(w) || [...w].some((_, k) => k > 0 && PINYIN.test(w.slice(0, k)) && PINYIN.test(w.slice(k)));

/**
 * The family name of a two-word name written in Chinese order (`Zhao Zicong`: a one-syllable
 * pinyin word before a pinyin given name), else undefined. Such a name may be shortened to its
 * first word (`little Zhao`).
 */
/**
 * Whether two romanised Chinese names are one name spelt two ways (`Zhao Zicong`, `Zhao Sicong`):
 * the same family name and given names of one length (five letters or more) one letter apart, that
 * letter a sibilant a listener confuses (z, s, c). `Li Ming` and `Li Qing` are two people.
 */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b || chineseFamilyName(a) === undefined || chineseFamilyName(b) === undefined) return false;
  const [fa, ga] = a.split(/\s+/) as [string, string];
  const [fb, gb] = b.split(/\s+/) as [string, string];
  if (fa !== fb || ga.length !== gb.length || ga.length < 5) return false;
  const diff: [string, string][] = [];
  for (let i = 0; i < ga.length; i++) if (ga[i]!.toLowerCase() !== gb[i]!.toLowerCase()) diff.push([ga[i]!.toLowerCase(), gb[i]!.toLowerCase()]);
  return diff.length === 1 && diff[0]!.every((l) => 'zsc'.includes(l));
}

export function chineseFamilyName(full: string): string | undefined {
  const parts = full.split(/\s+/);
  return parts.length === 2 && PINYIN.test(parts[0]!) && pinyinWord(parts[1]!) ? parts[0] : undefined;
}

export function familyName(full: string, canonical?: string): string {
  const parts = full.split(/\s+/);
  const last = parts[parts.length - 1]!;
  if (parts.length === 2 && canonical && /^[\u4e00-\u9fff]{2,3}$/.test(canonical) && PINYIN.test(parts[0]!)) return parts[0]!;
  return parts.length === 2 && /^\p{Lu}\p{Ll}{1,3}-\p{Ll}{2,4}$/u.test(last) ? parts[0]! : last;
}
