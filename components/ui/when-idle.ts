/**
 * Runs `work` once the page is idle (at the latest after `timeout` ms), in the order asked;
 * returns the cancel. For work that can wait until the page is on screen and hydrated.
 */
export function whenIdle(work: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => work(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 50);
  return () => clearTimeout(id);
}
