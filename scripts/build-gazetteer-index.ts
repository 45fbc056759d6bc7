/**
 * Builds `data/gazetteer-index.json`, the lookup structures of `data/gazetteer.json` in the form
 * lib/nlp/entities/gazetteer.ts reads at start (packed tries, English names, the segmenter's
 * user dictionary), so a fresh process does not build them. Run after every change to
 * `data/gazetteer.json` (scripts/build-gazetteers.ts): `npx tsx scripts/build-gazetteer-index.ts`
 * (deterministic); tests/nlp/entities/gazetteer-index.test.ts checks the file against its source.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import data from '../data/gazetteer.json';
import { gazetteerIndex, type GazetteerFile } from '../lib/nlp/entities/gazetteer';

const index = gazetteerIndex(data as unknown as GazetteerFile);
writeFileSync(join(import.meta.dirname, '..', 'data', 'gazetteer-index.json'), `${JSON.stringify(index)}\n`);
console.log(`data/gazetteer-index.json: ${index.cjk.label.length} name trie nodes, ${index.english.length} English names, ${index.userDict.length} dictionary lines`);
