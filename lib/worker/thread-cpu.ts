import { readFileSync, readlinkSync } from 'node:fs';

/** Linux reports thread CPU time in clock ticks of 1/100 s (USER_HZ on every mainstream kernel). */
export const TICK_MS = 10;

/** user + system clock ticks from a `/proc/…/stat` file; -1 when it cannot be read (also used by the bench, on the server's main thread). */
export function statTicks(path: string): number {
  try {
    const stat = readFileSync(path, 'latin1');
    // Fields after the command name (which may hold spaces and parentheses): state is
    // field 3, utime field 14, stime field 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks : -1;
  } catch {
    return -1;
  }
}

/**
 * The OS thread id of the calling thread (a worker thread asks this once), from
 * `/proc/thread-self` → `<pid>/task/<tid>`; -1 where /proc is not available.
 */
export function currentThreadId(): number {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : -1;
  } catch {
    return -1;
  }
}

/** CPU clock ticks the calling thread has used so far; -1 when unknown. */
export function ownCpuTicks(): number {
  return statTicks('/proc/thread-self/stat');
}

/** CPU clock ticks a thread of this process has used so far; -1 when unknown (thread gone, no /proc). */
export function threadCpuTicks(tid: number): number {
  return tid > 0 ? statTicks(`/proc/self/task/${tid}/stat`) : -1;
}
