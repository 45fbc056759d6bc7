'use client';

import {
  createColumnHelper,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Messages } from '@/lib/i18n';
import { useView } from '../selection/useView';
import type { EntityRow } from './entity-rows';
import { SortableTable } from './SortableTable';

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
      <SortableTable
        table={table}
        className="entities-table"
        rowProps={(row) => ({
          selected: view.entity === row.original.id,
          onSelect: () => update({ entity: row.original.id, claim: undefined }),
          attrs: { 'data-entity-row': row.original.id },
        })}
      />
    </div>
  );
}
