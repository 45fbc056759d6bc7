import type { ArchiveQuery } from '../schema/archive';

/** `/archive?…` for a query: defaults dropped (view events, page 1, at least 1 outlet, English), fixed key order. */
export function archiveHref(q: Partial<ArchiveQuery>, changes: Partial<ArchiveQuery> = {}): string {
  const m = { ...q, ...changes };
  const params = new URLSearchParams();
  if (m.q) params.set('q', m.q);
  if (m.from) params.set('from', m.from);
  if (m.to) params.set('to', m.to);
  if (m.outlet) params.set('outlet', m.outlet);
  if (m.entity) params.set('entity', m.entity);
  if (m.min !== undefined && m.min > 1) params.set('min', String(m.min));
  if (m.view && m.view !== 'events') params.set('view', m.view);
  if (m.page !== undefined && m.page > 1) params.set('page', String(m.page));
  if (m.lang === 'zh') params.set('lang', 'zh');
  const s = params.toString();
  return s ? `/archive?${s}` : '/archive';
}

/** `2023-06-18` or `2023-06-18 – 2023-06-21` (UTC days) for an event's span. */
export function spanLabel(firstAt: string | null, lastAt: string | null): string {
  const a = firstAt?.slice(0, 10);
  const b = lastAt?.slice(0, 10);
  if (!a && !b) return '—';
  return a === b || !b ? (a ?? '') : `${a} – ${b}`;
}
