import { fill, type Messages } from '@/lib/i18n';
import type { ArchiveEvent, ArchiveOutlet } from '@/lib/schema/archive';

/**
 * The archive's outlets as a row of cells, filled for those that reported the event, hollow
 * for those that did not (striped for an outlet that only republished a copy); the same in
 * words for screen readers and below the bar.
 */
export function CoverageBar({ event, outlets, t }: { event: ArchiveEvent; outlets: readonly ArchiveOutlet[]; t: Messages }) {
  const reported = new Set(event.outlets.map((o) => o.id));
  const copied = new Set(event.republishedBy.map((o) => o.id));
  const missing = outlets.filter((o) => !reported.has(o.id));
  const label = fill(t.archiveReportedBy, { n: reported.size, m: outlets.length });
  return (
    <div className="coverage" data-testid="coverage-bar">
      <ol className="coverage-cells" aria-label={label}>
        {outlets.map((o) => (
          <li
            key={o.id}
            className={reported.has(o.id) ? 'cell on' : copied.has(o.id) ? 'cell copy' : 'cell off'}
            title={`${o.name}${o.english !== o.name ? ` (${o.english})` : ''}`}
            data-outlet={o.id}
            data-reported={reported.has(o.id) ? 'yes' : 'no'}
          >
            <span className="visually-hidden">{o.name}</span>
          </li>
        ))}
      </ol>
      <p className="coverage-text">
        {label}
        {missing.length > 0 && missing.length < outlets.length && (
          <>
            {' · '}
            <span data-testid="not-reported">{fill(t.archiveNotReportedBy, { list: missing.map((o) => o.name).join(', ') })}</span>
          </>
        )}
      </p>
    </div>
  );
}
