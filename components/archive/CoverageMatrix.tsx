import { spanLabel } from '@/lib/archive/archive-url';
import { eventCoverage, type OutletCoverage } from '@/lib/archive/coverage';
import type { Messages } from '@/lib/i18n';
import type { ArchiveEvent, ArchiveOutletSpan } from '@/lib/schema/archive';

const MARK: Record<OutletCoverage, string> = { reported: '●', copy: '◐', missing: '○', idle: '·' };
const CLASS: Record<OutletCoverage, string> = { reported: 'on', copy: 'copy', missing: 'off', idle: 'idle' };

/**
 * Outlets (rows) × the events of the page (columns): which outlet reported which event, and
 * where an outlet had no articles in the archive at the time (·).
 */
export function CoverageMatrix({ events, outlets, t }: { events: readonly ArchiveEvent[]; outlets: readonly ArchiveOutletSpan[]; t: Messages }) {
  const columns = events.map((e) => eventCoverage(e, outlets));
  return (
    <div className="matrix-scroll">
      <table className="coverage-matrix" data-testid="coverage-matrix">
        <caption>{t.archiveMatrixCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.outlets}</th>
            {events.map((e, i) => (
              <th key={e.id} scope="col" className="event-col" title={e.title}>
                <span className="event-num">{i + 1}</span>
                <span className="event-col-title">{e.title}</span>
                <span className="muted">{spanLabel(e.firstAt, e.lastAt)}</span>
              </th>
            ))}
            <th scope="col">Σ</th>
          </tr>
        </thead>
        <tbody>
          {outlets.map((o, row) => {
            const n = columns.filter((c) => c[row]!.coverage === 'reported').length;
            return (
              <tr key={o.id} data-outlet={o.id}>
                <th scope="row">{o.name}</th>
                {events.map((e, i) => {
                  const coverage = columns[i]![row]!.coverage;
                  return (
                    <td key={e.id} className={CLASS[coverage]} aria-label={MARK[coverage]} title={coverage === 'idle' ? t.archiveNotPublishing : undefined}>
                      {MARK[coverage]}
                    </td>
                  );
                })}
                <td className="sum">{n}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
