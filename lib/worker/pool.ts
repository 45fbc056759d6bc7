import 'server-only';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { CanonicalInputs } from '../schema/comparison-input';
import type { AnalyzeResult } from './analyze-task';

/** The pool's queue is full: the route answers 503 with `Retry-After`. */
export class BusyError extends Error {
  readonly retryAfterSeconds = 10;
  constructor() {
    super('the analyzer is busy: too many comparisons queued, try again shortly');
    this.name = 'BusyError';
  }
}

/** A task ran past its time limit; its thread was terminated. */
export class TaskTimeoutError extends Error {
  constructor(ms: number) {
    super(`the analysis took longer than ${Math.round(ms / 1000)} s and was stopped`);
    this.name = 'TaskTimeoutError';
  }
}

/** Pool settings: at most 16 tasks waiting, 120 s per task (env `PARALLAX_TASK_TIMEOUT_MS`). */
export const POOL = {
  maxQueue: 16,
  maxThreads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  taskTimeoutMs: Number(process.env.PARALLAX_TASK_TIMEOUT_MS ?? 120_000),
};

let pool: Piscina<CanonicalInputs, AnalyzeResult> | null = null;

/**
 * The worker pool, created on first use. The worker file is a plain `.mjs` resolved from
 * the working directory (not bundled by Next), which imports the TypeScript pipeline
 * through tsx.
 */
function getPool(): Piscina<CanonicalInputs, AnalyzeResult> {
  pool ??= new Piscina<CanonicalInputs, AnalyzeResult>({
    filename: join(process.cwd(), 'lib/worker/analyze-worker.mjs'),
    execArgv: ['--conditions=react-server'],
    maxThreads: POOL.maxThreads,
    minThreads: 1,
    maxQueue: POOL.maxQueue,
    idleTimeout: 60_000,
  });
  return pool;
}

/**
 * Runs the analysis of canonical inputs on a pool thread.
 * @throws BusyError when the queue is full, TaskTimeoutError past the time limit.
 */
export async function analyzeInWorker(inputs: CanonicalInputs): Promise<AnalyzeResult> {
  const p = getPool();
  if (p.queueSize >= POOL.maxQueue) throw new BusyError();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), POOL.taskTimeoutMs);
  try {
    return await p.run(inputs, { signal: controller.signal });
  } catch (e) {
    if (controller.signal.aborted) throw new TaskTimeoutError(POOL.taskTimeoutMs);
    if (e instanceof Error && /queue is at limit/i.test(e.message)) throw new BusyError();
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** Stops the pool's threads (tests, shutdown). */
export async function closePool(): Promise<void> {
  const p = pool;
  pool = null;
  if (p) await p.close({ force: true });
}
