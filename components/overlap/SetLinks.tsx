'use client';

import { useRouter } from 'next/navigation';
import { useRef, type ReactNode } from 'react';
import { useRoving } from '../ui/useRoving';

/**
 * Makes an overlap chart's regions (server-rendered `<a data-set href>` links) one Tab stop
 * with arrow-key navigation, and selects a region in place: a click, Enter or Space replaces
 * the URL through Next's router (the server renders the new member list, the page is not
 * reloaded, the focus stays on the region). Without JavaScript the links still work.
 */
export function SetLinks({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  useRoving(ref, { items: 'a[data-set]' });
  return (
    <div
      ref={ref}
      className="set-links"
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        const link = e.target instanceof Element ? e.target.closest('a[data-set]') : null;
        const href = link?.getAttribute('href');
        if (!href) return;
        e.preventDefault();
        router.replace(href, { scroll: false });
      }}
    >
      {children}
    </div>
  );
}
