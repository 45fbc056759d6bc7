import Link from 'next/link';
import { archiveHref, spanLabel } from '@/lib/archive/archive-url';
import { fill, type Messages } from '@/lib/i18n';
import type { ArchiveEvent, ArchiveOutletSpan, ArchiveQuery, EventArticle } from '@/lib/schema/archive';
import { CoverageBar } from './CoverageBar';

/** One event of the archive: title, span, counts, coverage, top entities, its articles, and the way into its comparison. */
export function EventCard({
  event,
  articles,
  outlets,
  query,
  t,
}: {
  event: ArchiveEvent;
  articles: readonly EventArticle[];
  outlets: readonly ArchiveOutletSpan[];
  query: ArchiveQuery;
  t: Messages;
}) {
  const comparable = articles.length >= 2;
  const lang = query.lang === 'zh' ? '?lang=zh' : '';
  return (
    <article className="archive-event" data-testid="archive-event" data-event={event.id}>
      <header>
        <h3>{event.title}</h3>
        <p className="meta">
          <time dateTime={event.firstAt ?? undefined}>{spanLabel(event.firstAt, event.lastAt)}</time>
          {' · '}
          {event.accounts === 1 ? t.archiveOneAccount : fill(t.archiveAccounts, { n: event.accounts })}
          {event.duplicates > 0 && (
            <>
              {' · '}
              <span data-testid="copies">{fill(t.archiveCopies, { n: event.duplicates })}</span>
            </>
          )}
        </p>
      </header>
      <CoverageBar event={event} outlets={outlets} t={t} />
      {event.entities.length > 0 && (
        <p className="archive-entities">
          <span className="label">{t.archiveEntities}:</span>{' '}
          {event.entities.map((e, i) => (
            <span key={e.id}>
              {i > 0 && ' · '}
              <Link href={archiveHref(query, { entity: e.id, page: 1 })} data-testid="entity-filter-link">
                {e.name}
              </Link>
              {e.english && e.english !== e.name && <span className="muted"> ({e.english})</span>}
            </span>
          ))}
        </p>
      )}
      <details className="archive-articles">
        <summary>
          {t.archiveArticles} ({articles.length})
        </summary>
        <ul>
          {articles.map((a) => (
            <li key={a.id} data-testid="event-article">
              <span className="outlet-name">{a.outlet.name}</span> · <time dateTime={a.publishedAt ?? undefined}>{a.publishedAt?.slice(0, 16).replace('T', ' ') ?? '—'}</time> ·{' '}
              {a.title}
              {a.duplicateOf && <span className="copy-flag"> ({t.archiveCopyOf})</span>}
            </li>
          ))}
        </ul>
      </details>
      <p className="archive-actions">
        {comparable ? (
          <a href={`/archive/events/${encodeURIComponent(event.id)}/compare${lang}`} data-testid="compare-event">
            {t.archiveCompare} →
          </a>
        ) : (
          <span className="muted">{t.archiveSingle}</span>
        )}
      </p>
    </article>
  );
}
