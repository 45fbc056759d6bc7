import 'server-only';
import { z } from 'zod';
import { matchExpression } from '../archive/search-text';
import { toSimplified } from '../nlp/script';
import { ArchiveEvent, type ArchiveQuery } from '../schema/archive';
import { openDatabase } from './open-database';

/** Events per page of the `/archive` list. */
export const PAGE_SIZE = 20;

const EventRow = z.object({
  summary: z.string().transform((s) => JSON.parse(s) as unknown).pipe(ArchiveEvent),
});

/** The SQL condition and parameters of the archive filters (date range, outlet, entity, search, least outlets). */
function where(q: Pick<ArchiveQuery, 'q' | 'from' | 'to' | 'outlet' | 'entity' | 'min'>): { sql: string; params: (string | number)[] } {
  const conds: string[] = [];
  const params: (string | number)[] = [];
  if (q.from) {
    conds.push('(e.last_at IS NULL OR e.last_at >= ?)');
    params.push(`${q.from}T00:00:00.000Z`);
  }
  if (q.to) {
    conds.push('(e.first_at IS NULL OR e.first_at <= ?)');
    params.push(`${q.to}T23:59:59.999Z`);
  }
  if (q.outlet) {
    conds.push('e.id IN (SELECT event_id FROM archive_event_outlets WHERE outlet_id = ?)');
    params.push(q.outlet);
  }
  if (q.entity) {
    const name = toSimplified(q.entity.normalize('NFKC'));
    conds.push('e.id IN (SELECT event_id FROM archive_event_entities WHERE entity_id = ? OR name = ? OR english = ? COLLATE NOCASE)');
    params.push(q.entity, name, q.entity);
  }
  if (q.min > 1) {
    conds.push('e.outlet_count >= ?');
    params.push(q.min);
  }
  const match = q.q ? matchExpression(q.q) : null;
  if (q.q && !match) conds.push('0');
  if (match) {
    conds.push(
      `e.id IN (SELECT m.event_id FROM archive_fts f JOIN archive_articles a ON a.seq = f.rowid
                JOIN archive_memberships m ON m.article_id = a.id WHERE archive_fts MATCH ?)`,
    );
    params.push(match);
  }
  return { sql: conds.length > 0 ? `WHERE ${conds.join(' AND ')}` : '', params };
}

/** One page of events matching the filters, newest first, and how many match in all. */
export function findEvents(
  q: Pick<ArchiveQuery, 'q' | 'from' | 'to' | 'outlet' | 'entity' | 'min' | 'page'>,
  pageSize = PAGE_SIZE,
): { events: ArchiveEvent[]; total: number } {
  const db = openDatabase();
  const w = where(q);
  const total = (db.prepare(`SELECT count(*) AS n FROM archive_events e ${w.sql}`).get(...w.params) as { n: number }).n;
  const events = db
    .prepare(`SELECT e.summary FROM archive_events e ${w.sql} ORDER BY e.last_at DESC NULLS LAST, e.id LIMIT ? OFFSET ?`)
    .all(...w.params, pageSize, (q.page - 1) * pageSize)
    .map((r) => EventRow.parse(r).summary);
  return { events, total };
}

/** Articles matching a search, with their event, best match first (the search's own list). */
export function searchArticles(query: string, limit = 20): { id: string; eventId: string | null; title: string; snippet: string }[] {
  const match = matchExpression(query);
  if (!match) return [];
  return openDatabase()
    .prepare(
      `SELECT a.id, m.event_id AS eventId, a.title, snippet(archive_fts, 1, '', '', '…', 12) AS snippet
       FROM archive_fts f JOIN archive_articles a ON a.seq = f.rowid LEFT JOIN archive_memberships m ON m.article_id = a.id
       WHERE archive_fts MATCH ? ORDER BY bm25(archive_fts, 3.0, 1.0) LIMIT ?`,
    )
    .all(match, limit) as { id: string; eventId: string | null; title: string; snippet: string }[];
}
