import { spanLabel } from '@/lib/archive/archive-url';
import { fill, type Messages } from '@/lib/i18n';
import type { ArchiveEvent } from '@/lib/schema/archive';
import type { OutletReport } from '@/lib/store/archive-report';

function EventLine({ e }: { e: ArchiveEvent }) {
  return (
    <li>
      <span className="muted">{spanLabel(e.firstAt, e.lastAt)}</span> {e.title} <span className="muted">({e.outlets.map((o) => o.name).join(', ')})</span>
    </li>
  );
}

/** Per outlet: the events it alone reported, and its blind spots (events several others reported and it did not). */
export function OutletReports({ reports, minOthers, t }: { reports: readonly OutletReport[]; minOthers: number; t: Messages }) {
  return (
    <div className="outlet-reports" data-testid="outlet-reports">
      {reports.map((r) => (
        <section key={r.outlet.id} className="outlet-report" data-outlet={r.outlet.id}>
          <h3>
            {r.outlet.name}
            {r.outlet.english !== r.outlet.name && <span className="muted"> {r.outlet.english}</span>}
          </h3>
          <p className="meta">{fill(t.archiveOutletSummary, { articles: r.outlet.articles, events: r.events })}</p>
          <h4>{fill(t.archiveExclusive, { n: r.exclusive.total })}</h4>
          {r.exclusive.events.length > 0 ? (
            <ul data-testid="exclusive">
              {r.exclusive.events.map((e) => (
                <EventLine key={e.id} e={e} />
              ))}
            </ul>
          ) : (
            <p className="muted">{t.archiveNone}</p>
          )}
          <h4>{fill(t.archiveBlindSpots, { k: minOthers, n: r.blindSpots.total })}</h4>
          {r.blindSpots.events.length > 0 ? (
            <ul data-testid="blind-spots">
              {r.blindSpots.events.map((e) => (
                <EventLine key={e.id} e={e} />
              ))}
            </ul>
          ) : (
            <p className="muted">{t.archiveNone}</p>
          )}
        </section>
      ))}
    </div>
  );
}
