// The pool thread's entry. Bundled at build time into `<distDir>/parallax-worker.mjs`
// (scripts/build-worker.mjs, run by `next build`): production runs no compiler.
import { runTask, type WorkerTask } from './tasks';
import { currentThreadId } from './thread-cpu';
import { SLOT } from './task-slot';

const tid = currentThreadId();

/** Piscina calls this for each task: records the thread id in the task's slot, then works. */
export default function work(task: WorkerTask): ReturnType<typeof runTask> {
  if (task.slot) Atomics.store(task.slot, SLOT.tid, tid);
  return runTask(task);
}
