// The pool thread's entry. Bundled at build time into `<distDir>/parallax-worker.mjs`
// (scripts/build-worker.mjs, run by `next build`): production runs no compiler.
import { setPriority } from 'node:os';
import { runTask, type WorkerTask } from './tasks';
import { currentThreadId } from './thread-cpu';
import { markPhase, PHASE, SLOT } from './task-slot';
import { warmAnalyzer } from './warm';

const tid = currentThreadId();

/**
 * Analysis threads run at a lower scheduling priority than the request thread (nice 10 by
 * default, `PARALLAX_WORKER_NICE`, 0 to keep the server's own): while both cores analyse,
 * the request thread still answers pages and stored comparisons at once. On Linux a thread id
 * given to setpriority() reprioritises that thread alone.
 */
const nice = Number(process.env.PARALLAX_WORKER_NICE ?? 10);
if (tid > 0 && Number.isInteger(nice) && nice > 0) {
  try {
    setPriority(tid, Math.min(19, nice));
  } catch {
    // Not permitted or not supported here: the thread keeps the server's priority.
  }
}

// When the thread starts (with the server), before its first task: the segmenter's dictionary,
// the gazetteers and the other tables are loaded here, not on the first request's clock.
warmAnalyzer();

/**
 * Piscina calls this for each task: marks the first step (with this thread's CPU time now)
 * and only then records the thread id in the task's slot — the pool starts watching a task
 * when it sees the id, so it must never see one without the step's starting CPU time (it
 * would charge the thread's whole past to the task). Then works.
 */
export default function work(task: WorkerTask): ReturnType<typeof runTask> {
  if (task.slot) {
    markPhase(task.slot, PHASE.extract, -1);
    Atomics.store(task.slot, SLOT.tid, tid);
  }
  return runTask(task);
}
