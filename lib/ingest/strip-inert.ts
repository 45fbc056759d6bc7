/**
 * Removes what is never story text from a saved page in one linear pass: comments,
 * `<script>`, `<style>`, `<noscript>`, `<template>`, `<svg>`, `<math>`, `<iframe>` and
 * `<object>` elements with their contents. On a page saved from a browser these are most
 * of the bytes (inline bundles, CSS, hydration JSON). JSON-LD scripts
 * (`type="application/ld+json"`) are kept aside, bounded, for the metadata reader.
 *
 * Cost: one lower-cased copy of the input and `indexOf` searches that only move forward,
 * so time is linear in the input whatever its shape (an unclosed `<script` or `<!--`
 * drops the rest of the page, as a browser would).
 */
export interface Stripped {
  /** The markup that remains. */
  markup: string;
  /** Texts of the JSON-LD blocks, in document order (at most `JSON_LD_LIMITS.blocks`). */
  jsonLd: string[];
  /** Characters removed. */
  removedChars: number;
}

/** Bounds on the JSON-LD kept aside: number of blocks, and characters of each and of all. */
export const JSON_LD_LIMITS = { blocks: 16, blockChars: 1024 * 1024, totalChars: 2 * 1024 * 1024 } as const;

const INERT = ['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object'] as const;

/** The inert element starting at `i` (after `<`) in the lower-cased page, or null. */
function inertAt(lower: string, i: number): string | null {
  for (const name of INERT) {
    if (lower.startsWith(name, i + 1)) {
      const next = lower.charCodeAt(i + 1 + name.length);
      // `<script>`, `<script `, `<script/` — not `<scripts>` or `<style-guide>`
      if (next === 62 || next === 47 || next === 32 || next === 9 || next === 10 || next === 12 || next === 13) return name;
    }
  }
  return null;
}

/** Strips comments and inert elements (see above). */
export function stripInert(html: string): Stripped {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  const jsonLd: string[] = [];
  let jsonLdChars = 0;
  let kept = 0; // start of the run not yet copied
  let i = html.indexOf('<');
  while (i >= 0) {
    if (lower.startsWith('<!--', i)) {
      const end = lower.indexOf('-->', i + 4);
      parts.push(html.slice(kept, i));
      kept = end < 0 ? html.length : end + 3;
      i = end < 0 ? -1 : html.indexOf('<', kept);
      continue;
    }
    const name = inertAt(lower, i);
    if (!name) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const openEnd = lower.indexOf('>', i);
    const close = openEnd < 0 ? -1 : lower.indexOf(`</${name}`, openEnd + 1);
    if (name === 'script' && openEnd >= 0 && close >= 0 && /application\/ld\+json/.test(lower.slice(i, openEnd))) {
      const text = html.slice(openEnd + 1, close);
      if (jsonLd.length < JSON_LD_LIMITS.blocks && text.length <= JSON_LD_LIMITS.blockChars && jsonLdChars + text.length <= JSON_LD_LIMITS.totalChars) {
        jsonLd.push(text);
        jsonLdChars += text.length;
      }
    }
    parts.push(html.slice(kept, i));
    if (close < 0) {
      kept = html.length;
      break;
    }
    const closeEnd = lower.indexOf('>', close);
    kept = closeEnd < 0 ? html.length : closeEnd + 1;
    i = closeEnd < 0 ? -1 : html.indexOf('<', kept);
  }
  parts.push(html.slice(kept));
  const markup = parts.join('');
  return { markup, jsonLd, removedChars: html.length - markup.length };
}
