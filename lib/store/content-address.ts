import { createHash } from 'node:crypto';
import type { CanonicalArticle, CanonicalInputs } from '../schema/comparison-input';

/** A raw article before canonicalisation: decoded text plus optional overrides. */
export interface ArticleText {
  name: string;
  content: string;
  outlet?: string | null;
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

/** Text in canonical form: BOM stripped, `\r\n` and `\r` → `\n`, Unicode NFC. */
export function canonicalText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

const field = (v: string | null | undefined): string | null => {
  const t = v === undefined || v === null ? '' : canonicalText(v).trim();
  return t === '' ? null : t;
};

/**
 * The canonical inputs: every article in the given order, each with its fields in a fixed
 * order (name, content, outlet, title, url, publishedAt), absent overrides as null.
 */
export function canonicalInputs(articles: readonly ArticleText[]): CanonicalInputs {
  return {
    articles: articles.map(
      (a): CanonicalArticle => ({
        name: canonicalText(a.name).trim(),
        content: canonicalText(a.content),
        outlet: field(a.outlet),
        title: field(a.title),
        url: field(a.url),
        publishedAt: field(a.publishedAt),
      }),
    ),
  };
}

/**
 * The comparison id: sha256 of the canonical inputs' JSON, first 18 bytes (144 bits) in
 * base64url (24 URL-safe characters). The same texts give the same id whatever their
 * original encoding; any change gives another.
 */
export function comparisonId(inputs: CanonicalInputs): string {
  const json = JSON.stringify({
    articles: inputs.articles.map((a) => [a.name, a.content, a.outlet, a.title, a.url, a.publishedAt]),
  });
  return createHash('sha256').update(json, 'utf8').digest().subarray(0, 18).toString('base64url');
}
