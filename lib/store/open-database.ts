import 'server-only';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

/** The data directory: `PARALLAX_DATA_DIR`, else `./data-store` (created when missing). */
export function dataDir(): string {
  // turbopackIgnore: a run-time path, not a file of the build (else the whole project is traced).
  return resolve(/* turbopackIgnore: true */ process.env.PARALLAX_DATA_DIR ?? 'data-store');
}

const open = new Map<string, Database.Database>();

/**
 * The SQLite database of a data directory (`parallax.sqlite`), opened once per process:
 * WAL journal (readers never block the writer), `busy_timeout=5000` so concurrent
 * writers from other processes wait instead of failing, `synchronous=FULL` so an
 * acknowledged write survives a crash or power loss. The schema is brought up to date
 * on opening (migrations.ts).
 */
export function openDatabase(dir: string = dataDir()): Database.Database {
  const existing = open.get(dir);
  if (existing?.open) return existing;
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, 'parallax.sqlite'), { timeout: 5000 });
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  open.set(dir, db);
  return db;
}

/** Closes every database this process opened (tests, shutdown). */
export function closeDatabases(): void {
  for (const db of open.values()) if (db.open) db.close();
  open.clear();
}
