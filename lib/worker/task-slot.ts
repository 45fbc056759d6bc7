import { ownCpuTicks } from './thread-cpu';

/**
 * A task's shared slot: a few 32-bit cells the worker thread writes as it goes and the main
 * thread reads while the task runs (a SharedArrayBuffer, so no message is needed while the
 * worker is busy with synchronous work). Used for the CPU-time budget: which OS thread runs
 * the task, which phase it is in, and which article it is reading.
 */
export const SLOT = {
  /** OS thread id of the worker running the task; 0 while queued, -1 when unknown (no /proc). */
  tid: 0,
  /** Current phase (see PHASE). */
  phase: 1,
  /** Index of the article being read (extraction phase). */
  article: 2,
  /** The thread's CPU time (clock ticks) when the current step (an article's reading, the analysis) began; -1 when unknown. */
  phaseCpuTicks: 3,
  length: 4,
} as const;

/** `store`: the analysis is being written to the database (no CPU budget: a write is never cut off). */
export const PHASE = { queued: 0, extract: 1, analyse: 2, store: 3 } as const;
export type Phase = (typeof PHASE)[keyof typeof PHASE];

export function newSlot(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(SLOT.length * Int32Array.BYTES_PER_ELEMENT));
}

/**
 * Worker side: marks the step the task is in now — reading article `article`, or analysing —
 * with the thread's CPU time at that moment. Each article read has its own budget, and so
 * has the analysis.
 */
export function markPhase(slot: Int32Array | undefined, phase: Phase, article = 0): void {
  if (!slot) return;
  Atomics.store(slot, SLOT.phaseCpuTicks, ownCpuTicks());
  Atomics.store(slot, SLOT.article, article);
  Atomics.store(slot, SLOT.phase, phase);
}
