'use client';

import {
  createColumnHelper,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Messages } from '@/lib/i18n';
import { useView } from '../selection/useView';
import type { ClaimTableRow } from './claim-table-rows';
import { SortableTable } from './SortableTable';

const col = createColumnHelper<ClaimTableRow>();
const HIDDEN = { articleId: false };
const SORTABLE = new Set(['speaker', 'cue', 'text', 'direct', 'outlets', 'relation', 'outlet']);

/** The claims of every outlet: sortable, filterable by speaker, outlet and "only in"; a row selects its spans. */
export function ClaimsTable({ rows, t, outlets }: { rows: ClaimTableRow[]; t: Messages; outlets: { id: string; name: string }[] }) {
  const [view, update] = useView();
  const columns = useMemo(
    () => [
      col.accessor('outletLabel', { id: 'outlet', header: t.filterOutlet }),
      col.accessor('speaker', {
        header: t.speaker,
        filterFn: (row, _id, value: string) => row.original.speaker.toLowerCase().includes(value.toLowerCase()),
      }),
      col.accessor('cue', { header: t.cue }),
      col.accessor('text', {
        header: t.claim,
        cell: (info) => <span lang={info.row.original.lang}>{info.getValue()}</span>,
      }),
      col.accessor('direct', { header: t.mode, cell: (info) => (info.getValue() ? `“ ” ${t.direct}` : t.indirect) }),
      col.accessor((r) => r.outlets.join(', '), { id: 'outlets', header: t.outlets }),
      col.accessor((r) => r.relation ?? 'only', {
        id: 'relation',
        header: t.relation,
        cell: (info) => {
          const v = info.getValue();
          if (v === 'only') return `${t.onlyIn} ${info.row.original.outletLabel}`;
          return v === 'same' ? t.relationSame : v === 'similar' ? t.relationSimilar : v === 'contradicts' ? t.relationContradicts : v;
        },
      }),
      col.accessor('articleId', { header: 'article', enableHiding: true, filterFn: 'equalsString' }),
    ],
    [t],
  );

  // Stable identities: TanStack re-derives its row models when these change.
  const sorting: SortingState = useMemo(
    () => (view.sort ? [{ id: view.sort.replace(/\.desc$/, ''), desc: view.sort.endsWith('.desc') }].filter((x) => SORTABLE.has(x.id)) : []),
    [view.sort],
  );
  const columnFilters: ColumnFiltersState = useMemo(
    () => [
      ...(view.speaker ? [{ id: 'speaker', value: view.speaker }] : []),
      ...(view.outlet ? [{ id: 'articleId', value: view.outlet }] : []),
      ...(view.only ? [{ id: 'relation', value: 'only' }] : []),
    ],
    [view.speaker, view.outlet, view.only],
  );

  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, columnFilters, columnVisibility: HIDDEN },
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
      <div className="filters" role="group" aria-label={t.filterSpeaker}>
        <label>
          {t.filterSpeaker}{' '}
          <input
            type="search"
            name="speaker"
            defaultValue={view.speaker ?? ''}
            onChange={(e) => update({ speaker: e.currentTarget.value || undefined })}
          />
        </label>
        <label>
          {t.filterOutlet}{' '}
          <select name="outlet" value={view.outlet ?? ''} onChange={(e) => update({ outlet: e.currentTarget.value || undefined })}>
            <option value="">{t.allOutlets}</option>
            {outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" name="only" checked={view.only === '1'} onChange={(e) => update({ only: e.currentTarget.checked ? '1' : undefined })} />{' '}
          {t.onlyInFilter}
        </label>
        <span className="count" data-testid="claim-count">
          {visible.length} / {rows.length} {t.rows}
        </span>
      </div>
      <div className="table-scroll">
        <SortableTable
          table={table}
          className="claims-table"
          label={t.tabClaims}
          sortable={(id) => SORTABLE.has(id)}
          rowProps={(row) => ({
            selected: view.claim === row.original.ref,
            onSelect: () => update({ claim: row.original.ref, entity: undefined }),
            attrs: { 'data-ref': row.original.ref, className: `relation-${row.original.relation ?? 'only'}` },
          })}
        />
        {visible.length === 0 && <p className="empty">{t.noClaims}</p>}
      </div>
    </div>
  );
}
