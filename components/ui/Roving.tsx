'use client';

import { useRef, type ReactNode } from 'react';
import { useRoving } from './useRoving';

/**
 * A wrapper giving server-rendered children one Tab stop with arrow-key navigation (see
 * `useRoving`): the framing tables, the terms charts, the overlap chart's regions.
 */
export function Roving({ items, grid, className, children }: { items: string; grid?: boolean; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useRoving(ref, { items, grid });
  return (
    <div ref={ref} className={className}>
      {children}
    </div>
  );
}
