/**
 * Scores the entity stage against the gold fixtures (tests/fixtures/gold/*.json):
 * precision, recall and F1 over distinct (type, simplified surface) pairs per article.
 * Run: `node --conditions=react-server --import tsx tests/nlp/entities/score-gold.ts` (prints misses and false positives).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toNlpDoc } from '../../../lib/analyze';
import { parseArticle } from '../../../lib/ingest';
import { extractEntities } from '../../../lib/nlp/entities';
import { toSimplified } from '../../../lib/nlp/script';

interface Gold {
  file: string;
  entities: { type: string; surfaces: string[] }[];
}
const root = join(import.meta.dirname, '..', '..', '..');
const dir = join(root, 'tests', 'fixtures', 'gold');
let tp = 0;
let fp = 0;
let fn = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
  const article = parseArticle(readFileSync(join(root, gold.file), 'utf8'), gold.file);
  const want = new Set(gold.entities.flatMap((e) => e.surfaces.map((s) => `${e.type}:${toSimplified(s)}`)));
  const got = new Set(
    extractEntities(toNlpDoc(article)).flatMap((e) => e.mentions.map((m) => `${e.type}:${toSimplified(m.text)}`)),
  );
  const miss = [...want].filter((x) => !got.has(x));
  const extra = [...got].filter((x) => !want.has(x));
  tp += want.size - miss.length;
  fn += miss.length;
  fp += extra.length;
  console.log(`${f}\n  missed: ${miss.join(' ')}\n  extra:  ${extra.join(' ')}`);
}
const p = tp / (tp + fp);
const r = tp / (tp + fn);
console.log(`P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${((2 * p * r) / (p + r)).toFixed(3)}`);
