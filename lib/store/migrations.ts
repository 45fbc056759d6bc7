import type Database from 'better-sqlite3';

/**
 * The store's schema, one entry per version (`PRAGMA user_version`). A store made by an
 * older Parallax is brought up to date when opened, each step in one transaction; no step
 * changes or drops what an earlier one stored. Version 1 is the permalink store as it was
 * before versions were numbered (its `CREATE … IF NOT EXISTS` also fits such a store).
 */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE IF NOT EXISTS comparisons (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  analyzer_version TEXT NOT NULL,
  inputs TEXT NOT NULL,
  analysis TEXT NOT NULL
) STRICT;`,
  },
  {
    // Archive mode (lib/store/archive.ts): articles and their analyses keyed by content id,
    // the files already read, a full-text index, and the detected events.
    version: 2,
    sql: `
CREATE TABLE archive_articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source_path TEXT NOT NULL,
  content TEXT NOT NULL,
  outlet_id TEXT NOT NULL,
  outlet_name TEXT NOT NULL,
  outlet_english TEXT NOT NULL,
  title TEXT NOT NULL,
  published_at TEXT,
  language TEXT NOT NULL,
  added_at TEXT NOT NULL,
  article TEXT NOT NULL
) STRICT;
CREATE INDEX archive_articles_published ON archive_articles (published_at);
CREATE INDEX archive_articles_outlet ON archive_articles (outlet_id);
CREATE TABLE archive_analyses (
  article_id TEXT PRIMARY KEY REFERENCES archive_articles (id) ON DELETE CASCADE,
  analyzer_version TEXT NOT NULL,
  analysis TEXT NOT NULL,
  features TEXT NOT NULL
) STRICT;
CREATE TABLE archive_files (
  sha TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES archive_articles (id) ON DELETE CASCADE
) STRICT;
CREATE INDEX archive_files_article ON archive_files (article_id);
CREATE VIRTUAL TABLE archive_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE archive_events (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  first_at TEXT,
  last_at TEXT,
  accounts INTEGER NOT NULL,
  outlet_count INTEGER NOT NULL,
  summary TEXT NOT NULL
) STRICT;
CREATE INDEX archive_events_last ON archive_events (last_at);
CREATE TABLE archive_memberships (
  article_id TEXT PRIMARY KEY REFERENCES archive_articles (id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  duplicate_of TEXT
) STRICT;
CREATE INDEX archive_memberships_event ON archive_memberships (event_id);
CREATE TABLE archive_event_outlets (
  event_id TEXT NOT NULL,
  outlet_id TEXT NOT NULL,
  PRIMARY KEY (event_id, outlet_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX archive_event_outlets_outlet ON archive_event_outlets (outlet_id);
CREATE TABLE archive_event_entities (
  event_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  english TEXT NOT NULL,
  PRIMARY KEY (event_id, entity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX archive_event_entities_entity ON archive_event_entities (entity_id);
CREATE INDEX archive_event_entities_name ON archive_event_entities (name);
CREATE INDEX archive_event_entities_english ON archive_event_entities (english COLLATE NOCASE);`,
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** A store written by a newer Parallax: refused rather than misread. */
export class StoreVersionError extends Error {
  constructor(found: number) {
    super(`the store has schema version ${found}, newer than this Parallax (${SCHEMA_VERSION}); upgrade Parallax`);
    this.name = 'StoreVersionError';
  }
}

/**
 * Brings the database up to SCHEMA_VERSION: each missing step in its own immediate
 * transaction (another process migrating at the same moment waits, then finds it done).
 */
export function migrate(db: Database.Database): void {
  for (const step of MIGRATIONS) {
    db.transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current > SCHEMA_VERSION) throw new StoreVersionError(current);
      if (current >= step.version) return;
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
}
