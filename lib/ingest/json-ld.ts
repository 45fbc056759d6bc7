/**
 * The article a page describes in its JSON-LD (schema.org `NewsArticle`, `Article`,
 * `ReportageNewsArticle`, `BlogPosting`, …): headline, dates, authors, publisher, body.
 * Reads every block, walks arrays and `@graph` (bounded), resolves `{"@id": …}` references
 * to the nodes they name, and takes the first article-typed node with a headline, a date
 * or a body. A `WebSite` or `Organization` name stands in for a missing publisher.
 */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  dateCreated?: string;
  dateModified?: string;
  /** Author names (people or organisations), in order, without duplicates. */
  authors: string[];
  publisher?: string;
  articleBody?: string;
  url?: string;
}

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /(?:^|:)(?:\w*Article|BlogPosting|Report|LiveBlogPosting|AnalysisNewsArticle|OpinionNewsArticle)$/;
const SITE_TYPE = /(?:^|:)(?:WebSite|NewsMediaOrganization|Organization)$/;
const MAX_NODES = 500;

function parse(text: string): unknown {
  const t = text.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '');
  try {
    return JSON.parse(t);
  } catch {
    try {
      // raw control characters (new lines inside strings) are a common fault of hand-made JSON-LD
      return JSON.parse(
        Array.from(t, (ch) => (ch.charCodeAt(0) < 0x20 ? ' ' : ch)).join(''),
      );
    } catch {
      return undefined;
    }
  }
}

function types(node: Node): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Every object node of the blocks, breadth first, bounded. */
function nodesOf(blocks: readonly string[]): Node[] {
  const out: Node[] = [];
  const queue: unknown[] = blocks.map(parse);
  for (let i = 0; i < queue.length && out.length < MAX_NODES && i < MAX_NODES * 4; i++) {
    const v = queue[i];
    if (Array.isArray(v)) queue.push(...(v as unknown[]).slice(0, MAX_NODES));
    else if (v && typeof v === 'object') {
      const node = v as Node;
      out.push(node);
      if (Array.isArray(node['@graph'])) queue.push(...(node['@graph'] as unknown[]).slice(0, MAX_NODES));
      if (node.mainEntity && typeof node.mainEntity === 'object') queue.push(node.mainEntity);
    }
  }
  return out;
}

/** Reads the JSON-LD texts of a page (see above). */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle {
  const nodes = nodesOf(blocks);
  const byId = new Map<string, Node>();
  for (const n of nodes) {
    const id = str(n['@id']);
    if (id && !byId.has(id)) byId.set(id, n);
  }
  const resolve = (v: unknown): unknown => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const id = str((v as Node)['@id']);
      const target = id ? byId.get(id) : undefined;
      if (target && target !== v && !str((v as Node).name)) return target;
    }
    return v;
  };
  const names = (v: unknown, depth = 0): string[] => {
    if (depth > 3) return [];
    const r = resolve(v);
    if (typeof r === 'string') return r.trim() ? [r.trim()] : [];
    if (Array.isArray(r)) return r.slice(0, 20).flatMap((x) => names(x, depth + 1));
    if (r && typeof r === 'object') {
      const name = str((r as Node).name);
      return name ? [name] : [];
    }
    return [];
  };
  const article = nodes.find(
    (n) => types(n).some((t) => ARTICLE_TYPE.test(t)) && (str(n.headline) || str(n.datePublished) || str(n.articleBody)),
  ) ?? nodes.find((n) => str(n.headline) && str(n.datePublished));
  const site = nodes.find((n) => types(n).some((t) => SITE_TYPE.test(t)) && str(n.name));
  const out: JsonLdArticle = { authors: [] };
  if (article) {
    out.headline = str(article.headline) ?? str(article.name);
    out.datePublished = str(article.datePublished);
    out.dateCreated = str(article.dateCreated);
    out.dateModified = str(article.dateModified);
    out.authors = [...new Set(names(article.author).filter((n) => !/^https?:/i.test(n)))];
    out.publisher = names(article.publisher)[0];
    out.articleBody = str(article.articleBody);
    const main = resolve(article.mainEntityOfPage);
    out.url = str(article.url) ?? str(main) ?? (main && typeof main === 'object' ? str((main as Node)['@id']) : undefined);
  }
  if (!out.publisher && site) out.publisher = str(site.name);
  for (const k of Object.keys(out) as (keyof JsonLdArticle)[]) if (out[k] === undefined) delete out[k];
  return out;
}
