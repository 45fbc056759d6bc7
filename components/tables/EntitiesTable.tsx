'use client';

import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Messages } from '@/lib/i18n';
import { useView } from '../selection/useView';
import type { EntityRow } from './entity-rows';

const col = createColumnHelper<EntityRow>();

/** Entity, type, English gloss, mentions per outlet and the labels each outlet uses; a row selects the entity. */
export function EntitiesTable({ rows, t, articles }: { rows: EntityRow[]; t: Messages; articles: { id: string; name: string; lang: string }[] }) {
  const [view, update] = useView();
  const columns = useMemo(
    () => [
      col.accessor('name', { header: t.entity }),
      col.accessor('type', { header: t.type }),
      col.accessor('english', { header: t.english }),
      col.accessor('total', { header: t.mentions }),
      ...articles.map((a) =>
        col.accessor((r) => r.counts[a.id] ?? 0, {
          id: `n-${a.id}`,
          header: a.name,
          cell: (info) => {
            const labels = info.row.original.labels[a.id] ?? [];
            return info.getValue() > 0 ? (
              <span>
                <span className="num">{info.getValue()}</span> <span className="labels" lang={a.lang}>{labels.join(' / ')}</span>
              </span>
            ) : (
              <span className="absent" aria-label="not mentioned">—</span>
            );
          },
        }),
      ),
    ],
    [t, articles],
  );
  const sorting: SortingState = useMemo(
    () =>
      view.sort
        ? [{ id: view.sort.replace(/\.desc$/, ''), desc: view.sort.endsWith('.desc') }].filter((x) => ['name', 'type', 'english', 'total'].includes(x.id))
        : [],
    [view.sort],
  );
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    autoResetAll: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      update({ sort: first ? `${first.id}${first.desc ? '.desc' : ''}` : undefined });
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return (
    <div className="table-scroll">
      <table className="data-table entities-table">
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => {
                const sorted = h.column.getIsSorted();
                return (
                  <th key={h.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="sort" onClick={h.column.getToggleSortingHandler()} data-column={h.column.id}>
                      {flexRender(h.column.columnDef.header, h.getContext())}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              data-entity-row={row.original.id}
              aria-selected={view.entity === row.original.id}
              tabIndex={0}
              onClick={() => update({ entity: row.original.id, claim: undefined })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') update({ entity: row.original.id, claim: undefined });
              }}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} data-column={cell.column.id}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
