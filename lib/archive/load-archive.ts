import 'server-only';
import type { ArchiveEvent, ArchiveOutletSpan, ArchiveQuery, EventArticle } from '../schema/archive';
import { archiveCounts, archiveOutlets, eventArticles } from '../store/archive';
import { findEvents, PAGE_SIZE } from '../store/archive-query';
import { outletReports, type OutletReport } from '../store/archive-report';

/** What the `/archive` page shows for a query: counts, outlets, one page of events with their articles, and the outlet reports when asked. */
export interface ArchivePageData {
  counts: ReturnType<typeof archiveCounts>;
  outlets: ArchiveOutletSpan[];
  events: { event: ArchiveEvent; articles: EventArticle[] }[];
  total: number;
  pages: number;
  reports: OutletReport[] | null;
}

/** Everything the page needs, read from the store in one go (server-side filtering and paging). */
export function loadArchive(query: ArchiveQuery): ArchivePageData {
  const counts = archiveCounts();
  const outlets = archiveOutlets();
  const { events, total } = findEvents(query);
  return {
    counts,
    outlets,
    events: query.view === 'events' ? events.map((event) => ({ event, articles: eventArticles(event.id) })) : events.map((event) => ({ event, articles: [] })),
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    reports: query.view === 'outlets' ? outletReports() : null,
  };
}
