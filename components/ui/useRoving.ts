'use client';

import { useEffect, type RefObject } from 'react';
import { gridMove, listMove } from './roving-keys';

export interface RovingOptions {
  /** CSS selector of the focus stops inside the container. */
  items: string;
  /** Two-dimensional: stops grouped by their row (`tr` or `[role=row]`); else one list. */
  grid?: boolean;
}

/** Elements whose own Enter/Space activation the browser already performs. */
const nativelyActivated = (el: Element): boolean => el instanceof HTMLButtonElement || el instanceof HTMLInputElement || el instanceof HTMLSelectElement;

/** Not hidden inside a closed `<details>` (its own summary stays reachable). */
function reachable(el: Element): boolean {
  const closed = el.closest('details:not([open])');
  return !closed || (el.tagName === 'SUMMARY' && el.parentElement === closed);
}

function rowsOf(items: Element[]): Element[][] {
  const rows: Element[][] = [];
  let last: Element | null = null;
  for (const item of items) {
    const row = item.matches('tr, [role="row"]') ? item : item.closest('tr, [role="row"]');
    if (!row || row !== last || rows.length === 0) rows.push([item]);
    else rows[rows.length - 1]!.push(item);
    last = row;
  }
  return rows;
}

/**
 * One Tab stop for a composite widget (a data table, a chart's marks, a column's highlights):
 * the stops matched by `items` get `tabindex=-1` except one, arrow keys (and Home, End, PageUp,
 * PageDown) move the focus between them, and Enter or Space on a stop that is not a native
 * button clicks it, so activation runs the same code as a mouse click. The stop last focused
 * keeps the Tab stop; before that, the selected one (`aria-selected`/`aria-pressed`/
 * `aria-current`), else the first outside a table header. Works on children rendered by the
 * server as well as by React (a mutation observer keeps exactly one stop as content changes).
 */
export function useRoving(ref: RefObject<HTMLElement | SVGElement | null>, { items, grid = false }: RovingOptions): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let stop: Element | null = null;
    const all = () => Array.from(root.querySelectorAll(items)).filter(reachable);

    const normalize = () => {
      const list = all();
      if (list.length === 0) return;
      if (!stop || !list.includes(stop)) {
        stop =
          list.find((el) => ['aria-selected', 'aria-pressed', 'aria-current'].some((a) => el.getAttribute(a) === 'true')) ??
          list.find((el) => !el.closest('thead')) ??
          list[0]!;
      }
      for (const el of list) {
        const want = el === stop ? '0' : '-1';
        if (el.getAttribute('tabindex') !== want) el.setAttribute('tabindex', want);
      }
    };

    const moveTo = (el: Element) => {
      stop = el;
      normalize();
      if (el instanceof HTMLElement || el instanceof SVGElement) el.focus();
    };

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || !(e.target instanceof Element)) return;
      const list = all();
      const current = list.find((el) => el === e.target);
      if (!current) return;
      if (e.key === 'Enter' || e.key === ' ') {
        if (nativelyActivated(current)) return;
        e.preventDefault();
        current.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
        return;
      }
      let next: Element | undefined;
      if (grid) {
        const rows = rowsOf(list);
        const row = rows.findIndex((r) => r.includes(current));
        const pos = gridMove(
          rows.map((r) => r.length),
          { row, col: rows[row]!.indexOf(current) },
          e,
        );
        if (pos) next = rows[pos.row]?.[pos.col];
      } else {
        const at = listMove(list.length, list.indexOf(current), e);
        if (at !== null) next = list[at];
      }
      if (!next) return;
      e.preventDefault();
      moveTo(next);
    };

    const onFocusIn = (e: FocusEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target && target !== stop && all().includes(target)) {
        stop = target;
        normalize();
      }
    };

    normalize();
    const observer = new MutationObserver(normalize);
    observer.observe(root, { childList: true, subtree: true });
    root.addEventListener('keydown', onKeyDown as EventListener);
    root.addEventListener('focusin', onFocusIn as EventListener);
    return () => {
      observer.disconnect();
      root.removeEventListener('keydown', onKeyDown as EventListener);
      root.removeEventListener('focusin', onFocusIn as EventListener);
    };
  }, [ref, items, grid]);
}
