import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getComparison, putComparison, StoreCorruptError } from '../../lib/store/comparisons';
import { comparisonId } from '../../lib/store/content-address';
import { closeDatabases, openDatabase } from '../../lib/store/open-database';
import { sampleAnalysis, sampleInputs, tempDataDir } from './fixtures';

describe('comparison store', () => {
  beforeAll(() => {
    process.env.PARALLAX_DATA_DIR = tempDataDir();
  });
  afterAll(() => closeDatabases());

  it('opens the database in WAL mode with busy_timeout and synchronous=FULL', () => {
    const db = openDatabase();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('stores once and keeps the first write when the same id is written again', () => {
    const inputs = sampleInputs('idempotent');
    const id = comparisonId(inputs);
    expect(putComparison({ id, analyzerVersion: '1', inputs, analysis: sampleAnalysis() })).toEqual({ created: true });
    expect(putComparison({ id, analyzerVersion: '2', inputs, analysis: { ...sampleAnalysis(), version: 'x' } })).toEqual({ created: false });
    const stored = getComparison(id);
    expect(stored?.analyzerVersion).toBe('1');
    expect(stored?.analysis.version).toBe('test');
    expect(stored?.inputs).toEqual(inputs);
  });

  it('answers null for an unknown id', () => {
    expect(getComparison('AAAAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
  });

  it('refuses a row that fails validation on read', () => {
    const id = 'BBBBBBBBBBBBBBBBBBBBBBBB';
    openDatabase()
      .prepare('INSERT INTO comparisons (id, created_at, analyzer_version, inputs, analysis) VALUES (?, ?, ?, ?, ?)')
      .run(id, new Date().toISOString(), '1', JSON.stringify(sampleInputs('x')), '{"version":3}');
    expect(() => getComparison(id)).toThrow(StoreCorruptError);
  });
});
