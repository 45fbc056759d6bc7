/**
 * Builds `data/en/names.json` from `data/en/names.tsv` (the bilingual name table of the English
 * pipeline). Run: `npx tsx scripts/build-en-names.ts`, and commit both files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'data', 'en');
const rows = readFileSync(join(dir, 'names.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [type = '', english = '', aliases = '', chinese = '', roles = '', country = ''] = l.split('\t');
    const list = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);
    return country ? [type, english, list(aliases), list(chinese), list(roles), country] : [type, english, list(aliases), list(chinese), list(roles)];
  });
writeFileSync(join(dir, 'names.json'), `{"source":"data/en/names.tsv","entries":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`);
console.log(`${rows.length} names`);
