import 'server-only';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { ADMISSION_KEY, type Admission } from '../http/pool-admission.mjs';
import { LIMITS } from '../schema/comparison-input';
import { newSlot, PHASE, SLOT } from './task-slot';
import type { TaskResult, WorkerTask } from './tasks';
import { TICK_MS, threadCpuTicks } from './thread-cpu';

/** The file `next build` writes the bundled worker to, inside the build directory. */
export const WORKER_BUNDLE = 'parallax-worker.mjs';

const envNumber = (name: string, fallback: number): number => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * Pool settings (see docs/api.md, "Limits and bounds"). One thread per core
 * (`PARALLAX_WORKERS`); the request handling on the main thread is light, every parse and
 * analysis runs on a thread. Each task has CPU-time budgets, measured on its own thread:
 * reading each article (decode, format detection, extraction) and analysing them; past a
 * budget the thread is terminated and replaced and the request gets 422 naming the limit.
 */
export const POOL = {
  threads: Math.floor(envNumber('PARALLAX_WORKERS', Math.max(1, Math.min(8, availableParallelism())))),
  /** Requests admitted beyond the running ones; past this a request gets 503 before its body is read. */
  maxQueue: Math.floor(envNumber('PARALLAX_MAX_QUEUE', 16)),
  /** CPU ms for reading one article (decode, format detection, extraction): a 1.4 MB page takes 0.3–0.45 s. */
  extractBudgetMs: envNumber('PARALLAX_EXTRACT_BUDGET_MS', 3_000),
  /** CPU ms for an analysis: a base plus an allowance per thousand characters of article text. */
  analysisBaseMs: envNumber('PARALLAX_ANALYSIS_BUDGET_MS', 10_000),
  analysisPerKiloCharMs: 20,
  /** V8 heap of one thread (MiB); a task past it ends its thread like a budget does. */
  heapMb: envNumber('PARALLAX_WORKER_HEAP_MB', 2048),
};

/** The CPU-time budget of the analysis phase for `chars` characters of article text. */
export function analysisBudgetMs(chars: number): number {
  return Math.round(POOL.analysisBaseMs + (chars / 1000) * POOL.analysisPerKiloCharMs);
}

/** No room for another request: the route answers 503 with `Retry-After` before reading the body. */
export class BusyError extends Error {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('the analyzer is busy: too many requests in progress, try again shortly');
    this.name = 'BusyError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** A task went past a budget (CPU time or memory); its thread was terminated and replaced. The route answers 422. */
export class BudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BudgetError';
  }
}

// ---------------------------------------------------------------------------------------
// Admission: a request takes a ticket before it reads its body; tickets are bounded.

let admitted = 0;
/** Tasks the pool has run to an answer (analyses among them), and tasks stopped past a budget (tests, bench). */
const counts = { completed: 0, analyses: 0, stopped: 0 };
/** Recent task durations (ms, moving average), for the `Retry-After` estimate. */
let averageTaskMs = 1_000;

/** Seconds until a place is likely free: the admitted work spread over the threads. */
function retryAfterSeconds(): number {
  return Math.min(60, Math.max(1, Math.ceil((admitted / POOL.threads) * (averageTaskMs / 1000))));
}

/** A place in the pool, held from before a request's body is read until its work is done. */
export interface Ticket {
  release(): void;
}

/**
 * Takes a place for a request that will run work on the pool, before anything of it is read.
 * @throws BusyError when every running and queued place is taken.
 */
export function admit(): Ticket {
  if (admitted >= POOL.threads + POOL.maxQueue) throw new BusyError(retryAfterSeconds());
  admitted++;
  let held = true;
  return {
    release() {
      if (held) admitted--;
      held = false;
    },
  };
}

/**
 * The admission check, published for the plain HTTP server in front of Next
 * (scripts/serve.mjs, lib/http/pool-admission.mjs): while every place is taken it answers a
 * pool route's POST 503 itself, before Next routes the request or anything of its body is
 * read. Published when this module first loads (the first request to a pool route); until
 * then Next's route answers.
 */
(globalThis as { [ADMISSION_KEY]?: Admission })[ADMISSION_KEY] = {
  refusal() {
    if (admitted < POOL.threads + POOL.maxQueue) return null;
    const busy = new BusyError(retryAfterSeconds());
    return { status: 503, message: busy.message, retryAfterSeconds: busy.retryAfterSeconds };
  },
  warm: () => warmPool(),
};

/** Places taken now, tasks completed (analyses among them) and tasks stopped past a budget (tests, bench). */
export function poolStats(): { admitted: number; completed: number; analyses: number; stopped: number } {
  return { admitted, ...counts };
}

// ---------------------------------------------------------------------------------------
// The pool and the CPU-time watch.

let pool: Piscina<WorkerTask, unknown> | null = null;

/**
 * The worker file: in production the bundle `next build` wrote (no compiler at run time);
 * elsewhere (`next dev`, unit tests) a loader that runs the TypeScript through tsx.
 */
export function workerFile(): string {
  const root = process.cwd();
  if (process.env.NODE_ENV === 'production') return join(root, process.env.NEXT_DIST_DIR ?? '.next', WORKER_BUNDLE);
  return join(root, 'lib/worker/analyze-worker.mjs');
}

function getPool(): Piscina<WorkerTask, unknown> {
  pool ??= new Piscina<WorkerTask, unknown>({
    filename: workerFile(),
    execArgv: ['--conditions=react-server'],
    minThreads: POOL.threads,
    maxThreads: POOL.threads,
    // Admission bounds the queue; the pool itself never refuses an admitted task.
    maxQueue: Infinity,
    idleTimeout: Infinity,
    resourceLimits: { maxOldGenerationSizeMb: POOL.heapMb },
  });
  return pool;
}

