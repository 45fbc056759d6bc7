'use client';

import { flexRender, type Row, type Table } from '@tanstack/react-table';
import { useRef } from 'react';
import { useRoving } from '../ui/useRoving';

interface Props<T> {
  table: Table<T>;
  className: string;
  /** The table's accessible name. */
  label: string;
  /** Whether a column's header is a sort button (default: every column). */
  sortable?: (columnId: string) => boolean;
  /** Per row: whether it is the selected one, how to select it, and extra attributes. */
  rowProps: (row: Row<T>) => { selected: boolean; onSelect: () => void; attrs?: Record<string, string> };
}

/** The table's focus stops: the header's sort buttons and the body's rows. */
const STOPS = 'thead button.sort, tbody tr';

/**
 * A headless TanStack table rendered as a WAI-ARIA grid: ONE Tab stop for the whole table;
 * Up/Down (PageUp/PageDown, Home/End) move between rows, Up from the first row reaches the
 * header's sort buttons (Left/Right between them); Enter or Space selects the focused row
 * (as a click does) or sorts by the focused header. `aria-sort` on headers, `aria-selected`
 * on rows.
 */
export function SortableTable<T>({ table, className, label, sortable = () => true, rowProps }: Props<T>) {
  const ref = useRef<HTMLTableElement>(null);
  useRoving(ref, { items: STOPS, grid: true });
  return (
    <table ref={ref} className={`data-table ${className}`} role="grid" aria-label={label}>
      <thead>
        {table.getHeaderGroups().map((hg) => (
          <tr key={hg.id}>
            {hg.headers.map((h) => {
              const sorted = h.column.getIsSorted();
              const label = flexRender(h.column.columnDef.header, h.getContext());
              return (
                <th key={h.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                  {sortable(h.column.id) ? (
                    <button type="button" className="sort" tabIndex={-1} onClick={h.column.getToggleSortingHandler()} data-column={h.column.id}>
                      {label}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ⇅'}</span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => {
          const { selected, onSelect, attrs } = rowProps(row);
          return (
            <tr
              key={row.id}
              {...attrs}
              aria-selected={selected}
              tabIndex={-1}
              onClick={onSelect}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} role="gridcell" data-column={cell.column.id}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
