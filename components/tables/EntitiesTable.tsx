'use client';

import {
  createColumnHelper,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type ColumnFiltersState,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { entityTypeName, type Messages } from '@/lib/i18n';
import { useView } from '../selection/useView';
import type { EntityOverlapRow as EntityRow } from '@/lib/compare/entity-overlap';
import { SortableTable } from './SortableTable';

const col = createColumnHelper<EntityRow>();

/** Entity, type, English gloss, mentions per outlet and the labels each outlet uses; a row selects the entity. */
export function EntitiesTable({ rows, t, articles }: { rows: EntityRow[]; t: Messages; articles: { id: string; name: string; lang: string }[] }) {
  const [view, update] = useView();
  const columns = useMemo(
    () => [
      col.accessor('name', {
        header: t.entity,
        // The text filter matches the name, the English gloss and every label an outlet uses.
        filterFn: (row, _id, value: string) => {
          const needle = value.toLowerCase();
          const r = row.original;
          return [r.name, r.english ?? '', ...Object.values(r.articles).flatMap((u) => u.labels.map((l) => l.label))].some((s) => s.toLowerCase().includes(needle));
        },
      }),
      col.accessor('type', { header: t.type, cell: (info) => entityTypeName(info.getValue(), t), filterFn: 'equalsString' }),
      col.accessor((r) => r.english ?? '', { id: 'english', header: t.english }),
      col.accessor('total', { header: t.mentions }),
      ...articles.map((a) =>
        col.accessor((r) => r.articles[a.id]?.count ?? 0, {
          id: `n-${a.id}`,
          header: a.name,
          cell: (info) => {
            const labels = (info.row.original.articles[a.id]?.labels ?? []).map((l) => l.label);
            return info.getValue() > 0 ? (
              <span>
                <span className="num">{info.getValue()}</span> <span className="labels" lang={a.lang}>{labels.join(' / ')}</span>
              </span>
            ) : (
              <span className="absent" aria-label={t.notMentioned}>—</span>
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
  const columnFilters: ColumnFiltersState = useMemo(
    () => [...(view.find ? [{ id: 'name', value: view.find }] : []), ...(view.etype ? [{ id: 'type', value: view.etype }] : [])],
    [view.find, view.etype],
  );
  const types = useMemo(() => [...new Set(rows.map((r) => r.type))], [rows]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, columnFilters },
    autoResetAll: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      update({ sort: first ? `${first.id}${first.desc ? '.desc' : ''}` : undefined });
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const visible = table.getRowModel().rows;
  return (
    <div className="table-panel">
      <div className="filters" role="group" aria-label={t.filterEntities}>
        <label>
          {t.filterEntities}{' '}
          <input type="search" name="find" defaultValue={view.find ?? ''} onChange={(e) => update({ find: e.currentTarget.value || undefined })} />
        </label>
        <label>
          {t.type}{' '}
          <select name="etype" value={view.etype ?? ''} onChange={(e) => update({ etype: (e.currentTarget.value || undefined) as typeof view.etype })}>
            <option value="">{t.allTypes}</option>
            {types.map((ty) => (
              <option key={ty} value={ty}>
                {entityTypeName(ty, t)}
              </option>
            ))}
          </select>
        </label>
        <span className="count" data-testid="entity-count">
          {visible.length} / {rows.length} {t.rows}
        </span>
      </div>
    <div className="table-scroll">
      <SortableTable
        table={table}
        className="entities-table"
        label={t.tabEntities}
        rowProps={(row) => ({
          selected: view.entity === row.original.id,
          onSelect: () => update({ entity: row.original.id, claim: undefined }),
          attrs: { 'data-entity-row': row.original.id },
        })}
      />
      {visible.length === 0 && <p className="empty">{t.noEntities}</p>}
    </div>
    </div>
  );
}
