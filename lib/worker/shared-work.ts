import type { Ticket } from './pool';

const inflight = new Map<string, Promise<unknown>>();

/**
 * Runs `work` once for all the callers that ask for the same `key` while it is in flight
 * (identical comparisons posted at once share one analysis). The first caller runs it under
 * its ticket; a later caller gives its ticket back at once (it adds no work) and waits for
 * the same result. `shared` tells a caller whether it joined someone else's work.
 */
export async function once<T>(key: string, ticket: Ticket, work: () => Promise<T>): Promise<{ value: T; shared: boolean }> {
  const running = inflight.get(key) as Promise<T> | undefined;
  if (running) {
    ticket.release();
    return { value: await running, shared: true };
  }
  const promise = work();
  inflight.set(key, promise);
  try {
    return { value: await promise, shared: false };
  } finally {
    inflight.delete(key);
  }
}

/** Keys of the work in flight now (tests). */
export function inflightKeys(): string[] {
  return [...inflight.keys()];
}
