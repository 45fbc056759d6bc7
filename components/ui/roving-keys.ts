/**
 * Where a key moves the focus inside a composite widget with one Tab stop (the WAI-ARIA grid
 * and toolbar patterns, "roving tabindex"). Pure: takes the shape of the widget (how many
 * items each row has) and the current position, returns the next one, or null when the key
 * is not a navigation key. Clamped at the edges (no wrapping, as the grid pattern asks).
 */
export interface GridPosition {
  row: number;
  col: number;
}

/** Rows a PageUp/PageDown jumps. */
export const PAGE = 10;

export interface MoveKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

/**
 * The next position in a grid whose row `r` has `rows[r]` items. Up/Down change the row (same
 * column, clamped to the row's length), Left/Right the item within the row, PageUp/PageDown
 * jump `PAGE` rows, Ctrl+Home/Ctrl+End go to the first/last row. Home/End go to the first/last
 * item of the row, or, in rows of a single item (a table whose rows are the focus stops), to
 * the first/last such row (the first and last data rows, not the header of sort buttons).
 */
export function gridMove(rows: readonly number[], at: GridPosition, e: MoveKey): GridPosition | null {
  if (rows.length === 0) return null;
  const last = rows.length - 1;
  const inRow = (row: number, col: number): GridPosition => ({ row, col: clamp(col, 0, Math.max(0, (rows[row] ?? 1) - 1)) });
  const ctrl = Boolean(e.ctrlKey || e.metaKey);
  // Rows of one stop are a table's rows themselves (its header row holds several sort buttons).
  const single = (row: number) => (rows[row] ?? 1) <= 1;
  switch (e.key) {
    case 'ArrowDown':
      return inRow(clamp(at.row + 1, 0, last), at.col);
    case 'ArrowUp':
      return inRow(clamp(at.row - 1, 0, last), at.col);
    case 'PageDown':
      return inRow(clamp(at.row + PAGE, 0, last), at.col);
    case 'PageUp':
      return inRow(clamp(at.row - PAGE, 0, last), at.col);
    case 'ArrowRight':
      return inRow(at.row, at.col + 1);
    case 'ArrowLeft':
      return inRow(at.row, at.col - 1);
    case 'Home':
      if (ctrl) return inRow(0, 0);
      return single(at.row) ? inRow(rows.findIndex((_, r) => single(r)), 0) : inRow(at.row, 0);
    case 'End':
      if (ctrl) return inRow(last, Number.MAX_SAFE_INTEGER);
      return single(at.row) ? inRow(rows.findLastIndex((_, r) => single(r)), 0) : inRow(at.row, Number.MAX_SAFE_INTEGER);
    default:
      return null;
  }
}

/**
 * The next index in a one-dimensional list of `count` items (a toolbar, the marks of a chart,
 * the highlights of a column): every arrow steps by one, PageUp/PageDown by `PAGE`, Home/End
 * go to the ends.
 */
export function listMove(count: number, at: number, e: MoveKey): number | null {
  if (count === 0) return null;
  const to = (n: number) => clamp(n, 0, count - 1);
  switch (e.key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return to(at + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return to(at - 1);
    case 'PageDown':
      return to(at + PAGE);
    case 'PageUp':
      return to(at - PAGE);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
