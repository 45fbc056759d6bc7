import 'server-only';
import { z } from 'zod';
import { assignArticles, DEFAULT_PARAMS, FeatureStats, type ClusterArticle, type ClusterEvent, type ClusterParams } from '../archive/cluster';
import { eventEntityIndex, summarizeEvent, type SummaryMember } from '../archive/summary';
import { ArticleEntity } from '../schema/analysis';
import { ArchiveEntry, ArchiveEvent, ArchiveFeatures, ArchiveOutletSpan, type EventArticle } from '../schema/archive';
import { openDatabase } from './open-database';

const json = z.string().transform((s, ctx) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not JSON' });
    return z.NEVER;
  }
});

/** A stored archive row that fails its schema. */
export class ArchiveCorruptError extends Error {
  constructor(what: string, detail: string) {
    super(`stored ${what} is unreadable: ${detail}`);
    this.name = 'ArchiveCorruptError';
  }
}

function parseRow<T>(schema: z.ZodType<T>, row: unknown, what: string): T {
  const parsed = schema.safeParse(row);
  if (!parsed.success) throw new ArchiveCorruptError(what, parsed.error.issues[0]?.message ?? 'invalid row');
  return parsed.data;
}

/** True when a file with these bytes (sha256 hex) was read into the archive before. */
export function hasArchiveFile(sha: string): boolean {
  return openDatabase().prepare('SELECT 1 FROM archive_files WHERE sha = ?').get(sha) !== undefined;
}

/**
 * Stores one read and analysed file in its own transaction: the article (unless its content
 * id is stored: the first copy wins), its analysis and features, its full-text entry (the
 * index rows the ingest thread computed), and the file's hash. The entry is validated here
 * (it comes from another thread as JSON). Returns whether the article is new. Nothing
 * stored is changed.
 */
