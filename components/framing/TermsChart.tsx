'use client';

import { scaleLinear } from 'd3';
import { useRef } from 'react';
import { useView } from '../selection/useView';
import { useRoving } from '../ui/useRoving';

export interface TermsChartOutlet {
  id: string;
  name: string;
  terms: { term: string; z: number; count: number }[];
}

const ROW = 18;
const LABEL = 96;
const WIDTH = 300;

/**
 * Horizontal bars of z-scores, one small chart per outlet; selecting a bar selects the term
 * (every occurrence is marked in the columns). The scale is shared so outlets compare.
 */
export function TermsChart({ outlets, zLabel }: { outlets: TermsChartOutlet[]; zLabel: string }) {
  const [view, update] = useView();
  const ref = useRef<HTMLDivElement>(null);
  useRoving(ref, { items: 'g[role="button"]' });
  const max = Math.max(2, ...outlets.flatMap((o) => o.terms.map((t) => t.z)));
  const x = scaleLinear().domain([0, max]).range([0, WIDTH - LABEL - 40]).nice();
  return (
    <div className="terms-charts" data-chart="terms" ref={ref}>
      {outlets.map((o) => (
        <figure key={o.id} className="terms-chart" data-article={o.id}>
          <figcaption>{o.name}</figcaption>
          <svg width={WIDTH} height={Math.max(1, o.terms.length) * ROW + 18} viewBox={`0 0 ${WIDTH} ${Math.max(1, o.terms.length) * ROW + 18}`} role="group" aria-label={`${o.name}: ${zLabel}`}>
            {o.terms.map((t, i) => {
              const on = view.term === t.term;
              return (
                <g
                  key={t.term}
                  transform={`translate(0,${i * ROW})`}
                  className={on ? 'bar is-on' : 'bar'}
                  role="button"
                  tabIndex={-1}
                  aria-pressed={on}
                  data-term={t.term}
                  onClick={() => update({ term: on ? undefined : t.term, entity: undefined, claim: undefined })}
                >
                  <title>{`${t.term}: z = ${t.z.toFixed(2)}, ×${t.count}`}</title>
                  <text x={LABEL - 6} y={ROW / 2 + 4} textAnchor="end" className="bar-label">
                    {t.term}
                  </text>
                  <rect x={LABEL} y={3} width={Math.max(1, x(t.z))} height={ROW - 6} className="bar-rect" />
                  <text x={LABEL + x(t.z) + 4} y={ROW / 2 + 4} className="bar-value">
                    {t.z.toFixed(1)}
                  </text>
                </g>
              );
            })}
            <line x1={LABEL + x(1.96)} x2={LABEL + x(1.96)} y1={0} y2={o.terms.length * ROW} className="z-threshold" />
            <text x={LABEL + x(1.96)} y={o.terms.length * ROW + 14} textAnchor="middle" className="axis-label">
              z = 1.96
            </text>
          </svg>
        </figure>
      ))}
    </div>
  );
}
