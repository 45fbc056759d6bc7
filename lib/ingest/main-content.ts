import { Readability } from '@mozilla/readability';
import { load, type CheerioAPI } from 'cheerio/slim';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { parseHTML } from 'linkedom';
import { isFurniture } from './page-furniture';
import { prescanHtml } from './prescan';

/**
 * Finding the story's markup on a page (scripts and styles already stripped):
 *
 * 1. The page is parsed once (htmlparser2 via cheerio: linear, no recursion) and pruned of
 *    page furniture (navigation, menus, page header and footer, forms, media, hidden
 *    elements, share/related/comment/cookie widgets, the adapter's selectors).
 * 2. Readability reads the pruned page when it is within its budget (it is superlinear on
 *    large or deep DOMs: measured ≈ 4 s for 6,000 elements 20 deep; and on long text: 2 Mi
 *    characters of Chinese in one paragraph took 53 s, 390,000 took 4.4 s); otherwise a linear
 *    scorer picks the container holding most of the page's paragraph text, and
 *    Readability reads that container if it fits the budget.
 * 3. The article markup the page declares — `itemprop="articleBody"`, the `<article>` with
 *    the most paragraph text — is kept as a fallback: the story reader uses it when the
 *    heuristics find nothing or much less text than it holds (and JSON-LD `articleBody`
 *    after that, see generic-html.ts).
 */
export const READABILITY_BUDGET = { startTags: 3000, depth: 48, attributes: 20_000, textChars: 50_000 };

export interface MainContent {
  /** HTML of the story container (Readability's output), or… */
  content?: string;
  /** …the container's parsed node (the linear paths: no second parse). */
  node?: AnyNode;
  title?: string;
  byline?: string;
  engine: 'readability' | 'container' | 'blocks';
}

export interface PageContent {
  /** The heuristics' choice. */
  main: MainContent;
  /** The page's own article markup (`itemprop=articleBody`, `<article>`), if any. */
  articleMarkup?: string;
  /** A byline printed in the page's byline markup (`rel=author`, `itemprop=author`, `.byline`). */
  bylineMarkup?: string;
  /** The page's first `<h1>` text. */
  h1?: string;
  /** Dates printed in the page's date markup (`<time>` text, `.date`, `.timestamp`, …), raw text and where. */
  dates: { raw: string; where: string }[];
}

const DATE_MARKUP = /(?:^|[-_\s])(?:date|time|timestamp|published|publish|pubdate|posted|fecha|datum|data)(?:$|[-_\s])|date|time/i;

/** Short texts of the page's date markup, read before pruning (bounded: first 12). */
function dateMarkup($: CheerioAPI): { raw: string; where: string }[] {
  const out: { raw: string; where: string }[] = [];
  for (const el of $('time, [class], [itemprop="datePublished"]').toArray()) {
    if (!isTag(el)) continue;
    const cls = el.attribs.class ?? '';
    if (el.name !== 'time' && !DATE_MARKUP.test(cls) && el.attribs.itemprop !== 'datePublished') continue;
    const text = textOf(el);
    if (text.length < 6 || text.length > 80 || !/\d/.test(text)) continue;
    out.push({ raw: text, where: el.name === 'time' ? 'time' : `${el.name}.${cls.split(/\s+/)[0] ?? ''}` });
    if (out.length >= 12) break;
  }
  return out;
}

/** Page-level furniture beyond page-furniture.ts: cookie and consent banners, alerts, modals. */
const PAGE_FURNITURE = /cookie|consent|gdpr|didomi|onetrust|sp_message|banner|modal|popup|overlay|masthead|site-header|site-footer|skip-link|menu|navbar|paywall|offer|reading-time/i;
/** A story's summary line above its first paragraph (standfirst, dek, chapô, perex, bajada): not story text. */
const DEK = /standfirst|subhead|subtitle|article__desc|(?:^|[-_])dek(?:$|[-_])|chapo|perex|bajada|sumario|kicker/i;

function classTokens(el: Element): string[] {
  const tokens = (el.attribs.class ?? '').split(/\s+/).filter(Boolean);
  if (el.attribs.id) tokens.push(el.attribs.id);
  return tokens;
}

