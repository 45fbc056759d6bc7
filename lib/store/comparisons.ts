import 'server-only';
import { z } from 'zod';
import { Analysis } from '../schema/analysis';
import { CanonicalInputs, ComparisonId } from '../schema/comparison-input';
import { openDatabase } from './open-database';

/** A stored comparison, validated on read. */
export interface StoredComparison {
  id: string;
  createdAt: string;
  analyzerVersion: string;
  inputs: CanonicalInputs;
  analysis: Analysis;
}

const json = z.string().transform((s, ctx) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not JSON' });
    return z.NEVER;
  }
});

/** A row of the `comparisons` table, parsed at the boundary. */
const Row = z
  .object({
    id: ComparisonId,
    created_at: z.iso.datetime(),
    analyzer_version: z.string().min(1),
    inputs: json.pipe(CanonicalInputs),
    analysis: json.pipe(Analysis),
  })
  .transform(
    (r): StoredComparison => ({
      id: r.id,
      createdAt: r.created_at,
      analyzerVersion: r.analyzer_version,
      inputs: r.inputs,
      analysis: r.analysis,
    }),
  );

/** A stored row that does not match the schema (corruption, or an incompatible old format). */
export class StoreCorruptError extends Error {
  constructor(id: string, detail: string) {
    super(`stored comparison ${id} is unreadable: ${detail}`);
    this.name = 'StoreCorruptError';
  }
}

/**
 * Stores a comparison unless its id is already there (`ON CONFLICT DO NOTHING`: the first
 * write wins, nothing stored is ever changed). Returns whether this call created it.
 */
export function putComparison(entry: Omit<StoredComparison, 'createdAt'> & { createdAt?: string }): { created: boolean } {
  return putComparisonJson({ ...entry, inputsJson: JSON.stringify(entry.inputs), analysisJson: JSON.stringify(entry.analysis) });
}

/**
 * `putComparison` with the inputs and the analysis already serialised (the analysis thread
 * sends JSON text, which is stored as is: the request thread never serialises them).
 */
export function putComparisonJson(entry: {
  id: string;
  analyzerVersion: string;
  inputsJson: string;
  analysisJson: string;
  createdAt?: string;
}): { created: boolean } {
  const db = openDatabase();
  const info = db
    .prepare(
      `INSERT INTO comparisons (id, created_at, analyzer_version, inputs, analysis)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
    )
    .run(
      entry.id,
      entry.createdAt ?? new Date().toISOString(),
      entry.analyzerVersion,
      entry.inputsJson,
      entry.analysisJson,
    );
  return { created: info.changes === 1 };
}

/** True when a comparison with this id is stored. */
export function hasComparison(id: string): boolean {
  return openDatabase().prepare('SELECT 1 FROM comparisons WHERE id = ?').get(id) !== undefined;
}

/**
 * The stored comparison, or null when unknown.
 * @throws StoreCorruptError when the row fails validation.
 */
export function getComparison(id: string): StoredComparison | null {
  const row: unknown = openDatabase()
    .prepare('SELECT id, created_at, analyzer_version, inputs, analysis FROM comparisons WHERE id = ?')
    .get(id);
  if (row === undefined) return null;
  const parsed = Row.safeParse(row);
  if (!parsed.success) throw new StoreCorruptError(id, parsed.error.issues[0]?.message ?? 'invalid row');
  return parsed.data;
}
