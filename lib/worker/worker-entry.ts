// The pool thread's entry. Bundled at build time into `<distDir>/parallax-worker.mjs`
// (scripts/build-worker.mjs, run by `next build`): production runs no compiler.
import { runTask, type WorkerTask } from './tasks';
import { currentThreadId } from './thread-cpu';
import { markPhase, PHASE, SLOT } from './task-slot';
import { warmAnalyzer } from './warm';

const tid = currentThreadId();

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