export function putArchiveEntry(input: unknown, addedAt = new Date().toISOString()): { created: boolean } {
  const entry = ArchiveEntry.parse(input);
  const db = openDatabase();
  return db
    .transaction(() => {
      const { article } = entry;
      const info = db
        .prepare(
          `INSERT INTO archive_articles (id, source_path, content, outlet_id, outlet_name, outlet_english, title, published_at, language, added_at, article)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
        )
        .run(
          article.id,
          entry.sourcePath,
          entry.content,
          article.outlet.id,
          article.outlet.name,
          article.outlet.english,
          article.title,
          article.publishedAt,
          article.language,
          addedAt,
          JSON.stringify(article),
        );
      if (info.changes === 1) {
        db.prepare('INSERT INTO archive_analyses (article_id, analyzer_version, analysis, features) VALUES (?, ?, ?, ?)').run(
          article.id,
          entry.analyzerVersion,
          JSON.stringify(entry.analysis),
          JSON.stringify(entry.features),
        );
        db.prepare('INSERT INTO archive_fts (rowid, title, body) VALUES (?, ?, ?)').run(info.lastInsertRowid, entry.index.title, entry.index.body);
      }
      db.prepare('INSERT INTO archive_files (sha, article_id) VALUES (?, ?) ON CONFLICT(sha) DO NOTHING').run(entry.sha, article.id);
      return { created: info.changes === 1 };
    })
    .immediate();
}

const FeatureRow = z.object({
  id: z.string(),
  outlet_id: z.string(),
  features: json.pipe(ArchiveFeatures),
  event_id: z.string().nullable(),
  duplicate_of: z.string().nullable(),
});

const DAY_MS = 86_400_000;

/**
 * Event detection over the articles not yet in an event (all of them the first time):
 * each joins an event within the window or opens one (lib/archive/cluster.ts), in one
 * transaction; the summaries of the events it touched are rewritten. Existing memberships
 * never move. Returns counts.
 */
export function clusterPending(params: ClusterParams = DEFAULT_PARAMS): { assigned: number; opened: number; duplicates: number; events: number } {
  const db = openDatabase();
  return db
    .transaction(() => {
      const rows = db
        .prepare(
          `SELECT a.id, a.outlet_id, n.features, m.event_id, m.duplicate_of FROM archive_articles a
           JOIN archive_analyses n ON n.article_id = a.id
           LEFT JOIN archive_memberships m ON m.article_id = a.id ORDER BY a.seq`,
        )
        .all()
        .map((r) => parseRow(FeatureRow, r, 'article features'));
      const stats = new FeatureStats();
      for (const r of rows) stats.add(r.features);
      const pending: ClusterArticle[] = [];
      const members = new Map<string, ClusterArticle[]>();
      for (const r of rows) {
        const a = { id: r.id, outletId: r.outlet_id, features: r.features, duplicateOf: r.duplicate_of };
        if (r.event_id === null) pending.push(a);
        else members.set(r.event_id, [...(members.get(r.event_id) ?? []), a]);
      }
      if (pending.length === 0) return { assigned: 0, opened: 0, duplicates: 0, events: members.size };
      // Only events near the new articles in time can take them.
      const times = pending.map((a) => a.features.time).filter((t): t is number => t !== null);
      const lo = Math.min(...times) - (params.windowDays + 1) * DAY_MS;
      const hi = Math.max(...times) + (params.windowDays + 1) * DAY_MS;
      const anyUnknown = times.length < pending.length;
      const existing: ClusterEvent[] = [];
      for (const [id, list] of members) {
        const ts = list.map((a) => a.features.time).filter((t): t is number => t !== null);
        const near = anyUnknown || ts.length === 0 || (Math.max(...ts) >= lo && Math.min(...ts) <= hi);
        if (near) existing.push({ id, members: list });
      }
      const assignments = assignArticles(existing, pending, stats, params);
      const insert = db.prepare('INSERT INTO archive_memberships (article_id, event_id, duplicate_of) VALUES (?, ?, ?)');
      for (const a of assignments) insert.run(a.articleId, a.eventId, a.duplicateOf);
      const touched = new Set(assignments.map((a) => a.eventId));
      for (const id of touched) writeSummary(id, stats, params);
      const total = (db.prepare('SELECT count(*) AS n FROM archive_events').get() as { n: number }).n;
      return {
        assigned: assignments.length,
        opened: assignments.filter((a) => a.opened).length,
        duplicates: assignments.filter((a) => a.duplicateOf !== null).length,
        events: total,
      };
    })
    .immediate();
}

const MemberRow = z.object({
  id: z.string(),
  outlet_id: z.string(),
  outlet_name: z.string(),
  outlet_english: z.string(),
  title: z.string(),
  published_at: z.string().nullable(),
  duplicate_of: z.string().nullable(),
  features: json.pipe(ArchiveFeatures),
  analysis: json.pipe(z.object({ entities: z.array(ArticleEntity) })),
});

/** Rewrites an event's summary and filter rows from its members (deletes it when it has none). */
function writeSummary(eventId: string, stats: FeatureStats, params: ClusterParams): void {
  const db = openDatabase();
  const members: SummaryMember[] = db
    .prepare(
      `SELECT a.id, a.outlet_id, a.outlet_name, a.outlet_english, a.title, a.published_at, m.duplicate_of, n.features, n.analysis
       FROM archive_memberships m JOIN archive_articles a ON a.id = m.article_id JOIN archive_analyses n ON n.article_id = a.id
       WHERE m.event_id = ? ORDER BY a.published_at, a.id`,
    )
    .all(eventId)
    .map((r) => parseRow(MemberRow, r, `member of event ${eventId}`))
    .map((r) => ({
      id: r.id,
      outlet: { id: r.outlet_id, name: r.outlet_name, english: r.outlet_english },
      title: r.title,
      publishedAt: r.published_at,
      duplicateOf: r.duplicate_of,
      features: r.features,
      entities: r.analysis.entities,
    }));
  db.prepare('DELETE FROM archive_event_outlets WHERE event_id = ?').run(eventId);
  db.prepare('DELETE FROM archive_event_entities WHERE event_id = ?').run(eventId);
  if (members.length === 0) {
    db.prepare('DELETE FROM archive_events WHERE id = ?').run(eventId);
    return;
  }
  const summary = ArchiveEvent.parse(summarizeEvent(eventId, members, stats, params));
  db.prepare(
    `INSERT INTO archive_events (id, title, first_at, last_at, accounts, outlet_count, summary) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_at = excluded.first_at, last_at = excluded.last_at,
       accounts = excluded.accounts, outlet_count = excluded.outlet_count, summary = excluded.summary`,
  ).run(eventId, summary.title, summary.firstAt, summary.lastAt, summary.accounts, summary.outlets.length, JSON.stringify(summary));
  const outlet = db.prepare('INSERT INTO archive_event_outlets (event_id, outlet_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
  for (const o of summary.outlets) outlet.run(eventId, o.id);
  const entity = db.prepare('INSERT INTO archive_event_entities (event_id, entity_id, name, english) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  for (const e of eventEntityIndex(members)) entity.run(eventId, e.id, e.name, e.english);
}

/** Feature statistics of the whole archive (for summaries rewritten outside clustering). */
function archiveStatsTable(): FeatureStats {
  const stats = new FeatureStats();
  for (const r of openDatabase().prepare('SELECT features FROM archive_analyses').all())
    stats.add(parseRow(z.object({ features: json.pipe(ArchiveFeatures) }), r, 'features').features);
  return stats;
}

/**
 * Removes articles by content id or source path (every article read from that path) with
 * their analyses, index entries, files and memberships; copies of a removed article become
 * independent; the events they were in are summarised again (or dropped when empty).
 * Returns the removed ids.
 */
export function removeArchiveArticles(keys: readonly string[], params: ClusterParams = DEFAULT_PARAMS): string[] {
  const db = openDatabase();
  return db
    .transaction(() => {
      const rows = new Map<string, { seq: number; event: string | null }>();
      const find = db.prepare(
        'SELECT a.id, a.seq, m.event_id FROM archive_articles a LEFT JOIN archive_memberships m ON m.article_id = a.id WHERE a.id = ? OR a.source_path = ?',
      );
      for (const key of keys) {
        for (const r of find.all(key, key) as { id: string; seq: number; event_id: string | null }[]) rows.set(r.id, { seq: r.seq, event: r.event_id });
      }
      const events = new Set<string>();
      for (const [id, r] of rows) {
        db.prepare('DELETE FROM archive_fts WHERE rowid = ?').run(r.seq);
        db.prepare('UPDATE archive_memberships SET duplicate_of = NULL WHERE duplicate_of = ?').run(id);
        db.prepare('DELETE FROM archive_articles WHERE id = ?').run(id);
        if (r.event) events.add(r.event);
      }
      if (events.size > 0) {
        const stats = archiveStatsTable();
        for (const e of events) writeSummary(e, stats, params);
      }
      return [...rows.keys()];
    })
    .immediate();
}

const EventRow = z.object({ summary: json.pipe(ArchiveEvent) });
const ArticleRow = z.object({
  id: z.string(),
  source_path: z.string(),
  outlet_id: z.string(),
  outlet_name: z.string(),
  outlet_english: z.string(),
  title: z.string(),
  published_at: z.string().nullable(),
  language: z.string(),
  duplicate_of: z.string().nullable(),
});

function toEventArticle(r: z.infer<typeof ArticleRow>): EventArticle {
  return {
    id: r.id,
    source: r.source_path,
    outlet: { id: r.outlet_id, name: r.outlet_name, english: r.outlet_english },
    title: r.title,
    publishedAt: r.published_at,
    language: r.language,
    duplicateOf: r.duplicate_of,
  };
}

const ARTICLE_COLUMNS = 'a.id, a.source_path, a.outlet_id, a.outlet_name, a.outlet_english, a.title, a.published_at, a.language, m.duplicate_of';

/** The articles of an event, in publication order. */
export function eventArticles(eventId: string): EventArticle[] {
  return openDatabase()
    .prepare(`SELECT ${ARTICLE_COLUMNS} FROM archive_memberships m JOIN archive_articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY a.published_at, a.id`)
    .all(eventId)
    .map((r) => toEventArticle(parseRow(ArticleRow, r, 'article')));
}

/** An event's summary, or null when unknown. */
export function getArchiveEvent(eventId: string): ArchiveEvent | null {
  const row = openDatabase().prepare('SELECT summary FROM archive_events WHERE id = ?').get(eventId);
  return row === undefined ? null : parseRow(EventRow, row, `event ${eventId}`).summary;
}

/** Every event (newest first) with its articles: `archive events --json`. */
export function allEvents(): (ArchiveEvent & { articles: EventArticle[] })[] {
  const db = openDatabase();
  const byEvent = new Map<string, EventArticle[]>();
  for (const r of db
    .prepare(`SELECT m.event_id, ${ARTICLE_COLUMNS} FROM archive_memberships m JOIN archive_articles a ON a.id = m.article_id ORDER BY a.published_at, a.id`)
    .all() as ({ event_id: string } & Record<string, unknown>)[]) {
    const list = byEvent.get(r.event_id) ?? [];
    list.push(toEventArticle(parseRow(ArticleRow, r, 'article')));
    byEvent.set(r.event_id, list);
  }
  return db
    .prepare('SELECT summary FROM archive_events ORDER BY last_at DESC, id')
    .all()
    .map((r) => parseRow(EventRow, r, 'event').summary)
    .map((e) => ({ ...e, articles: byEvent.get(e.id) ?? [] }));
}

/** Every stored article with its event (`archive list`), in the order they were added. */
export function listArchiveArticles(): (EventArticle & { eventId: string | null; addedAt: string })[] {
  return openDatabase()
    .prepare(`SELECT ${ARTICLE_COLUMNS}, m.event_id, a.added_at FROM archive_articles a LEFT JOIN archive_memberships m ON m.article_id = a.id ORDER BY a.seq`)
    .all()
    .map((r) => {
      const row = parseRow(ArticleRow.extend({ event_id: z.string().nullable(), added_at: z.string() }), r, 'article');
      return { ...toEventArticle(row), eventId: row.event_id, addedAt: row.added_at };
    });
}

/** Counts of the archive (`archive stats`). */
export function archiveCounts() {
  const db = openDatabase();
  const one = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  const span = db.prepare('SELECT min(published_at) AS first, max(published_at) AS last FROM archive_articles').get() as { first: string | null; last: string | null };
  const languages: Record<string, number> = {};
  for (const r of db.prepare('SELECT language, count(*) AS n FROM archive_articles GROUP BY language ORDER BY language').all() as { language: string; n: number }[])
    languages[r.language] = r.n;
  return {
    articles: one('SELECT count(*) AS n FROM archive_articles'),
    unclustered: one('SELECT count(*) AS n FROM archive_articles a LEFT JOIN archive_memberships m ON m.article_id = a.id WHERE m.article_id IS NULL'),
    events: one('SELECT count(*) AS n FROM archive_events'),
    multiOutletEvents: one('SELECT count(*) AS n FROM archive_events WHERE outlet_count >= 2'),
    duplicates: one('SELECT count(*) AS n FROM archive_memberships WHERE duplicate_of IS NOT NULL'),
    outlets: one('SELECT count(DISTINCT outlet_id) AS n FROM archive_articles'),
    languages,
    firstAt: span.first,
    lastAt: span.last,
  };
}

/** The outlets of the archive with their article counts and the span of their articles, most articles first. */
export function archiveOutlets(): ArchiveOutletSpan[] {
  return openDatabase()
    .prepare(
      `SELECT outlet_id AS id, outlet_name AS name, outlet_english AS english, count(*) AS articles,
              min(published_at) AS firstAt, max(published_at) AS lastAt
       FROM archive_articles GROUP BY outlet_id ORDER BY articles DESC, outlet_id`,
    )
    .all()
    .map((o) => ArchiveOutletSpan.parse(o));
}

/** The stored decoded content of articles, by id (to build an event's comparison). */
export function archiveContents(ids: readonly string[]): Map<string, { content: string; source: string }> {
  const stmt = openDatabase().prepare('SELECT content, source_path FROM archive_articles WHERE id = ?');
  const out = new Map<string, { content: string; source: string }>();
  for (const id of ids) {
    const r = stmt.get(id) as { content: string; source_path: string } | undefined;
    if (r) out.set(id, { content: r.content, source: r.source_path });
  }
  return out;
}
