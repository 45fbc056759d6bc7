'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { parseViewState, withView, type ViewState } from '@/lib/schema/view-state';

/**
 * The view state from the URL, and a setter that rewrites the URL in place (no server
 * round trip; Next keeps `useSearchParams` in sync with `history.replaceState`).
 */
export function useView(): [ViewState, (patch: Partial<ViewState>) => void] {
  const params = useSearchParams();
  const pathname = usePathname();
  const state = useMemo(() => parseViewState(new URLSearchParams(params.toString())), [params]);
  const update = useCallback(
    (patch: Partial<ViewState>) => {
      window.history.replaceState(null, '', `${pathname}${withView(state, patch)}`);
    },
    [pathname, state],
  );
  return [state, update];
}
