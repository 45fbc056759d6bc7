import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { getComparison } from '../../lib/store/comparisons';
import { comparisonId } from '../../lib/store/content-address';
import { SCHEMA_VERSION, StoreVersionError } from '../../lib/store/migrations';
import { closeDatabases, openDatabase } from '../../lib/store/open-database';
import { sampleAnalysis, sampleInputs, tempDataDir } from './fixtures';

/** A store exactly as the permalink store was written before schema versions (user_version 0). */
function legacyStore(dir: string, ids: string[]): void {
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, 'parallax.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS comparisons (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, analyzer_version TEXT NOT NULL, inputs TEXT NOT NULL, analysis TEXT NOT NULL) STRICT;`);
  const insert = db.prepare('INSERT INTO comparisons (id, created_at, analyzer_version, inputs, analysis) VALUES (?, ?, ?, ?, ?)');
  ids.forEach((tag, i) => {
    const inputs = sampleInputs(tag);
    insert.run(comparisonId(inputs), `2026-01-0${i + 1}T00:00:00.000Z`, 'old-1', JSON.stringify(inputs), JSON.stringify(sampleAnalysis()));
  });
  db.close();
}

describe('store migrations', () => {
  afterEach(() => closeDatabases());

  it('brings a store made before schema versions to the current version and keeps every comparison', () => {
    const dir = tempDataDir();
    legacyStore(dir, ['one', 'two', 'three']);
    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(2);
    process.env.PARALLAX_DATA_DIR = dir;
    for (const tag of ['one', 'two', 'three']) {
      const stored = getComparison(comparisonId(sampleInputs(tag)));
      expect(stored?.analyzerVersion).toBe('old-1');
      expect(stored?.inputs).toEqual(sampleInputs(tag));
    }
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['archive_articles', 'archive_analyses', 'archive_events', 'archive_fts', 'archive_memberships', 'comparisons']));
  });

  it('opens an up-to-date store again without changing it', () => {
    const dir = tempDataDir();
    openDatabase(dir);
    closeDatabases();
    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  it('refuses a store written by a newer Parallax', () => {
    const dir = tempDataDir();
    legacyStore(dir, ['x']);
    const raw = new Database(join(dir, 'parallax.sqlite'));
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(dir)).toThrow(StoreVersionError);
  });
});
