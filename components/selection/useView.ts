'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useSyncExternalStore } from 'react';
import { parseViewState, withView, type ViewState } from '@/lib/schema/view-state';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function currentSearch(): string {
  return window.location.search;
}

/** The last search strings parsed (every leaf reads the same one): each is validated once. */
const parsed = new Map<string, ViewState>();

function viewOf(search: string): ViewState {
  let state = parsed.get(search);
  if (!state) {
    state = parseViewState(new URLSearchParams(search));
    if (parsed.size >= 16) parsed.clear();
    parsed.set(search, state);
  }
  return state;
}

/**
 * The view state from the URL, and a setter that rewrites the URL in place (no server round
 * trip). The URL is the store: every client leaf reads it through `useSyncExternalStore`, so a
 * change made by one (a table row, a highlight) reaches all of them at once. `replaceState`
 * with null data is the form Next's router syncs itself with.
 */
export function useView(): [ViewState, (patch: Partial<ViewState>) => void] {
  // Re-render on Next navigations (tab links), and give the server render its search string.
  const params = useSearchParams();
  const serverSearch = params.size > 0 ? `?${params.toString()}` : '';
  const search = useSyncExternalStore(subscribe, currentSearch, () => serverSearch);
  const state = viewOf(search);
  const update = useCallback((patch: Partial<ViewState>) => {
    const now = parseViewState(new URLSearchParams(window.location.search));
    window.history.replaceState(null, '', `${window.location.pathname}${withView(now, patch)}`);
    for (const l of listeners) l();
  }, []);
  return [state, update];
}
