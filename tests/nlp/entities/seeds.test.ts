import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toNlpDoc } from '../../../lib/analyze';
import { parseArticle } from '../../../lib/ingest';
import { extractEntities, linkAcrossArticles } from '../../../lib/nlp/entities';

const root = join(import.meta.dirname, '..', '..', '..', 'seeds');
const files = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => !f.endsWith('.json')).map((f) => join(d.name, f)))
  .sort();

describe('entities of every seed article', () => {
  it.each(files)('%s: every mention slices the text exactly and ids are type:name', (file) => {
    const article = parseArticle(readFileSync(join(root, file), 'utf8'), file);
    const entities = extractEntities(toNlpDoc(article));
    expect(entities.length).toBeGreaterThan(3);
    for (const e of entities) {
      expect(e.id).toBe(`${e.type}:${e.name.replace(/\s+/g, '_')}`);
      for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    }
    const spans = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });

  it('gives Blinken one id across the whole Beijing-trip cluster, traditional script included', () => {
    const cluster = files.filter((f) => f.startsWith('blinken-beijing'));
    const linked = linkAcrossArticles(
      cluster.map((f) => extractEntities(toNlpDoc(parseArticle(readFileSync(join(root, f), 'utf8'), f)))),
    );
    for (const list of linked) expect(list.some((e) => e.id === 'PERSON:布林肯')).toBe(true);
  });
});
