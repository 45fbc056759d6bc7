import Link from 'next/link';
import { archiveHref } from '@/lib/archive/archive-url';
import { fill, type Messages } from '@/lib/i18n';
import type { ArchiveOutlet, ArchiveQuery } from '@/lib/schema/archive';

/** The archive's search and filters: a plain GET form, filtered on the server (works without scripts). */
export function ArchiveFilters({ query, outlets, t }: { query: ArchiveQuery; outlets: readonly ArchiveOutlet[]; t: Messages }) {
  return (
    <form className="archive-filters" method="get" action="/archive" role="search" data-testid="archive-filters">
      <label className="wide">
        {t.archiveSearch}
        <input type="search" name="q" defaultValue={query.q ?? ''} maxLength={200} data-testid="archive-search" />
      </label>
      <label>
        {t.archiveFrom}
        <input type="date" name="from" defaultValue={query.from ?? ''} data-testid="archive-from" />
      </label>
      <label>
        {t.archiveTo}
        <input type="date" name="to" defaultValue={query.to ?? ''} data-testid="archive-to" />
      </label>
      <label>
        {t.filterOutlet}
        <select name="outlet" defaultValue={query.outlet ?? ''} data-testid="archive-outlet">
          <option value="">{t.allOutlets}</option>
          {outlets.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
              {o.english !== o.name ? ` (${o.english})` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.archiveEntity}
        <input type="text" name="entity" defaultValue={query.entity ?? ''} maxLength={200} data-testid="archive-entity" />
      </label>
      <label>
        {t.archiveMinOutlets}
        <select name="min" defaultValue={String(query.min)} data-testid="archive-min">
          {[1, 2, 3, 5].map((n) => (
            <option key={n} value={n}>
              {n === 1 ? t.archiveAnyOutlets : fill(t.archiveOutletsN, { n })}
            </option>
          ))}
        </select>
      </label>
      {query.view !== 'events' && <input type="hidden" name="view" value={query.view} />}
      {query.lang === 'zh' && <input type="hidden" name="lang" value="zh" />}
      <button type="submit" data-testid="archive-apply">
        {t.archiveApply}
      </button>
      <Link href={archiveHref({ view: query.view, lang: query.lang })}>{t.archiveClear}</Link>
    </form>
  );
}
