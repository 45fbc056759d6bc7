import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../lib/analyze';
import { toArticle } from '../../lib/api/to-article';
import { articleFeatures } from '../../lib/archive/features';

function analysed(title: string, date: string, body: string) {
  const content = `---\ntitle: "${title}"\ndate: ${date}\nauthor: example\nfrom: https://example.org/${encodeURIComponent(title)}\n---\n${body}\n`;
  return analyzeArticles([toArticle({ name: 'a.md', content })]).articles[0]!;
}

describe('event features', () => {
  it('stems English words with the Porter2 stemmer the claim comparison uses', () => {
    const f = articleFeatures(analysed('Trams derailed', '2016-11-09T08:00:00Z', 'A tram derails. Passengers were injured when the trams crashed.'));
    expect(Object.keys(f.terms)).toEqual(expect.arrayContaining(['tram', 'derail', 'crash', 'injur']));
    expect(Object.keys(f.terms)).not.toContain('trams');
    expect(Object.keys(f.terms)).not.toContain('derailed');
  });
});
