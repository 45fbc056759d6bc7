/**
 * Builds `data/name-model.json`, the statistics behind the Chinese personal-name model
 * (lib/nlp/entities/person-model.ts), from the dictionary that ships with the segmenter
 * (`@node-rs/jieba` dict.txt: jieba's dictionary, MIT licence):
 *
 * - `surnames`: for each surname of `data/curated/surnames.txt`, log10 of 1 + the number of
 *   three-character words tagged `nr` (personal name) that start with it: how often it heads a name.
 * - `given`: for each character, the log-likelihood ratio of seeing it in the given name of such
 *   a word (positions 2–3) against seeing it in ordinary words (every word not tagged as a name,
 *   weighted by log(1 + frequency)), add-½ smoothed (a character seen in neither scores 0). Positive: a typical given-name character (伟, 晓, 杰); negative: a function
 *   word or common-noun character (已, 被, 说, 市).
 *
 * Run: `npx tsx scripts/build-name-model.ts` (deterministic: same dictionary → same file).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dict } from '@node-rs/jieba/dict.js';

const root = join(import.meta.dirname, '..', 'data');
const surnames = readFileSync(join(root, 'curated/surnames.txt'), 'utf8')
  .split('\n')
  .filter((l) => !l.startsWith('#'))
  .join(' ')
  .split(/\s+/)
  .filter(Boolean);
const single = new Set(surnames.filter((x) => x.length === 1));

const given = new Map<string, number>();
const general = new Map<string, number>();
const heads = new Map<string, number>();
let nGiven = 0;
let nGeneral = 0;
const bump = (m: Map<string, number>, k: string, by: number): void => void m.set(k, (m.get(k) ?? 0) + by);

for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
  const [word, freq, tag] = line.trim().split(' ');
  if (!word || !tag || !/^[\u4e00-\u9fff]+$/.test(word)) continue;
  const chars = Array.from(word);
  if (tag === 'nr' && chars.length === 3 && single.has(chars[0]!)) {
    bump(heads, chars[0]!, 1);
    for (const c of chars.slice(1)) bump(given, c, 1);
    nGiven += 2;
  } else if (!tag.startsWith('nr')) {
    const weight = Math.log(1 + Number(freq));
    for (const c of chars) bump(general, c, weight);
    nGeneral += weight * chars.length;
  }
}

const llr = (g: number, o: number): number => Math.log((g + 0.5) / nGiven) - Math.log((o + 0.5) / nGeneral);
const round = (x: number): number => Math.round(x * 100) / 100;
const givenScores: Record<string, number> = {};
for (const c of [...new Set([...given.keys(), ...general.keys()])].sort()) {
  const v = round(llr(given.get(c) ?? 0, general.get(c) ?? 0));
  if (v !== 0) givenScores[c] = v;
}
const surnameScores: Record<string, number> = {};
for (const s of surnames) {
  // A compound surname (欧阳, 司马) counts as its first character's heads at least once.
  surnameScores[s] = round(Math.log10(1 + (s.length === 1 ? (heads.get(s) ?? 0) : Math.max(1, heads.get(s[0]!) ?? 0))));
}

const out = {
  source:
    'Built by scripts/build-name-model.ts from the dictionary of @node-rs/jieba (jieba dict.txt, MIT): three-character words tagged nr with a surname of data/curated/surnames.txt against all other words.',
  licence: 'MIT (derived from jieba dict.txt)',
  surnames: surnameScores,
  given: givenScores,
};
writeFileSync(join(root, 'name-model.json'), `${JSON.stringify(out)}\n`);
console.log(`surnames ${Object.keys(surnameScores).length}, given-name characters ${Object.keys(givenScores).length}`);
