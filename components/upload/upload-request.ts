/** Building the upload and preview requests, and reading their answers (browser side). */

import type { ArticlePreview } from '@/lib/schema/preview';

/** Fields a user can correct; the rest of an article comes from its text. */
export const FIELDS = ['outlet', 'title', 'url', 'publishedAt'] as const;
export type Field = (typeof FIELDS)[number];

/** The encodings a user can pick for an uploaded file ('' = detect). */
export const ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;

/** What `POST /api/comparisons/preview` found in one article: the schema's type (lib/schema/preview). */
export type Preview = ArticlePreview;

/** One article of the form. */
export interface Item {
  key: string;
  name: string;
  /** Pasted text, or an uploaded file. */
  content?: string;
  file?: File;
  /** The user's encoding choice for a file ('' = detect). */
  encoding: string;
  /** The user's corrections; an absent field shows what the loader found. */
  edits: Partial<Record<Field, string>>;
  preview: Preview | null;
  busy: boolean;
  error: string | null;
}

/** What the loader found for a field, as the form shows it. */
export function detected(item: Item, field: Field): string {
  const p = item.preview;
  if (!p?.ok) return '';
  if (field === 'outlet') return p.outlet.name;
  return (field === 'publishedAt' ? p.publishedAt : p[field]) ?? '';
}

/** The overrides to send: fields the user changed to a non-empty value other than the detected one. */
export function overridesOf(item: Item): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const f of FIELDS) {
    const v = item.edits[f]?.trim();
    if (v && v !== detected(item, f)) out[f] = v;
  }
  return out;
}

/** An item has something to send. */
export function hasContent(item: Item): boolean {
  return item.file !== undefined || (item.content ?? '').trim() !== '';
}

/**
 * The request body for a list of items: JSON when everything was pasted, else multipart
 * (pasted text becomes a UTF-8 text file), with the overrides (and the chosen encoding).
 */
export function buildBody(items: readonly Item[], withOverrides: boolean): { body: BodyInit; headers: Record<string, string> } {
  if (items.every((i) => i.file === undefined)) {
    const articles = items.map((i) => ({ name: i.name, content: i.content ?? '', ...(withOverrides ? overridesOf(i) : {}) }));
    return { body: JSON.stringify({ articles }), headers: { 'content-type': 'application/json' } };
  }
  const form = new FormData();
  for (const i of items) {
    form.append('files', i.file ?? new File([i.content ?? ''], i.name, { type: 'text/plain;charset=utf-8' }), i.name);
    const meta = { ...(withOverrides ? overridesOf(i) : {}), ...(i.file && i.encoding ? { encoding: i.encoding } : {}) };
    form.append('meta', JSON.stringify(meta));
  }
  return { body: form, headers: {} };
}

/** The article an API error message names: `article "x.html": …`, `articles.1.url: …`, `meta[1]…`, `files[1]…`. */
export function itemIndexOfError(message: string, items: readonly Item[]): number | null {
  const named = /article "([^"]+)"/.exec(message);
  if (named) {
    const i = items.findIndex((it) => it.name === named[1]);
    if (i >= 0) return i;
  }
  const indexed = /^(?:articles\.(\d+)|meta\[(\d+)\]|files\[(\d+)\])/.exec(message);
  if (indexed) {
    const i = Number(indexed[1] ?? indexed[2] ?? indexed[3]);
    if (i < items.length) return i;
  }
  return null;
}

/**
 * Every article an API error names, with its own part of the message: `article "a.html": …`
 * once, or `2 articles cannot be used: article "a.html": …; article "b.html": …`; else the
 * one article `itemIndexOfError` finds. Empty when no article is named.
 */
export function itemErrorsOf(message: string, items: readonly Item[]): Map<number, string> {
  const out = new Map<number, string>();
  const starts = [...message.matchAll(/article "([^"]+)": /g)];
  for (const [k, m] of starts.entries()) {
    const i = items.findIndex((it) => it.name === m[1]);
    if (i < 0 || out.has(i)) continue;
    const end = starts[k + 1]?.index ?? message.length;
    out.set(i, message.slice(m.index, end).replace(/;\s*$/, '').trim());
  }
  if (out.size === 0) {
    const i = itemIndexOfError(message, items);
    if (i !== null) out.set(i, message);
  }
  return out;
}

/** The `{error}` of an API answer, or a generic line for a non-JSON answer. */
export async function errorOf(res: Response): Promise<string> {
  try {
    const data = (await res.json()) as { error?: unknown };
    if (typeof data.error === 'string') return data.error;
  } catch {
    // not JSON
  }
  return `HTTP ${res.status}`;
}

/** A name not yet used by another item: `name`, `name (2)`, … */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}
