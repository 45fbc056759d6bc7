/**
 * Builds `data/gazetteer-index.json`, the lookup structures of `data/gazetteer.json` in the form
 * lib/nlp/entities/gazetteer.ts reads at start (packed tries, English names, the segmenter's
 * user dictionary), so a fresh process does not build them. Run after every change to
 * `data/gazetteer.json` (scripts/build-gazetteers.ts): `npx tsx scripts/build-gazetteer-index.ts`
 * (deterministic); scripts/build-gazetteers.ts also runs it after writing the gazetteer.
 * tests/nlp/entities/gazetteer-index.test.ts checks the file against its source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gazetteerIndex, type GazetteerFile } from '../lib/nlp/entities/gazetteer';

const dataDir = join(import.meta.dirname, '..', 'data');

/** Writes data/gazetteer-index.json from data/gazetteer.json as it is on disk now. */
export function writeGazetteerIndex(): void {
  const index = gazetteerIndex(JSON.parse(readFileSync(join(dataDir, 'gazetteer.json'), 'utf8')) as GazetteerFile);
  writeFileSync(join(dataDir, 'gazetteer-index.json'), `${JSON.stringify(index)}\n`);
  console.log(`data/gazetteer-index.json: ${index.cjk.label.length} name trie nodes, ${index.english.length} English names, ${index.userDict.length} dictionary lines`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeGazetteerIndex();
