import Link from 'next/link';
import { claimSets, entitySets, type OverlapSets } from '@/lib/compare/overlap-sets';
import type { Messages } from '@/lib/i18n';
import type { Analysis } from '@/lib/schema/analysis';
import { withView, type ViewState } from '@/lib/schema/view-state';
import { OverlapChart } from './OverlapChart';
import { SetLinks } from './SetLinks';
import { claimRef } from '@/lib/compare/claim-ref';

type Kind = 'entities' | 'claims';

/** `set` view-state value: `<kind>:<articleId>+<articleId>…`. */
export function parseSetKey(value: string | undefined): { kind: Kind; keys: string[] } | null {
  if (!value) return null;
  const [kind, rest] = value.split(':');
  if ((kind !== 'entities' && kind !== 'claims') || !rest) return null;
  return { kind, keys: rest.split('+').filter(Boolean) };
}

/**
 * Shared and unique entities and claims across outlets: an area-proportional diagram for two
 * or three outlets, an UpSet-style matrix for more. Selecting a set lists its members and
 * highlights them in the columns.
 */
export function OverlapPanel({
  analysis,
  labels,
  t,
  state,
  basePath,
}: {
  analysis: Analysis;
  labels: ReadonlyMap<string, string>;
  t: Messages;
  state: ViewState;
  basePath: string;
}) {
  const selected = parseSetKey(state.set);
  const charts: { kind: Kind; title: string; sets: OverlapSets }[] = [
    { kind: 'entities', title: t.overlapEntities, sets: entitySets(analysis) },
    { kind: 'claims', title: t.overlapClaims, sets: claimSets(analysis) },
  ];
  const entityName = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const claimText = new Map<string, string>();
  for (const a of analysis.articles) for (const c of a.claims) claimText.set(claimRef(a.id, c.id), `${c.speaker.text}：${c.text}`);
  for (const g of analysis.claimGroups) {
    const first = g.claims[0];
    if (first) claimText.set(g.id, claimText.get(first) ?? g.id);
  }
  const chosen = selected ? charts.find((c) => c.kind === selected.kind) : undefined;
  const members = chosen && selected ? (chosen.sets.intersections.find((x) => x.keys.join('+') === selected.keys.join('+'))?.members ?? []) : [];
  const hrefFor = (kind: Kind, keys: string[]): string => `${basePath}${withView(state, { set: `${kind}:${keys.join('+')}` })}`;
  return (
    <div className="overlap">
      <div className="overlap-charts">
        {charts.map((c) => (
          <figure key={c.kind} className="overlap-figure" data-kind={c.kind}>
            <figcaption>{c.title}</figcaption>
            <SetLinks>
              <OverlapChart sets={c.sets} title={c.title} kindName={{ venn: t.eulerDiagram, upset: t.upsetMatrix }} labels={labels} hrefFor={(keys: string[]) => hrefFor(c.kind, keys)} selected={selected?.kind === c.kind ? selected.keys : null} />
            </SetLinks>
          </figure>
        ))}
      </div>
      <section className="set-members" aria-live="polite" data-testid="set-members">
        {selected ? (
          <>
            <h4>
              {t.members}: {selected.keys.map((k) => labels.get(k) ?? k).join(' ∩ ')} ({members.length}){' '}
              <Link href={`${basePath}${withView(state, { set: undefined })}`} scroll={false} className="ghost">
                ✕
              </Link>
            </h4>
            <ul
              className="member-list"
              data-highlight-entities={selected.kind === 'entities' ? members.join(' ') : undefined}
              data-highlight-claims={selected.kind === 'claims' ? members.join(' ') : undefined}
            >
              {members.map((m) => (
                <li key={m} data-member={m}>
                  {selected.kind === 'entities' ? (entityName.get(m) ?? m) : (claimText.get(m) ?? m)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="help">{t.selectSet}</p>
        )}
      </section>
    </div>
  );
}