/** Page header/footer elements and banners outside the article (an article's own `<header>` stays). */
function isPageFurniture(el: Element, inArticle: boolean): boolean {
  if (!inArticle && (el.name === 'header' || el.name === 'footer')) return true;
  if (el.attribs.role === 'navigation' || el.attribs.role === 'banner' || el.attribs.role === 'contentinfo' || el.attribs.role === 'dialog') return !inArticle || el.attribs.role !== 'banner';
  const tokens = classTokens(el);
  if (tokens.some((t) => DEK.test(t)) && !el.children.some((c) => isTag(c) && c.name === 'p')) return true;
  return tokens.some((t) => PAGE_FURNITURE.test(t) && !/article|story|content|body/i.test(t));
}

/** Removes furniture from the parsed page, with an explicit stack (no recursion). */
function prune($: CheerioAPI, dropSelectors: readonly string[]): void {
  for (const selector of dropSelectors) $(selector).remove();
  const doomed: Element[] = [];
  const stack: { node: AnyNode; inArticle: boolean }[] = ($.root()[0]?.children ?? []).map((node) => ({ node, inArticle: false }));
  while (stack.length > 0) {
    const { node, inArticle } = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name !== 'html' && node.name !== 'body' && node.name !== 'head' && (isFurniture(node) || isPageFurniture(node, inArticle))) {
      doomed.push(node);
      continue;
    }
    const within = inArticle || node.name === 'article' || node.name === 'main' || node.attribs.itemprop === 'articleBody';
    for (const child of node.children) stack.push({ node: child, inArticle: within });
  }
  for (const el of doomed) $(el).remove();
}

/** Text of an element's subtree (explicit stack), whitespace collapsed, and the characters of it inside links. */
function textAndLinks(el: AnyNode): { text: string; linked: number } {
  const out: string[] = [];
  let linked = 0;
  const stack: { node: AnyNode; inLink: boolean }[] = [{ node: el, inLink: false }];
  while (stack.length > 0) {
    const { node, inLink } = stack.pop()!;
    if (isText(node)) {
      out.push(node.data);
      if (inLink) linked += node.data.trim().length;
    } else if (isTag(node)) {
      const link = inLink || node.name === 'a';
      for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k]!, inLink: link });
    }
  }
  return { text: out.join(' ').replace(/\s+/g, ' ').trim(), linked };
}

/** Text of an element's subtree, whitespace collapsed. */
export function textOf(el: AnyNode): string {
  return textAndLinks(el).text;
}

const PARAGRAPH_TAGS = new Set(['p', 'blockquote', 'pre', 'h2', 'h3', 'li']);

/**
 * The element holding most of the page's paragraph text, in one pass: each paragraph's
 * unlinked text counts for its parent in full and its grandparent at half (Readability's
 * rule, without its retries); the best-scoring element wins, and is widened to its parent
 * while the parent holds markedly more paragraph text (stories split across sibling divs).
 */
function bestContainer($: CheerioAPI): Element | null {
  const score = new Map<Element, number>();
  const paraText = new Map<Element, number>();
  const stack: AnyNode[] = [...($.root()[0]?.children ?? [])];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (PARAGRAPH_TAGS.has(node.name) || (node.name === 'div' && !node.children.some((c) => isTag(c) && c.name !== 'br' && c.name !== 'a' && c.name !== 'b' && c.name !== 'i' && c.name !== 'strong' && c.name !== 'em' && c.name !== 'span'))) {
      const { text, linked } = textAndLinks(node);
      const own = Math.max(0, text.length - linked);
      if (own >= 25) {
        const points = 1 + Math.min(3, Math.floor(own / 100)) + (text.match(/[,，、。.]/g)?.length ?? 0);
        const parent = node.parent && isTag(node.parent) ? node.parent : null;
        const grand = parent?.parent && isTag(parent.parent) ? parent.parent : null;
        if (parent) score.set(parent, (score.get(parent) ?? 0) + points);
        if (grand) score.set(grand, (score.get(grand) ?? 0) + points / 2);
        for (let a: AnyNode | null = node.parent; a && isTag(a); a = a.parent) paraText.set(a, (paraText.get(a) ?? 0) + own);
      }
      continue;
    }
    for (const child of node.children) stack.push(child);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  while (best?.parent && isTag(best.parent) && best.parent.name !== 'body' && best.parent.name !== 'html') {
    const mine = paraText.get(best) ?? 0;
    const theirs = paraText.get(best.parent) ?? 0;
    if (theirs < mine * 1.3) break;
    best = best.parent;
  }
  return best;
}

