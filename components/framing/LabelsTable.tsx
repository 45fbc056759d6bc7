import type { Lang } from '@/lib/i18n';
import { TERM_FAMILIES } from '@/lib/compare/framing';
import type { LabelRow } from '@/lib/schema/framing';
import { Roving } from '../ui/Roving';
import { fill, type FramingText } from './framing-text';
import { SelectItem, SelectTerm } from './SelectButtons';
import { termKey } from '@/lib/compare/framing/term-key';

/** The labels table: one row per shared referent, one column per outlet, each label with its count. */
export function LabelsTable({
  rows,
  outlets,
  tx,
  lang,
  entityNames,
}: {
  rows: LabelRow[];
  outlets: { id: string; name: string }[];
  tx: FramingText;
  lang: Lang;
  entityNames: Record<string, string>;
}) {
  const rowName = (row: LabelRow) => {
    if (row.kind === 'state') return `${tx.stateOf} ${tx.sides[row.name] ?? row.name}`;
    if (row.kind === 'term') {
      const family = TERM_FAMILIES.find((f) => `term:${f.id}` === row.key);
      return `${tx.termFamily}: ${family ? (lang === 'zh' ? family.zh : family.en) : row.name}`;
    }
    return entityNames[row.entityIds[0] ?? ''] ?? row.name;
  };
  // The handout prints the state rows, the first entities and the first term families.
  const rank = new Map<string, number>();
  for (const row of rows) rank.set(row.key, [...rank.keys()].filter((k) => rows.find((r) => r.key === k)?.kind === row.kind).length);
  const extra = (row: LabelRow) => (rank.get(row.key) ?? 0) >= (row.kind === 'entity' ? 5 : 4);
  return (
    <div className="table-scroll">
      <Roving items="button" grid>
      <table className="framing-table labels-table" data-testid="labels-table" role="grid" aria-label={tx.labels}>
        <thead>
          <tr>
            <th scope="col">{tx.referent}</th>
            {outlets.map((o) => (
              <th scope="col" key={o.id}>
                {o.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key} data-kind={row.kind} className={extra(row) ? 'print-extra' : undefined}>
              <th scope="row">
                {row.kind === 'entity' && row.entityIds[0] ? <SelectItem entity={row.entityIds[0]}>{rowName(row)}</SelectItem> : rowName(row)}
              </th>
              {outlets.map((o) => (
                <td key={o.id} data-article={o.id}>
                  {(row.articles[o.id] ?? []).map((u) => (
                    <SelectTerm key={u.label} term={termKey(u.label)} className="label-use">
                      <span lang="zh">{u.label}</span> <span className="num">×{u.count}</span>
                    </SelectTerm>
                  ))}
                  {!row.articles[o.id] && <span className="muted">—</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </Roving>
      {rows.some(extra) && <p className="print-only">{fill(tx.moreOnline, { n: rows.filter(extra).length })}</p>}
    </div>
  );
}
