import 'server-only';
import { cache } from 'react';
import { ApiError } from '@/lib/api/api-error';
import { loadComparison, type ComparisonBody } from '@/lib/api/get-comparison';
import { ComparisonId } from '@/lib/schema/comparison-input';

/**
 * A permalink's comparison, once per request (metadata, image and page share it): as stored,
 * or re-analysed by the current analyzer. Null for a malformed or unknown id.
 */
export const loadPermalink = cache(async (id: string, current: boolean): Promise<ComparisonBody | null> => {
  if (!ComparisonId.safeParse(id).success) return null;
  try {
    return await loadComparison(id, new URL(`http://local/${current ? '?analyzer=current' : ''}`));
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
});

/** `RFI, 中央社 — title; title` — the outlets and titles of a comparison, for link previews. */
export function describeComparison(body: ComparisonBody): { title: string; description: string } {
  const outlets = [...new Set(body.articles.map((a) => a.outlet.name))];
  const title = `${outlets.join(' · ')} — ${body.articles.length} accounts compared`;
  const description = body.articles.map((a) => `${a.outlet.name}: ${a.title}`).join(' | ').slice(0, 300);
  return { title, description };
}