/** Starts the threads now (server start, bench warm-up) rather than on the first request. */
export function warmPool(): void {
  getPool();
}

interface Watched {
  slot: Int32Array;
  controller: AbortController;
  budgets: { extract: number; analyse: number };
  steps: number;
  /** When the task was first seen running (ms, performance clock). */
  startedAt: number | null;
  /** Why the watch stopped the task. */
  stopped: string | null;
  describe: (phase: number, article: number, budgetMs: number) => string;
}

const watched = new Set<Watched>();
let timer: NodeJS.Timeout | null = null;
const WATCH_MS = 50;

/** Checks every running task against its budget of the phase it is in. */
function watch(): void {
  const now = performance.now();
  for (const w of watched) {
    const tid = Atomics.load(w.slot, SLOT.tid);
    if (tid === 0) continue;
    w.startedAt ??= now;
    const phase = Atomics.load(w.slot, SLOT.phase);
    // The database write has no CPU budget: a thread is never stopped mid-write (the wall-time cap still holds).
    const budget = phase === PHASE.store ? Infinity : phase === PHASE.analyse ? w.budgets.analyse : w.budgets.extract;
    const cpu = threadCpuTicks(tid);
    // Set by the worker before the thread id (worker-entry.ts), so never the zero of a fresh slot.
    const phaseStart = Atomics.load(w.slot, SLOT.phaseCpuTicks);
    // CPU time of the phase when /proc can tell; else wall time since the task started.
    const used = cpu >= 0 && phaseStart >= 0 ? (cpu - phaseStart) * TICK_MS : now - w.startedAt;
    // A last resort where CPU time cannot be read or a thread is starved: wall time capped at 10× the budgets.
    const overWall = now - w.startedAt > 10 * (w.budgets.extract * w.steps + w.budgets.analyse);
    if (used > budget || overWall) {
      w.stopped = w.describe(phase, Atomics.load(w.slot, SLOT.article), budget);
      w.controller.abort(new BudgetError(w.stopped));
      watched.delete(w);
    }
  }
  if (watched.size === 0 && timer) {
    clearInterval(timer);
    timer = null;
  }
}

const seconds = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`);

/** Names of the task's articles, for messages (known before the thread parses the body only for analyses). */
function articleNames(task: WorkerTask): string[] | null {
  if ('inputs' in task) return task.inputs.articles.map((a) => a.name);
  return task.kind === 'event' ? task.files.map((f) => f.name) : null;
}

/** Whether the task analyses (and so has an analysis budget), not only reads a request. */
const analyses = (task: WorkerTask): boolean => 'inputs' in task || task.kind === 'event';

/** `article "a.html"` (or `article 3` before the names are known; `the request body` while it is parsed). */
function articleLabel(names: string[] | null, index: number): string {
  if (index < 0) return 'the request body';
  const name = names?.[index];
  return name === undefined ? `article ${index + 1}` : `article "${name}"`;
}

/**
 * Runs a task on a pool thread under its CPU-time budgets.
 * @throws BudgetError past a budget (CPU time or memory); the thread is replaced.
 */
export async function runTask<T extends WorkerTask>(task: T, options: { analysisChars?: number } = {}): Promise<TaskResult<T>> {
  const slot = newSlot();
  const names = articleNames(task);
  const analyse = analyses(task) ? analysisBudgetMs(options.analysisChars ?? 0) : 0;
  const w: Watched = {
    slot,
    controller: new AbortController(),
    budgets: { extract: POOL.extractBudgetMs, analyse },
    // Steps under the extraction budget: each article, and the body's parse.
    steps: (names?.length ?? LIMITS.maxArticles) + 1,
    startedAt: null,
    stopped: null,
    describe: (phase, article, budgetMs) =>
      phase === PHASE.analyse
        ? `the analysis went past its limit of ${seconds(budgetMs)} of CPU time and was stopped (the limit grows with the text: ${seconds(POOL.analysisBaseMs)} plus ${POOL.analysisPerKiloCharMs} ms per 1,000 characters)`
        : `${articleLabel(names, article)}: reading it went past the limit of ${seconds(budgetMs)} of CPU time per article and was stopped; ${article < 0 ? 'the body is too complex' : 'the page is too complex (save it again, simplify it or paste its text)'}`,
  };
  watched.add(w);
  timer ??= setInterval(watch, WATCH_MS).unref();
  const started = performance.now();
  try {
    // A request body moves to the thread (transferred, not copied).
    const transferList = 'raw' in task ? [task.raw.body.buffer] : undefined;
    const result = (await getPool().run({ ...task, slot }, { signal: w.controller.signal, transferList })) as TaskResult<T>;
    averageTaskMs = 0.8 * averageTaskMs + 0.2 * (performance.now() - started);
    counts.completed++;
    if (analyses(task)) counts.analyses++;
    return result;
  } catch (e) {
    if (w.stopped) {
      counts.stopped++;
      throw new BudgetError(w.stopped);
    }
    if (e instanceof Error && (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      counts.stopped++;
      throw new BudgetError(`the request went past the memory limit of ${POOL.heapMb} MiB of one analysis thread and was stopped`);
    }
    throw e;
  } finally {
    watched.delete(w);
  }
}

/** Stops the pool's threads (tests, shutdown). */
export async function closePool(): Promise<void> {
  const p = pool;
  pool = null;
  if (p) await p.destroy();
}
