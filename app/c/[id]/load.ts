import 'server-only';
import { cache } from 'react';
import { ApiError } from '@/lib/api/api-error';
import { loadComparison, type ComparisonBody } from '@/lib/api/get-comparison';
import { blindAnalysis } from '@/lib/compare/blind';
import { fill, messages, type Lang } from '@/lib/i18n';
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

/**
 * `RFI · 中央社 — 2 accounts compared`, and `RFI: title | 中央社: title` — the heading and link
 * preview of a comparison. In teaching mode (`blind`) the outlets are Outlet A, B… in the
 * neutral order of the blind copy, and the description names no outlet or title.
 */
export function describeComparison(body: ComparisonBody, options: { blind?: boolean; lang?: Lang } = {}): { title: string; description: string } {
  const t = messages(options.lang ?? 'en');
  const shown = options.blind ? blindAnalysis(body) : body;
  const outlets = [...new Set(shown.articles.map((a) => a.outlet.name))];
  const title = `${outlets.join(' · ')} — ${fill(t.accountsCompared, { n: shown.articles.length })}`;
  const description = options.blind
    ? fill(t.blindDescription, { n: shown.articles.length })
    : shown.articles.map((a) => `${a.outlet.name}: ${a.title}`).join(' | ').slice(0, 300);
  return { title, description };
}
