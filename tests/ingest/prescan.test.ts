import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../lib/ingest/generic-html';
import { assertReadableShape, HTML_LIMITS, prescanHtml } from '../../lib/ingest/prescan';
import { stripInert } from '../../lib/ingest/strip-inert';

describe('stripInert', () => {
  it('removes comments, scripts, styles, svg and templates and keeps the rest', () => {
    const html = '<p>a<!-- x <p>hidden</p> --></p><script>var s = "</p>";</script><style>p{}</style><svg><text>t</text></svg><template><p>t</p></template><p>b</p>';
    expect(stripInert(html).markup).toBe('<p>a</p><p>b</p>');
  });

  it('keeps JSON-LD blocks aside', () => {
    const { markup, jsonLd } = stripInert('<head><script type="application/ld+json">{"headline":"H"}</script></head><p>x</p>');
    expect(markup).toBe('<head></head><p>x</p>');
    expect(jsonLd).toEqual(['{"headline":"H"}']);
  });

  it('does not take <scripts> or <style-guide> for inert elements', () => {
    expect(stripInert('<scripts>a</scripts><style-guide>b</style-guide>').markup).toBe('<scripts>a</scripts><style-guide>b</style-guide>');
  });

  it('drops the rest of the page after an unclosed script or comment, as a browser does', () => {
    expect(stripInert('<p>a</p><script>never closed <p>b</p>').markup).toBe('<p>a</p>');
    expect(stripInert('<p>a</p><!-- never closed <p>b</p>').markup).toBe('<p>a</p>');
  });

  it('treats 20,000 unclosed script tags as one unclosed script (the rest of the page dropped)', () => {
    expect(stripInert('<p>a</p>' + '<script '.repeat(20_000) + '<p>x</p>'.repeat(20_000)).markup).toBe('<p>a</p>');
  });
});

describe('prescanHtml', () => {
  it.each([
    ['tags and depth', '<div><div><p>x<br></div></div>', { startTags: 4, depth: 2 }],
    ['attributes per element and in all', '<p a="1" b=\'2\' c d=4>x</p><p e="&gt;">y</p>', { attributes: 5, maxElementAttributes: 4 }],
    ['a ">" inside a quoted value', '<a title="a > b" href="/x">t</a>', { startTags: 1, attributes: 2, textChars: 1 }],
    ['text characters outside tags', '<p>abc</p> d', { textChars: 5 }],
  ])('measures %s', (_label, html, expected) => {
    expect(prescanHtml(html)).toMatchObject(expected);
  });

  it.each([
    ['too many start tags', '<b>x</b>'.repeat(HTML_LIMITS.startTags + 1), /start tags/],
    ['too deep', '<div>'.repeat(HTML_LIMITS.depth + 1), /levels of nesting/],
    ['too many attributes on one element', `<p ${Array.from({ length: HTML_LIMITS.elementAttributes + 1 }, (_, i) => `a${i}=1`).join(' ')}>x</p>`, /attributes on one element/],
    ['too much text (45,000 paragraphs of story)', '<p>美国国务卿布林肯18日在北京说，双方同意保持沟通。</p>'.repeat(45_000), /characters of text \(limit 1048576\)/],
  ])('refuses %s, naming the limit', (_label, html, message) => {
    expect(() => assertReadableShape(prescanHtml(html), 'x.html')).toThrow(message);
  });
});

describe('a saved page of 1.5 MB, mostly scripts and styles', () => {
  const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the story, long enough to read as prose, with a clause, and another one.</p>`).join('');
  const bundle = `<script>window.__DATA__ = ${JSON.stringify({ items: Array.from({ length: 16_000 }, (_, i) => ({ id: i, text: 'lorem ipsum dolor sit amet' })) })};</script>`;
  const page = `<!doctype html><html lang="en"><head><title>A story - Example News</title><style>${'.c{color:red}'.repeat(30_000)}</style>${bundle}</head><body><main><article><h1>A story</h1>${story}</article></main></body></html>`;

  it('is over 1 MiB and read whole', () => {
    expect(page.length).toBeGreaterThan(1024 * 1024);
    const article = htmlToArticle(page, 'big.html', { now: Date.UTC(2026, 0, 1) });
    expect(article.paragraphs).toHaveLength(8);
    expect(article.title).toBe('A story');
  });

  it('refuses markup over the limit after stripping, naming the limit', () => {
    const huge = `<html><body>${'<p>x</p>'.repeat(HTML_LIMITS.markupChars / 8 + 1)}</body></html>`;
    expect(() => htmlToArticle(huge, 'huge.html')).toThrow(/HTML too large: \d+ characters of markup after removing scripts, styles and comments/);
  });
});
