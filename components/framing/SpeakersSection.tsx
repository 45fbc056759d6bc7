import { BASE_GROUPS, speakerKey } from '@/lib/compare/framing';
import type { AnalyzedArticle } from '@/lib/schema/analysis';
import type { Speakers } from '@/lib/schema/framing';
import { fill, type FramingText } from './framing-text';
import { ReassignSelect } from './ReassignSelect';
import { SelectItem } from './SelectButtons';
import { Roving } from '../ui/Roving';
import { claimRef } from '@/lib/compare/claim-ref';

/** The speakers table's focus stops: each count (it opens its claim list) and the listed claims. */
const SPEAKER_STOPS = 'summary, button';

/** The display name of a speaker group. */
export function groupName(group: string, tx: FramingText): string {
  return group.startsWith('official:') ? fill(tx.officials, { s: tx.sides[group.slice(9)] ?? group.slice(9) }) : (tx.groupNames[group] ?? group);
}

const BAR_W = 420;
const BAR_H = 22;

/**
 * Who gets to speak: a stacked bar per outlet (claims by speaker group, numbers written in
 * the segments so it reads in black and white), a table whose counts list their claims, and
 * a select per speaker to reassign it.
 */
export function SpeakersSection({
  speakers,
  articles,
  outlets,
  tx,
}: {
  speakers: Speakers;
  articles: AnalyzedArticle[];
  outlets: { id: string; name: string }[];
  tx: FramingText;
}) {
  const groups = [...speakers.involved.map((s) => `official:${s}`), ...BASE_GROUPS].filter((g) =>
    Object.values(speakers.articles).some((c) => c[g]),
  );
  const totalOf = (id: string) => Object.values(speakers.articles[id] ?? {}).reduce((s, c) => s + c.direct + c.indirect, 0);
  const max = Math.max(1, ...outlets.map((o) => totalOf(o.id)));
  const legendTop = outlets.length * (BAR_H + 8) + 14;
  const options = [...speakers.involved.map((s) => `official:${s}`), ...BASE_GROUPS].map((g) => ({ value: g, label: groupName(g, tx) }));
  const claimsIn = (articleId: string, group: string) =>
    articles.find((a) => a.id === articleId)?.claims.filter((c) => speakers.claims[claimRef(articleId, c.id)] === group) ?? [];
  const speakerList = new Map<string, { text: string; group: string }>();
  for (const a of articles) for (const c of a.claims) if (!speakerList.has(speakerKey(c))) speakerList.set(speakerKey(c), { text: c.speaker.text, group: speakers.claims[claimRef(a.id, c.id)] ?? 'other' });
  return (
    <>
      <div className="speakers-scroll">
      <svg className="speakers-chart" data-chart="speakers" data-chart-title={tx.speakers} width={BAR_W + 110} height={legendTop + Math.ceil(groups.length / 2) * 18 + 4} role="img" aria-label={tx.speakers}>
        {outlets.map((o, i) => {
          let x = 110;
          return (
            <g key={o.id} transform={`translate(0,${i * (BAR_H + 8) + 4})`}>
              <text x={104} y={BAR_H / 2 + 4} textAnchor="end" className="bar-label">
                {o.name}
              </text>
              {groups.map((g, gi) => {
                const c = speakers.articles[o.id]?.[g];
                const n = c ? c.direct + c.indirect : 0;
                if (n === 0) return null;
                const w = (n / max) * BAR_W;
                const seg = (
                  <g key={g} className={`seg seg-${gi % 8}`}>
                    <title>{`${groupName(g, tx)}: ${n}`}</title>
                    <rect x={x} y={0} width={w} height={BAR_H} />
                    {w > 14 && (
                      <text x={x + w / 2} y={BAR_H / 2 + 4} textAnchor="middle">
                        {n}
                      </text>
                    )}
                  </g>
                );
                x += w;
                return seg;
              })}
            </g>
          );
        })}
        {/* The legend is part of the chart, so its SVG and PNG exports carry it. */}
        <g className="chart-legend" transform={`translate(110,${legendTop})`}>
          {groups.map((g, gi) => (
            <g key={g} className={`seg seg-${gi % 8}`} transform={`translate(${(gi % 2) * (BAR_W / 2)},${Math.floor(gi / 2) * 18})`}>
              <rect x={0} y={0} width={12} height={12} />
              <text x={18} y={10} className="legend-label">
                {groupName(g, tx)}
              </text>
            </g>
          ))}
        </g>
      </svg>
      </div>
      <div className="table-scroll">
        <Roving items={SPEAKER_STOPS} grid>
        <table className="framing-table speakers-table" data-testid="speakers-table" role="grid" aria-label={tx.speakers}>
          <thead>
            <tr>
              <th scope="col">{tx.group}</th>
              {outlets.map((o) => (
                <th scope="col" key={o.id}>
                  {o.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g} data-group={g}>
                <th scope="row">{groupName(g, tx)}</th>
                {outlets.map((o) => {
                  const c = speakers.articles[o.id]?.[g];
                  if (!c) return <td key={o.id} className="muted">0</td>;
                  return (
                    <td key={o.id}>
                      <details>
                        <summary>
                          <span className="num">{c.direct + c.indirect}</span>{' '}
                          <span className="muted">
                            ({c.direct} {tx.direct} · {c.indirect} {tx.indirect})
                          </span>
                        </summary>
                        <ul className="claim-list">
                          {claimsIn(o.id, g).map((cl) => (
                            <li key={cl.id}>
                              <SelectItem claim={claimRef(o.id, cl.id)}>
                                <strong>{cl.speaker.text}</strong> {cl.cue}：{cl.text.length > 40 ? `${cl.text.slice(0, 40)}…` : cl.text}
                              </SelectItem>
                            </li>
                          ))}
                        </ul>
                      </details>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        </Roving>
      </div>
      <details className="reassign-list">
        <summary>{tx.reassign}</summary>
        <ul>
          {[...speakerList].map(([key, s]) => (
            <li key={key}>
              <ReassignSelect speakerKey={key} label={s.text} current={s.group} groups={options} />
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
