import type { Metadata } from 'next';
import Link from 'next/link';
import { ArchiveFilters } from '@/components/archive/ArchiveFilters';
import { CoverageMatrix } from '@/components/archive/CoverageMatrix';
import { EventCard } from '@/components/archive/EventCard';
import { OutletReports } from '@/components/archive/OutletReports';
import { archiveHref } from '@/lib/archive/archive-url';
import { loadArchive } from '@/lib/archive/load-archive';
import { fill, messages } from '@/lib/i18n';
import { ArchiveQuery } from '@/lib/schema/archive';
import { BLIND_SPOT_OUTLETS } from '@/lib/store/archive-report';
import './archive.css';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const query = ArchiveQuery.parse(await searchParams);
  return { title: messages(query.lang).archiveTitle, robots: { index: false } };
}

/** `/archive`: the events of the archive (newest first, filtered and paged on the server), the coverage matrix, and each outlet's exclusives and blind spots. */
export default async function ArchivePage({ searchParams }: { searchParams: SearchParams }) {
  const query = ArchiveQuery.parse(await searchParams);
  const t = messages(query.lang);
  const data = loadArchive(query);
  const views = [
    ['events', t.archiveViewEvents],
    ['matrix', t.archiveViewMatrix],
    ['outlets', t.archiveViewOutlets],
  ] as const;
  return (
    <div className="archive" data-testid="archive-page">
      <section className="archive-head">
        <h2>{t.archiveTitle}</h2>
        <Link href={archiveHref(query, { lang: query.lang === 'zh' ? 'en' : 'zh' })} className="lang-toggle" aria-label={query.lang === 'zh' ? 'English' : t.languageLabel}>
          {query.lang === 'zh' ? 'English' : t.language}
        </Link>
        {data.counts.articles === 0 ? (
          <p className="notice-inline" data-testid="archive-empty">
            {t.archiveEmpty}
          </p>
        ) : (
          <p className="meta" data-testid="archive-counts">
            {fill(t.archiveIntro, { articles: data.counts.articles, outlets: data.counts.outlets, events: data.counts.events, multi: data.counts.multiOutletEvents })}
          </p>
        )}
      </section>
      <nav className="archive-views" aria-label={t.views}>
        {views.map(([view, label]) => (
          <Link key={view} href={archiveHref(query, { view, page: 1 })} aria-current={query.view === view ? 'page' : undefined} data-testid={`archive-view-${view}`}>
            {label}
          </Link>
        ))}
      </nav>
      {query.view !== 'outlets' && <ArchiveFilters query={query} outlets={data.outlets} t={t} />}
      {query.view !== 'outlets' && (
        <p className="meta" data-testid="archive-matching" aria-live="polite">
          {data.total > 0 ? fill(t.archiveMatching, { n: data.total }) : t.archiveNoMatch}
        </p>
      )}
      {query.view === 'events' && (
        <div className="archive-events">
          {data.events.map(({ event, articles }) => (
            <EventCard key={event.id} event={event} articles={articles} outlets={data.outlets} query={query} t={t} />
          ))}
        </div>
      )}
      {query.view === 'matrix' && data.events.length > 0 && (
        <CoverageMatrix
          events={data.events.map((e) => e.event)}
          outlets={data.outlets}
          t={t}
        />
      )}
      {query.view === 'outlets' && data.reports && <OutletReports reports={data.reports} minOthers={BLIND_SPOT_OUTLETS} t={t} />}
      {query.view !== 'outlets' && data.pages > 1 && (
        <nav className="pager" aria-label={fill(t.archivePage, { p: query.page, n: data.pages })} data-testid="archive-pager">
          {query.page > 1 ? <Link href={archiveHref(query, { page: query.page - 1 })}>{t.archivePrev}</Link> : <span />}
          <span>{fill(t.archivePage, { p: query.page, n: data.pages })}</span>
          {query.page < data.pages ? <Link href={archiveHref(query, { page: query.page + 1 })} data-testid="archive-next">{t.archiveNext}</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
