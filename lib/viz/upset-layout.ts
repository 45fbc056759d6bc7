export interface UpsetInput {
  /** The sets (rows), e.g. articles, with their sizes. */
  sets: readonly { key: string; size: number }[];
  /** Exact intersections (columns), as from `overlapSets`. */
  intersections: readonly { keys: readonly string[]; size: number }[];
  width: number;
  height: number;
  /** Keep at most this many intersections, largest first (default 30). */
  maxIntersections?: number;
  /** Width reserved on the left for set labels and set-size bars (default 0.3 of width). */
  labelWidth?: number;
  /** Height of the intersection bar chart above the matrix (default 0.45 of height). */
  barHeight?: number;
}

export interface UpsetColumn {
  keys: string[];
  size: number;
  /** Centre x of the column. */
  x: number;
  bar: { x: number; y: number; width: number; height: number };
  dots: { key: string; y: number; filled: boolean }[];
  /** Vertical connector through the filled dots, or null for a single set. */
  line: { y1: number; y2: number } | null;
}

export interface UpsetLayout {
  rows: { key: string; size: number; y: number; bar: { x: number; width: number } }[];
  columns: UpsetColumn[];
  cell: number;
  dotRadius: number;
  maxSize: number;
}

/**
 * UpSet matrix layout for 4–10 sets: intersections sorted by size (then fewer sets first),
 * bars scaled to the largest, one row per set (sorted by size) with a size bar growing
 * leftwards from the matrix, and the dot matrix coordinates with connectors.
 */
export function upsetLayout(input: UpsetInput): UpsetLayout {
  const labelWidth = input.labelWidth ?? input.width * 0.3;
  const barHeight = input.barHeight ?? input.height * 0.45;
  const rowsSorted = [...input.sets].sort((a, b) => b.size - a.size || a.key.localeCompare(b.key));
  const rowIndex = new Map(rowsSorted.map((s, i) => [s.key, i]));
  const order = (keys: readonly string[]): number[] => keys.map((k) => rowIndex.get(k) ?? 0).sort((a, b) => a - b);
  const cols = input.intersections
    .filter((x) => x.size > 0)
    .map((x) => ({ keys: [...x.keys], size: x.size, rows: order(x.keys) }))
    .sort((a, b) => {
      if (b.size !== a.size) return b.size - a.size;
      if (a.rows.length !== b.rows.length) return a.rows.length - b.rows.length;
      for (let i = 0; i < a.rows.length; i++) if (a.rows[i] !== b.rows[i]) return a.rows[i]! - b.rows[i]!;
      return 0;
    })
    .slice(0, input.maxIntersections ?? 30);

  const matrixHeight = input.height - barHeight;
  const cell = Math.max(1, Math.min((input.width - labelWidth) / Math.max(cols.length, 1), matrixHeight / Math.max(rowsSorted.length, 1)));
  const dotRadius = cell * 0.3;
  const rowY = (i: number): number => barHeight + (i + 0.5) * cell;
  const maxSize = Math.max(1, ...cols.map((c) => c.size));
  const maxSet = Math.max(1, ...rowsSorted.map((s) => s.size));

  const columns: UpsetColumn[] = cols.map((c, j) => {
    const x = labelWidth + (j + 0.5) * cell;
    const h = (c.size / maxSize) * (barHeight - 4);
    const filled = new Set(c.rows);
    const ys = c.rows.map(rowY);
    return {
      keys: c.keys,
      size: c.size,
      x,
      bar: { x: x - cell * 0.35, y: barHeight - h, width: cell * 0.7, height: h },
      dots: rowsSorted.map((s, i) => ({ key: s.key, y: rowY(i), filled: filled.has(i) })),
      line: ys.length > 1 ? { y1: Math.min(...ys), y2: Math.max(...ys) } : null,
    };
  });
  const barSpace = labelWidth * 0.45;
  const rows = rowsSorted.map((s, i) => {
    const w = (s.size / maxSet) * barSpace;
    return { key: s.key, size: s.size, y: rowY(i), bar: { x: labelWidth - w, width: w } };
  });
  return { rows, columns, cell, dotRadius, maxSize };
}
