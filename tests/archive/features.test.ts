import { describe, expect, it } from 'vitest';
import { analyzeArticles, analyzeWithTexts } from '../../lib/analyze';
import { toArticle } from '../../lib/api/to-article';
import { articleFeatures, figures } from '../../lib/archive/features';

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

  it('reads figures as the claim comparison does: what is counted and its value, in either script', () => {
    expect(figures('广东廉江幼儿园持刀伤人致六死一伤')).toEqual(['dead:6', 'injured:1']);
    expect(figures('中国6月出口同比降12.4% 2023年')).toEqual(['%:12.4']);
    expect(figures('布林肯訪中首日會晤秦剛 會談5個半小時')).toEqual(['小时:5.5']);
  });

  it("reads the analysis pass's own tokens of the text, with the same result as segmenting it again", () => {
    for (const [title, body] of [
      ['布林肯訪中首日會晤秦剛', '美國國務卿布林肯18日抵達北京，與中國外交部長秦剛會談5個半小時。雙方同意保持溝通。'],
      ["Clinton blames Comey's letters", "Hillary Clinton blamed James Comey's letters for her defeat on Saturday, in a call with donors."],
    ] as const) {
      const content = `---\ntitle: "${title}"\ndate: 2016-11-12T20:00:00Z\nauthor: example\nfrom: https://example.org/a\n---\n${body}\n`;
      const article = toArticle({ name: 'a.md', content });
      const { analysis, texts } = analyzeWithTexts([article]);
      const analysed = analysis.articles[0]!;
      expect(texts.get(article.id)).toBeDefined();
      expect(articleFeatures(analysed, texts.get(article.id))).toEqual(articleFeatures(analysed));
    }
  });
});
