import type { ArchiveEvent, ArchiveOutlet, ArchiveOutletSpan } from '../schema/archive';

type Span = { firstAt: string | null; lastAt: string | null };

/**
 * Whether an outlet was publishing in the archive while an event happened: its first article
 * is not after the event's last, and its last article not before the event's first (an
 * unknown end counts as open). Only such an outlet's silence on the event is "not reported":
 * an outlet whose articles in the archive are all from other years has no say. The outlet
 * reports' blind spots (lib/store/archive-report.ts) apply this same rule in SQL.
 */
export function publishingDuring(outlet: Span, event: Span): boolean {
  const startsBefore = event.lastAt === null || outlet.firstAt === null || event.lastAt >= outlet.firstAt;
  const endsAfter = event.firstAt === null || outlet.lastAt === null || event.firstAt <= outlet.lastAt;
  return startsBefore && endsAfter;
}

/** How one outlet stands to an event: an independent account, a republished copy, silent while publishing, or not publishing then. */
export type OutletCoverage = 'reported' | 'copy' | 'missing' | 'idle';

/** Each outlet's coverage of `event`, in the order of `outlets`. */
export function eventCoverage(event: ArchiveEvent, outlets: readonly ArchiveOutletSpan[]): { outlet: ArchiveOutletSpan; coverage: OutletCoverage }[] {
  const reported = new Set(event.outlets.map((o: ArchiveOutlet) => o.id));
  const copied = new Set(event.republishedBy.map((o: ArchiveOutlet) => o.id));
  return outlets.map((outlet) => ({
    outlet,
    coverage: reported.has(outlet.id) ? 'reported' : copied.has(outlet.id) ? 'copy' : publishingDuring(outlet, event) ? 'missing' : 'idle',
  }));
}
