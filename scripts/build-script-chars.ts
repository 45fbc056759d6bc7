/**
 * Builds `data/script-chars.json`, the characters that tell simplified from traditional Chinese
 * (lib/ingest/script.ts): those OpenCC's simplified → traditional character table converts
 * (simplified-only: 这, 们) and those its traditional → simplified table converts
 * (traditional-only: 這, 們). From the tables of the npm package `opencc-js` (Apache-2.0).
 * Run: `npx tsx scripts/build-script-chars.ts` (deterministic); tests/ingest/script-chars.test.ts
 * checks the file against the installed tables.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import simplifiedToTraditional from 'opencc-js/dict/STCharacters';
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';
import { convertibleChars } from '../lib/ingest/script';

const out = {
  source: 'opencc-js 1.4.2 character tables STCharacters (simplified → traditional) and TSCharacters (traditional → simplified): the characters each converts to something else',
  licence: 'Apache-2.0 (OpenCC data)',
  simplifiedOnly: convertibleChars(simplifiedToTraditional),
  traditionalOnly: convertibleChars(traditionalToSimplified),
};
writeFileSync(join(import.meta.dirname, '..', 'data', 'script-chars.json'), `${JSON.stringify(out)}\n`);
console.log(`data/script-chars.json: ${out.simplifiedOnly.length} simplified-only, ${out.traditionalOnly.length} traditional-only characters`);
