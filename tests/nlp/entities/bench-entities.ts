/**
 * Measures the entity stage: time to the first result in a fresh process (module loading,
 * gazetteer, segmenter dictionary and script converter included) and steady-state speed
 * against bare jieba tagging of the same texts.
 * Run: `node --conditions=react-server --import tsx tests/nlp/entities/bench-entities.ts`
 */
const t0 = performance.now();
const { extractEntities } = await import('../../../lib/nlp/entities');
const { splitSentences } = await import('../../../lib/nlp/sentences');
const tImport = performance.now();
const fs = await import('node:fs');
const readFileSync = (f: string): string => fs.readFileSync(f, 'utf8');
const dirents = (d: string) => fs.readdirSync(d, { withFileTypes: true });
const names = (d: string): string[] => fs.readdirSync(d);
const path = await import('node:path');
const join = (...parts: string[]): string => path.join(...parts);

const sample = '美国国务卿布林肯周日抵达北京，中国外长秦刚在钓鱼台国宾馆迎接。國務院發言人米勒表示，雙方討論了台灣問題。';
const doc = (text: string, script: 'simplified' | 'traditional' = 'simplified') => ({
  text, sentences: splitSentences(text), paragraphs: [], script, language: 'zh', publishedAt: null, timeZone: 'UTC', messages: [],
});
extractEntities(doc(sample, 'traditional'));
const tFirst = performance.now();

const { parseArticle } = await import('../../../lib/ingest');
const root = join(import.meta.dirname, '..', '..', '..', 'seeds');
const articles = dirents(root)
  .filter((d) => d.isDirectory())
  .flatMap((d) => names(join(root, d.name)).filter((f) => !f.endsWith('.json')).map((f) => join(root, d.name, f)))
  .map((f) => parseArticle(readFileSync(f), f));
const chars = articles.reduce((n, a) => n + a.text.length, 0);

const { Jieba } = await import('@node-rs/jieba');
const { dict } = await import('@node-rs/jieba/dict');
const bare = Jieba.withDict(dict);
// Alternate the two in every round so that load from other processes hits both alike; report medians.
const rounds = 9;
const jiebaRuns: number[] = [];
const entRuns: number[] = [];
for (let r = 0; r < rounds; r++) {
  let t = performance.now();
  for (const a of articles) bare.tag(a.text, true);
  jiebaRuns.push(performance.now() - t);
  t = performance.now();
  for (const a of articles) extractEntities(doc(a.text, a.script === 'traditional' ? 'traditional' : 'simplified'));
  entRuns.push(performance.now() - t);
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
const jiebaMs = median(jiebaRuns);
const entMs = median(entRuns);
console.log(`modules loaded: ${(tImport - t0).toFixed(0)} ms; first result: ${(tFirst - t0).toFixed(0)} ms after start`);
console.log(`${articles.length} seed articles, ${chars} chars: bare jieba tag ${jiebaMs.toFixed(1)} ms, entity stage ${entMs.toFixed(1)} ms (${(jiebaMs / entMs).toFixed(2)}× jieba speed)`);
