import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../../lib/analyze';
import { parseArticle } from '../../../lib/ingest';

/**
 * Made-up local stories (a restaurant fire, a village landslide, a fraud trial) written and
 * annotated by reading for Parallax, as extra tuning material for the name rules: kinds of
 * events and names the corpus' tuning part lacks (victims in lists, shops, compounds, county
 * offices, national agencies, platforms and accounts).
 */
const dir = join(__dirname, '../../fixtures/stories-zh');
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as {
  stories: Record<string, { entities: [string, string][] }>;
};

describe.each(Object.entries(gold.stories))('names in the made-up story %s', (file, story) => {
  const article = analyzeArticles([parseArticle(readFileSync(join(dir, file), 'utf8'), file)]).articles[0]!;
  const names = new Set(story.entities.map(([name]) => name));
  const matches = (e: (typeof article.entities)[number]): string | undefined =>
    [e.name, ...e.mentions.map((m) => m.text)].find((x) => names.has(x));

  it('finds at least 80% of the names, with the annotated type', () => {
    const found = new Set<string>();
    for (const e of article.entities) {
      const hit = matches(e);
      if (hit && story.entities.some(([n, t]) => n === hit && t === e.type)) found.add(hit);
    }
    expect(found.size / names.size).toBeGreaterThanOrEqual(0.8);
  });

  it('takes at most two other runs for names', () => {
    expect(article.entities.filter((e) => !matches(e)).map((e) => e.name).length).toBeLessThanOrEqual(2);
  });
});
