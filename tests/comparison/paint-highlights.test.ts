import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleView } from '../../components/comparison/article-view';
import { articleLayers } from '../../components/comparison/layers';
import { paintHighlights, readArticleText } from '../../components/comparison/paint-highlights';
import { analyzeArticles } from '../../lib/analyze';
import { parseArticle } from '../../lib/ingest';
import type { AnalyzedArticle } from '../../lib/schema/analysis';

const dir = fileURLToPath(new URL('../../seeds/blinken-seed-pair/', import.meta.url));
const files = readdirSync(dir).filter((f) => !f.endsWith('.json')).sort();
const analysis = analyzeArticles(files.map((f) => parseArticle(readFileSync(dir + f, 'utf8'), f)));
const groupOf = new Map<string, string>();
for (const g of analysis.claimGroups) for (const ref of g.claims) groupOf.set(ref, g.id);

/** The column text as `ArticleText` renders it on the server: one text node per paragraph. */
function serverText(article: AnalyzedArticle) {
  const { document } = parseHTML('<!doctype html><html><body><div class="article-text"></div></body></html>');
  const root = document.querySelector('.article-text')!;
  for (const p of article.paragraphs) {
    const el = document.createElement(p.kind === 'h' ? 'h4' : 'p');
    el.setAttribute('data-start', String(p.start));
    el.textContent = article.text.slice(p.start, p.end);
    root.append(el);
  }
  return { document, root };
}

describe('paintHighlights (the highlights painted into the server-rendered text)', () => {
  it.each(analysis.articles.map((a) => [a.source, a] as const))('%s: every mention, claim and time is covered by spans of its offsets, the text unchanged', (_, article) => {
    const { root } = serverText(article);
    const before = root.innerHTML;
    const view = articleView(article, groupOf);
    const undo = paintHighlights(root, articleLayers(view), article.id);
    for (const p of root.querySelectorAll('[data-start]:not(span)')) {
      const start = Number(p.getAttribute('data-start'));
      const para = article.paragraphs.find((x) => x.start === start)!;
      expect(p.textContent).toBe(article.text.slice(para.start, para.end));
    }
    const spans = [...root.querySelectorAll('span[data-start]')];
    const covered = (key: string, attr: string, start: number, end: number) =>
      spans
        .filter((s) => (s.getAttribute(attr) ?? '').split(' ').includes(key))
        .filter((s) => Number(s.getAttribute('data-start')) >= start && Number(s.getAttribute('data-end')) <= end)
        .map((s) => s.textContent)
        .join('');
    for (const e of article.entities) for (const m of e.mentions) expect(covered(e.id, 'data-entity', m.start, m.end)).toBe(article.text.slice(m.start, m.end));
    for (const c of article.claims) {
      expect(covered(c.id, 'data-claim', c.start, c.end)).toBe(c.text);
      expect(root.querySelector(`#${article.id}-${c.id}`)?.getAttribute('data-start')).toBe(String(c.start));
    }
    for (const [i, t] of article.times.entries()) expect(covered(`t${i + 1}`, 'data-time', t.start, t.end)).toBe(article.text.slice(t.start, t.end));
    // Entity and claim runs are buttons reached by the arrows; no span is nested in another.
    for (const s of spans) {
      expect(s.parentElement?.tagName).not.toBe('SPAN');
      if (s.hasAttribute('data-entity') || s.hasAttribute('data-claim')) expect([s.getAttribute('role'), s.getAttribute('tabindex')]).toEqual(['button', '-1']);
    }
    undo();
    expect(root.innerHTML).toBe(before);
  });

  it('paints in two steps (the paragraphs `which` takes, then the rest) exactly as in one, and undoes both', () => {
    const article = analysis.articles[0]!;
    const layers = articleLayers(articleView(article, groupOf));
    const whole = serverText(article);
    paintHighlights(whole.root, layers, article.id);
    const stepped = serverText(article);
    const before = stepped.root.innerHTML;
    const first = new Set(article.paragraphs.slice(0, 2).map((p) => String(p.start)));
    const undoFirst = paintHighlights(stepped.root, layers, article.id, (para) => first.has(para.getAttribute('data-start') ?? ''));
    expect(stepped.root.querySelectorAll('p:nth-child(n + 3) span[data-start]')).toHaveLength(0);
    expect(stepped.root.querySelectorAll('span[data-start]').length).toBeGreaterThan(0);
    const undoRest = paintHighlights(stepped.root, layers, article.id);
    expect(stepped.root.innerHTML).toBe(whole.root.innerHTML);
    undoRest();
    undoFirst();
    expect(stepped.root.innerHTML).toBe(before);
  });

  it('reads the text back at its offsets, gaps between paragraphs as line breaks', () => {
    const article = analysis.articles[0]!;
    const { root } = serverText(article);
    paintHighlights(root, articleLayers(articleView(article, groupOf)), article.id);
    const read = readArticleText(root);
    expect(read).toHaveLength(article.paragraphs.at(-1)!.end);
    for (const p of article.paragraphs) expect(read.slice(p.start, p.end)).toBe(article.text.slice(p.start, p.end));
    for (const c of article.claims) expect(read.slice(c.start, c.end).replace(/\s/g, '')).toBe(c.text.replace(/\s/g, ''));
  });

  it('leaves painted paragraphs alone when painted twice, and writes text as text', () => {
    const { document } = parseHTML('<!doctype html><html><body><div class="article-text"><p data-start="0"></p></div></body></html>');
    const el = document.querySelector('.article-text')!;
    el.querySelector('p')!.textContent = '<b>Xi</b> met Blinken.';
    const layers = [{ kind: 'entity' as const, start: 0, end: 9, key: 'e1', type: 'PERSON', title: 'Person: Xi' }];
    paintHighlights(el, layers, 'a1');
    const once = el.innerHTML;
    paintHighlights(el, layers, 'a1');
    expect(el.innerHTML).toBe(once);
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('[data-entity="e1"]')?.textContent).toBe('<b>Xi</b>');
  });
});
