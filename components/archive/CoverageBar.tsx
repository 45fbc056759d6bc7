import { eventCoverage } from '@/lib/archive/coverage';
import { fill, type Messages } from '@/lib/i18n';
import type { ArchiveEvent, ArchiveOutletSpan } from '@/lib/schema/archive';

const CELL = { reported: 'cell on', copy: 'cell copy', missing: 'cell off', idle: 'cell idle' } as const;

/**
 * The archive's outlets as a row of cells, filled for those that reported the event, hollow
 * for those that did not (striped for an outlet that only republished a copy, faint for one
 * with no articles in the archive at the time); the same in words for screen readers and
 * below the bar, where only outlets publishing at the time count.
 */
export function CoverageBar({ event, outlets, t }: { event: ArchiveEvent; outlets: readonly ArchiveOutletSpan[]; t: Messages }) {
  const cells = eventCoverage(event, outlets);
  const reported = cells.filter((c) => c.coverage === 'reported').length;
  const missing = cells.filter((c) => c.coverage === 'missing').map((c) => c.outlet);
  const publishing = cells.filter((c) => c.coverage !== 'idle').length;
  const label = fill(t.archiveReportedBy, { n: reported, m: publishing });
  return (
    <div className="coverage" data-testid="coverage-bar">
      <ol className="coverage-cells" aria-label={label}>
        {cells.map(({ outlet: o, coverage }) => (
          <li
            key={o.id}
            className={CELL[coverage]}
            title={`${o.name}${o.english !== o.name ? ` (${o.english})` : ''}${coverage === 'idle' ? ` · ${t.archiveNotPublishing}` : ''}`}
            data-outlet={o.id}
            data-reported={coverage === 'reported' ? 'yes' : coverage === 'idle' ? 'idle' : 'no'}
          >
            <span className="visually-hidden">{o.name}</span>
          </li>
        ))}
      </ol>
      <p className="coverage-text">
        {label}
        {missing.length > 0 && (
          <>
            {' · '}
            <span data-testid="not-reported">{fill(t.archiveNotReportedBy, { list: missing.map((o) => o.name).join(', ') })}</span>
          </>
        )}
      </p>
    </div>
  );
}
