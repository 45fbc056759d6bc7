import type { Article } from '../schema/article';
import { buildArticle } from '../api/build-article';
import { readHtmlMeta } from '../api/html-meta';
import { collapseSpace, htmlToBlocks, nodesToBlocks } from './html-blocks';
import { IngestError } from './ingest-error';
import { pageContent } from './main-content';
import { normalizeInput } from './normalize-input';
import { findAdapter, unknownAdapter } from './outlets/registry';
import { assertReadableShape, HTML_LIMITS, prescanHtml } from './prescan';
import { siteNameFromTitle, stripSiteName } from './site-name';
import { extractStory, type Story } from './story-blocks';
import { stripInert } from './strip-inert';

export { READABILITY_BUDGET } from './main-content';
export { prescanHtml as htmlShape } from './prescan';

/**
 * Generic HTML pages (any site, saved from a browser) → Article.
 *
 * Bounds (docs/api.md, "Limits and bounds"): scripts, styles, comments and other inert
 * elements are stripped in one linear pass first (on a saved page they are most of the
 * bytes); the markup that remains is bounded (characters, start tags, depth, attributes,
 * text: prescan.ts) before any parser sees it, and the story text after extraction
 * (build-article.ts). Then: metadata (html-meta.ts), the story's markup (main-content.ts),
 * blocks and boilerplate rules (html-blocks.ts, story-blocks.ts), the Article (build-article.ts).
 * A pure function of its input (and `now`): callable from a worker thread.
 */

/** Does this text look like an HTML document or fragment? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return /^(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])/.test(head) || /<(p|div|br|article)\b[^>]*>/i.test(text.slice(0, 65536));
}

/**
 * The headline: the metadata title without the site's name, or the page's `<h1>` when the
 * title is that headline followed by more parts (`Headline | Section | Site`).
 */
function headline(title: string, h1: string | undefined): string {
  const t = collapseSpace(title);
  const h = h1 ? collapseSpace(h1) : '';
  if (h && t.length > h.length && t.startsWith(h) && /^\s*[-|–—·•:_｜]/u.test(t.slice(h.length))) return h;
  return t;
}

const storyChars = (story: Story): number => story.blocks.reduce((n, b) => n + b.text.length, 0);

/** JSON-LD `articleBody` as paragraphs (its line breaks; else the whole text as one). */
function bodyTextHtml(articleBody: string): string {
  const paras = articleBody.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return paras.map((p) => `<p>${escape(p)}</p>`).join('');
}

/** A byline as printed (`By Jane Doe`, `Par …`, `作者：…`) → the names; undefined when it is the site's name. */
export function cleanByline(raw: string | undefined, siteNames: readonly (string | undefined)[]): string | undefined {
  if (!raw) return undefined;
  const s = collapseSpace(raw)
    .replace(/^(?:by|par|por|von|di|door|autor(?:a|ka)?|author|written by|text)\s*[:：]?\s+/i, '')
    .replace(/^(?:作者|记者|記者|文|撰文|编辑|編輯)\s*[:：/／]\s*/, '')
    .replace(/\s*[|｜]\s*$/, '')
    .trim();
  if (!s || s.length > 200) return undefined;
  const norm = (x: string) => x.toLowerCase().replace(/\s+/g, '');
  if (siteNames.some((n) => n && norm(n) === norm(s))) return undefined;
  return s;
}

/**
 * One generic HTML page → Article: title, byline, date and site name from the page's
 * metadata, story paragraphs from its main content (with the page's article markup and
 * JSON-LD `articleBody` as fallbacks), outlet from the URL host and path (or the site
 * name), script from the text. `url` defaults to the page's canonical/og:url; `now` is the
 * upload time (no publication date may fall after it).
 * @throws IngestError when the page is too large or complex, or has no story text.
 */
export function htmlToArticle(raw: string, source: string, options: { url?: string; now?: number } = {}): Article {
  const input = normalizeInput(raw);
  const { markup, jsonLd } = stripInert(input);
  if (markup.length > HTML_LIMITS.markupChars) {
    throw new IngestError(
      source,
      `HTML too large: ${markup.length} characters of markup after removing scripts, styles and comments (limit ${HTML_LIMITS.markupChars})`,
    );
  }
  assertReadableShape(prescanHtml(markup), source);
  const meta = readHtmlMeta(markup, jsonLd);
  const url = options.url ?? meta.url ?? '';
  const adapter = findAdapter(url, meta.siteName, { language: meta.lang }) ?? unknownAdapter(url);
  const page = pageContent(markup, adapter.dropSelectors);
  const titleSite = siteNameFromTitle(meta.titleTag, meta.title || page.h1);
  const siteName = meta.siteName ?? titleSite;
  const rawTitle = meta.title || page.main.title || meta.titleTag || page.h1 || '';
  const title = headline(
    stripSiteName(rawTitle, [meta.siteName, titleSite, siteNameFromTitle(rawTitle, page.h1), adapter.outlet.name, adapter.outlet.english]),
    page.h1,
  );
  const sites = [siteName, adapter.outlet.name, adapter.outlet.english];
  const namedByline = cleanByline(meta.byline, sites) ?? cleanByline(page.bylineMarkup, sites);
  const drop = [namedByline, siteName, meta.siteName].filter((d): d is string => Boolean(d));
  const read = (blocks: ReturnType<typeof htmlToBlocks>) => extractStory(blocks, title, adapter, { lang: meta.lang, drop, trimFragments: true });

  const mainBlocks = page.main.node ? nodesToBlocks([page.main.node]) : htmlToBlocks(page.main.content ?? '', adapter.dropSelectors);
  let story = read(mainBlocks);
  if (page.articleMarkup) {
    // the page's own article markup: when it holds (nearly) the whole story it is the more precise choice
    const fromMarkup = read(htmlToBlocks(page.articleMarkup, adapter.dropSelectors));
    if (storyChars(fromMarkup) >= storyChars(story) * 0.9) story = fromMarkup;
  }
  if (meta.articleBody && storyChars(story) < meta.articleBody.length * 0.5) {
    const fromJson = read(htmlToBlocks(bodyTextHtml(meta.articleBody)));
    if (storyChars(fromJson) > storyChars(story)) story = fromJson;
  }
  if (story.blocks.length === 0) throw new IngestError(source, 'no story text found in the HTML page (no main content, article markup or JSON-LD articleBody)');
  const byline = namedByline ?? story.credits.byline ?? cleanByline(page.main.byline, sites);
  return buildArticle({
    source,
    input,
    title,
    url,
    blocks: story.blocks,
    siteName,
    byline,
    editor: story.credits.editor,
    dates: [...meta.dates, ...page.dates.map((d) => ({ raw: d.raw, where: `page[${d.where}]` }))],
    datelines: story.datelines,
    lang: meta.lang,
    now: options.now,
  });
}
