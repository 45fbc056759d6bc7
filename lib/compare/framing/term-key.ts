import type { FramingSpan } from '../../schema/framing';

/** The URL-safe key of a term or label (whitespace and quotes replaced, at most 80 characters). */
export function termKey(term: string): string {
  return term.replace(/[\s<>"'`\\]+/gu, '_').slice(0, 80);
}

/** Adds spans of one article to a term's highlight list. */
export function addSpans(map: Map<string, Set<string>>, term: string, articleId: string, spans: readonly FramingSpan[]): void {
  const key = termKey(term);
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  for (const s of spans) set.add(`${articleId}:${s.start}-${s.end}`);
}

/** The hidden-list form of a highlight map: term → `articleId:start-end …`. */
export function spanLists(map: ReadonlyMap<string, Set<string>>): Record<string, string> {
  return Object.fromEntries([...map].map(([k, v]) => [k, [...v].join(' ')]));
}
