import { spanLabel } from '@/lib/archive/archive-url';
import type { Messages } from '@/lib/i18n';
import type { ArchiveEvent, ArchiveOutlet } from '@/lib/schema/archive';

/** Outlets (rows) × the events of the page (columns): which outlet reported which event. */
export function CoverageMatrix({ events, outlets, t }: { events: readonly ArchiveEvent[]; outlets: readonly ArchiveOutlet[]; t: Messages }) {
  const reported = events.map((e) => new Set(e.outlets.map((o) => o.id)));
  const copied = events.map((e) => new Set(e.republishedBy.map((o) => o.id)));
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
          {outlets.map((o) => {
            const n = reported.filter((s) => s.has(o.id)).length;
            return (
              <tr key={o.id} data-outlet={o.id}>
                <th scope="row">{o.name}</th>
                {events.map((e, i) => (
                  <td key={e.id} className={reported[i]!.has(o.id) ? 'on' : copied[i]!.has(o.id) ? 'copy' : 'off'} aria-label={reported[i]!.has(o.id) ? '●' : '○'}>
                    {reported[i]!.has(o.id) ? '●' : copied[i]!.has(o.id) ? '◐' : '○'}
                  </td>
                ))}
                <td className="sum">{n}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
