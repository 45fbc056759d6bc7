'use client';

import { flexRender, type Row, type Table } from '@tanstack/react-table';

interface Props<T> {
  table: Table<T>;
  className: string;
  /** Whether a column's header is a sort button (default: every column). */
  sortable?: (columnId: string) => boolean;
  /** Per row: whether it is the selected one, how to select it, and extra attributes. */
  rowProps: (row: Row<T>) => { selected: boolean; onSelect: () => void; attrs?: Record<string, string> };
}

/**
 * A headless TanStack table rendered as an accessible `<table>`: sort buttons in the headers
 * (with `aria-sort`), rows that select with a click or Enter.
 */
export function SortableTable<T>({ table, className, sortable = () => true, rowProps }: Props<T>) {
  return (
    <table className={`data-table ${className}`}>
      <thead>
        {table.getHeaderGroups().map((hg) => (
          <tr key={hg.id}>
            {hg.headers.map((h) => {
              const sorted = h.column.getIsSorted();
              const label = flexRender(h.column.columnDef.header, h.getContext());
              return (
                <th key={h.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                  {sortable(h.column.id) ? (
                    <button type="button" className="sort" onClick={h.column.getToggleSortingHandler()} data-column={h.column.id}>
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
              tabIndex={0}
              onClick={onSelect}
              onKeyDown={(e) => {
                if (e.key === 'Enter') onSelect();
              }}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} data-column={cell.column.id}>
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