/** True when the subtree of `el` fits the Readability budget (elements, depth, attributes, text), counted cheaply. */
function small(el: AnyNode): boolean {
  const b = READABILITY_BUDGET;
  let n = 0;
  let attributes = 0;
  let text = 0;
  const stack: { node: AnyNode; depth: number }[] = [{ node: el, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isText(node) && (text += node.data.length) > b.textChars) return false;
    if (!isTag(node)) continue;
    attributes += Object.keys(node.attribs).length;
    if (++n > b.startTags || depth > b.depth || attributes > b.attributes) return false;
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return true;
}

function withinBudget(html: string): boolean {
  const s = prescanHtml(html);
  const b = READABILITY_BUDGET;
  return s.startTags <= b.startTags && s.depth <= b.depth && s.attributes <= b.attributes;
}

function readability(html: string): MainContent | null {
  try {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const parsed = new Readability(document, { charThreshold: 100 }).parse();
    if (!parsed?.content || !parsed.textContent?.trim()) return null;
    return { content: parsed.content, title: parsed.title ?? undefined, byline: parsed.byline ?? undefined, engine: 'readability' };
  } catch {
    // Readability can throw on odd DOMs (stray markup from hostile text): the caller reads blocks instead.
    return null;
  }
}

const BYLINE_SELECTORS = [
  '[rel="author"]', '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '[class*="byline__name"]',
  '[class*="author-name"]', '[class*="authorName"]', '[class*="author__name"]', '[class*="byline"]', '.author',
  '[class*="article-author"]', '[class*="signature__author"]', '[class$="-author"]',
];

/** True when `el` or an ancestor is furniture (a comment thread's author names are not the byline). */
function inFurniture(el: Element): boolean {
  for (let a: AnyNode | null = el; a && isTag(a); a = a.parent) {
    if (a.name === 'body') return false;
    if (isFurniture(a) || isPageFurniture(a, false)) return true;
  }
  return false;
}

/** Byline printed in the page's markup, read before pruning and then removed from the page. */
function bylineFromMarkup($: CheerioAPI): string | undefined {
  for (const selector of BYLINE_SELECTORS) {
    const found = $(selector).toArray().filter(isTag).filter((el) => !inFurniture(el));
    const names = [...new Set(found.map((el) => textOf(el)).filter((t) => t.length > 1 && t.length <= 120))];
    if (names.length > 0) {
      for (const el of found) $(el).remove();
      return names.slice(0, 4).join(', ');
    }
  }
  return undefined;
}

/** The page's own article markup: `itemprop=articleBody`, else the `<article>` with the most text. */
function articleMarkup($: CheerioAPI): string | undefined {
  const body = $('[itemprop="articleBody"]').toArray().filter(isTag);
  const candidates = body.length > 0 ? body : $('article').toArray().filter(isTag);
  let best: Element | undefined;
  let bestLength = 0;
  for (const el of candidates) {
    const n = textOf(el).length;
    if (n > bestLength) {
      best = el;
      bestLength = n;
    }
  }
  return best && bestLength > 0 ? $.html(best) : undefined;
}

/** Reads a page's story markup (see above). */
export function pageContent(markup: string, dropSelectors: readonly string[] = []): PageContent {
  const $ = load(markup, { xml: { xmlMode: false, decodeEntities: true } }, true);
  const h1 = $('h1').first();
  const h1Text = h1.length ? textOf(h1[0]!) : undefined;
  const dates = dateMarkup($);
  const bylineMarkup = bylineFromMarkup($);
  prune($, dropSelectors);
  const article = articleMarkup($);
  const bodyEl = $('body')[0] ?? $.root()[0];
  let main: MainContent | null = bodyEl && small(bodyEl) ? readability($.html(bodyEl)) : null;
  if (!main) {
    const container = bestContainer($);
    if (container) {
      const html = small(container) ? $.html(container) : null;
      main = (html && withinBudget(html) ? readability(html) : null) ?? { node: container, engine: 'container' };
    }
  }
  return {
    main: main ?? (bodyEl ? { node: bodyEl, engine: 'blocks' } : { content: markup, engine: 'blocks' }),
    ...(article ? { articleMarkup: article } : {}),
    ...(bylineMarkup ? { bylineMarkup } : {}),
    ...(h1Text ? { h1: h1Text } : {}),
    dates,
  };
}
