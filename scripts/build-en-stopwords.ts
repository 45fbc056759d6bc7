/**
 * Builds `data/en/stopwords.json` — the English function words the framing lens leaves out of
 * its term statistics — from the npm package `stopwords-iso` 1.1.0 (MIT; English list) plus the
 * reporting verbs of `data/en/lexicon.json` (they are how a claim is attributed, not framing).
 * Run: `npx tsx scripts/build-en-stopwords.ts`, and commit the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const iso = require('stopwords-iso') as { en: string[] };
const dir = join(import.meta.dirname, '..', 'data', 'en');
const lexicon = JSON.parse(readFileSync(join(dir, 'lexicon.json'), 'utf8')) as { cues: string[] };
const words = [...new Set([...iso.en, ...lexicon.cues.filter((c) => !c.includes(' '))].map((w) => w.toLowerCase()))].sort();
writeFileSync(join(dir, 'stopwords.json'), `${JSON.stringify({ source: 'stopwords-iso 1.1.0 (MIT), English list; plus the reporting verbs of data/en/lexicon.json', words })}\n`);
console.log(`${words.length} words`);
