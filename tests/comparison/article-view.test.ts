import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleView, eventText } from '../../components/comparison/article-view';
import { articleLayers } from '../../components/comparison/layers';
import { analyzeArticles } from '../../lib/analyze';
import { parseArticle } from '../../lib/ingest';

const dir = fileURLToPath(new URL('../../seeds/blinken-seed-pair/', import.meta.url));
const files = readdirSync(dir).filter((f) => !f.endsWith('.json')).sort();
const analysis = analyzeArticles(files.map((f) => parseArticle(readFileSync(dir + f, 'utf8'), f)));
const groupOf = new Map<string, string>();
for (const g of analysis.claimGroups) for (const ref of g.claims) groupOf.set(ref, g.id);

describe('articleView (the column data the page ships)', () => {
  it.each(analysis.articles.map((a) => [a.source, a] as const))('%s: every highlight of the analysis is an offset range of the one text', (_, article) => {
    const view = articleView(article, groupOf);
    const layers = articleLayers(view);
    const mentions = article.entities.flatMap((e) => e.mentions);
    expect(layers.filter((l) => l.kind === 'entity')).toHaveLength(mentions.length);
    expect(layers.filter((l) => l.kind === 'claim')).toHaveLength(article.claims.length);
    expect(layers.filter((l) => l.kind === 'time')).toHaveLength(article.times.length);
    for (const m of mentions) expect(layers).toContainEqual(expect.objectContaining({ kind: 'entity', start: m.start, end: m.end }));
    for (const c of article.claims) {
      expect(article.text.slice(c.start, c.end)).toBe(c.text);
      expect(layers).toContainEqual(expect.objectContaining({ kind: 'claim', key: c.id, start: c.start, end: c.end, group: groupOf.get(`${article.id}#${c.id}`) }));
    }
    for (const [i, t] of article.times.entries()) expect(layers).toContainEqual(expect.objectContaining({ kind: 'time', key: `t${i + 1}`, start: t.start, end: t.end }));
  });

  it('carries no text: claims, mentions and times are offsets into the text the server renders once', () => {
    for (const article of analysis.articles) {
      const json = JSON.stringify(articleView(article, groupOf));
      for (const p of article.paragraphs) if (p.end - p.start >= 40) expect(json).not.toContain(JSON.stringify(article.text.slice(p.start, p.end)).slice(1, -1));
      const view = articleView(article, groupOf);
      for (const c of view.claims) expect(c).not.toHaveProperty('text');
      for (const e of view.entities) for (const m of e.mentions) expect(m.slice(0, 2).every((n) => typeof n === 'number')).toBe(true);
      // A time's event clause is sent as offsets and reads back as the analysis's clause.
      for (const [i, [, , , event]] of view.times.entries()) {
        expect(typeof event === 'string' && event !== '').toBe(false);
        expect(eventText(event, article.text)).toBe(article.times[i]!.event ?? '');
      }
    }
  });
});
