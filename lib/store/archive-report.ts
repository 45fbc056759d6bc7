import 'server-only';
import { z } from 'zod';
import { ArchiveEvent, type ArchiveOutletSpan } from '../schema/archive';
import { archiveOutlets } from './archive';
import { openDatabase } from './open-database';

const Summary = z.object({ summary: z.string().transform((s) => JSON.parse(s) as unknown).pipe(ArchiveEvent) });

/** One outlet's record in the archive: events it alone covered, and events others covered that it did not. */
export interface OutletReport {
  outlet: ArchiveOutletSpan;
  events: number;
  exclusive: { total: number; events: ArchiveEvent[] };
  blindSpots: { total: number; events: ArchiveEvent[] };
}

/** Least outlets other than this one that must have covered an event for its absence to be a blind spot. */
export const BLIND_SPOT_OUTLETS = 2;

/**
 * Per outlet (most articles first): the events it alone reported, and its blind spots —
 * events at least BLIND_SPOT_OUTLETS other outlets reported, inside the time the outlet was
 * publishing in the archive (between its first and last article: `publishingDuring` of
 * lib/archive/coverage.ts, as SQL here so the store filters and counts), that it did not report.
 * The `limit` biggest of each (most outlets, then newest) are listed with the totals.
 */
export function outletReports(limit = 5): OutletReport[] {
  const db = openDatabase();
  const outlets = archiveOutlets();
  const count = (sql: string, ...p: unknown[]): number => (db.prepare(sql).get(...p) as { n: number }).n;
  const list = (sql: string, ...p: unknown[]): ArchiveEvent[] =>
    db
      .prepare(sql)
      .all(...p)
      .map((r) => Summary.parse(r).summary);
  const inSpan = `(e.last_at IS NULL OR ? IS NULL OR e.last_at >= ?) AND (e.first_at IS NULL OR ? IS NULL OR e.first_at <= ?)`;
  return outlets.map((outlet) => {
    const span = [outlet.firstAt, outlet.firstAt, outlet.lastAt, outlet.lastAt];
    const exclusiveWhere = `FROM archive_events e WHERE e.outlet_count = 1 AND e.id IN (SELECT event_id FROM archive_event_outlets WHERE outlet_id = ?)`;
    const blindWhere = `FROM archive_events e WHERE e.outlet_count >= ? AND e.id NOT IN (SELECT event_id FROM archive_event_outlets WHERE outlet_id = ?) AND ${inSpan}`;
    return {
      outlet,
      events: count('SELECT count(*) AS n FROM archive_event_outlets WHERE outlet_id = ?', outlet.id),
      exclusive: {
        total: count(`SELECT count(*) AS n ${exclusiveWhere}`, outlet.id),
        events: list(`SELECT e.summary ${exclusiveWhere} ORDER BY e.accounts DESC, e.last_at DESC, e.id LIMIT ?`, outlet.id, limit),
      },
      blindSpots: {
        total: count(`SELECT count(*) AS n ${blindWhere}`, BLIND_SPOT_OUTLETS, outlet.id, ...span),
        events: list(`SELECT e.summary ${blindWhere} ORDER BY e.outlet_count DESC, e.last_at DESC, e.id LIMIT ?`, BLIND_SPOT_OUTLETS, outlet.id, ...span, limit),
      },
    };
  });
}
