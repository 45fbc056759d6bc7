'use client';

import { scaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Messages } from '@/lib/i18n';
import { useView } from '../selection/useView';
import type { TimelineProps } from './timeline-props';

const LANE = 56;
const TOP = 28;
const LEFT = 110;
const RIGHT = 16;
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#8c7a00', '#000000', '#999999', '#6a3d9a'];
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;
const ROW = 11;
const ROWS = 3;

/**
 * One mark per (mark, article), packed into up to three rows per lane so overlapping dates
 * don't cover each other; wider marks are drawn first so narrow ones stay on top and clickable.
 */
function packRows(marks: TimelineProps['marks']): { mark: TimelineProps['marks'][number]; articleId: string; row: number }[] {
  const byLane = new Map<string, TimelineProps['marks']>();
  for (const m of marks) for (const a of m.articles) byLane.set(a, [...(byLane.get(a) ?? []), m]);
  const out: { mark: TimelineProps['marks'][number]; articleId: string; row: number }[] = [];
  for (const [articleId, list] of byLane) {
    const sorted = [...list].sort((a, b) => a.startMs - b.startMs || b.endMs - a.endMs);
    const rowEnds: number[] = [];
    sorted.forEach((mark, i) => {
      let row = rowEnds.findIndex((end) => end <= mark.startMs);
      if (row === -1) row = rowEnds.length < ROWS ? rowEnds.length : i % ROWS;
      rowEnds[row] = Math.max(rowEnds[row] ?? 0, mark.endMs);
      out.push({ mark, articleId, row });
    });
  }
  return out.sort((a, b) => b.mark.endMs - b.mark.startMs - (a.mark.endMs - a.mark.startMs) || a.mark.startMs - b.mark.startMs);
}

function shapePath(shape: (typeof SHAPES)[number], r: number): string {
  switch (shape) {
    case 'square':
      return `M${-r},${-r}h${2 * r}v${2 * r}h${-2 * r}z`;
    case 'diamond':
      return `M0,${-r * 1.3}L${r * 1.3},0L0,${r * 1.3}L${-r * 1.3},0z`;
    case 'triangle':
      return `M0,${-r * 1.2}L${r * 1.1},${r * 0.9}L${-r * 1.1},${r * 0.9}z`;
    default:
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0`;
  }
}

/**
 * A time axis with one lane per outlet: publication marks (▼) and every dated mention at its
 * date or interval. Zoom with the wheel or a pinch, pan by dragging; a mark is a button that
 * shows its sentences.
 */
export function Timeline({ lanes, publications, marks, initialDomain, extent, durations, t }: TimelineProps & { t: Messages }) {
  const [view, update] = useView();
  const wrap = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [width, setWidth] = useState(900);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const height = TOP + lanes.length * LANE + 8;

  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => entry && setWidth(Math.max(320, Math.floor(entry.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1 / 400, 20000])
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    zoomRef.current = behaviour;
    select(svg).call(behaviour);
    return () => {
      select(svg).on('.zoom', null);
    };
  }, []);

  const base = useMemo(() => {
    const domain = initialDomain ?? extent ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
    return scaleTime()
      .domain([new Date(domain[0]), new Date(domain[1])])
      .range([LEFT, width - RIGHT]);
  }, [initialDomain, extent, width]);
  const x = useMemo(() => transform.rescaleX(base), [transform, base]);
  const laneOf = new Map(lanes.map((l, i) => [l.articleId, i]));
  const placed = useMemo(() => packRows(marks), [marks]);
  const selected = marks.find((m) => m.id === view.mark);
  const ticks = x.ticks(Math.max(2, Math.floor(width / 110)));
  const tickFormat = x.tickFormat();

  const reset = () => {
    const svg = svgRef.current;
    const behaviour = zoomRef.current;
    if (svg && behaviour) select(svg).call((sel) => behaviour.transform(sel, zoomIdentity));
  };

  return (
    <div className="timeline" ref={wrap}>
      <div className="timeline-bar">
        <p className="help">{t.timelineHelp}</p>
        <button type="button" className="ghost" onClick={reset}>
          {t.resetZoom}
        </button>
      </div>
      <svg
        ref={svgRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${t.tabTimeline}: ${marks.length} dated mentions, ${publications.length} publications`}
        className="timeline-svg"
        data-testid="timeline"
      >
        <defs>
          <clipPath id="timeline-plot">
            <rect x={LEFT} y={0} width={width - LEFT - RIGHT} height={height} />
          </clipPath>
        </defs>
        <g className="axis" aria-hidden="true">
          {ticks.map((d) => (
            <g key={d.getTime()} transform={`translate(${x(d)},0)`}>
              <line y1={TOP - 6} y2={height} stroke="#d9d9e0" />
              <text y={TOP - 10} textAnchor="middle" fontSize={11} fill="#5b5b66">
                {tickFormat(d)}
              </text>
            </g>
          ))}
        </g>
        {lanes.map((lane, i) => (
          <g key={lane.articleId} transform={`translate(0,${TOP + i * LANE})`}>
            <rect x={0} y={0} width={width} height={LANE} fill={i % 2 ? '#fafafb' : '#ffffff'} />
            <path d={shapePath(SHAPES[i % SHAPES.length]!, 4)} transform={`translate(10,${LANE / 2})`} fill={PALETTE[i % PALETTE.length]} />
            <text x={20} y={LANE / 2 + 4} fontSize={12} fill="#1b1b1f">
              {lane.label.length > 13 ? `${lane.label.slice(0, 12)}…` : lane.label}
            </text>
          </g>
        ))}
        <g clipPath="url(#timeline-plot)">
          {placed.map(({ mark: m, articleId, row }) => {
              const lane = laneOf.get(articleId) ?? 0;
              const x0 = x(new Date(m.startMs));
              const x1 = x(new Date(m.endMs));
              const y = TOP + lane * LANE + 20 + row * ROW;
              const isSel = view.mark === m.id;
              const label = `${m.value}: ${m.sources.map((s) => s.text).join(', ')}`;
              const common = {
                key: `${m.id}-${articleId}`,
                role: 'button',
                tabIndex: 0,
                'aria-label': label,
                'aria-pressed': isSel,
                'data-mark': m.id,
                'data-value': m.value,
                className: isSel ? 'mark is-selected-mark' : 'mark',
                onClick: () => update({ mark: isSel ? undefined : m.id }),
                onKeyDown: (e: React.KeyboardEvent) => {
                  if (e.key === 'Enter' || e.key === ' ') update({ mark: isSel ? undefined : m.id });
                },
              };
              const colour = PALETTE[lane % PALETTE.length];
              return x1 - x0 > 6 ? (
                <rect {...common} x={x0} y={y - 4} width={x1 - x0} height={8} rx={3} fill={colour} fillOpacity={0.35} stroke={colour} strokeWidth={isSel ? 3 : 1}>
                  <title>{label}</title>
                </rect>
              ) : (
                <path {...common} d={shapePath(SHAPES[lane % SHAPES.length]!, isSel ? 6 : 4.5)} transform={`translate(${(x0 + x1) / 2},${y})`} fill={colour} stroke="#000" strokeWidth={isSel ? 2 : 0.5}>
                  <title>{label}</title>
                </path>
              );
            })}
          {publications.map((p) => {
            const lane = laneOf.get(p.articleId) ?? 0;
            const px = x(new Date(p.ms));
            return (
              <g key={`pub-${p.articleId}`} transform={`translate(${px},${TOP + lane * LANE + 12})`} className="publication" data-publication={p.articleId}>
                <path d="M-6,-8L6,-8L0,2z" fill="#1b1b1f" />
                <title>{`${p.outlet} ${t.published} ${new Date(p.ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`}</title>
              </g>
            );
          })}
        </g>
      </svg>
      <div className="mark-detail" aria-live="polite" data-testid="mark-detail">
        {selected ? (
          <>
            <p>
              <code>{selected.value}</code>
            </p>
            <ul>
              {selected.sentences.map((s, i) => (
                <li key={`${s.articleId}-${i}`}>
                  <strong>{lanes.find((l) => l.articleId === s.articleId)?.label}</strong>: <mark>{s.text}</mark> — <span>{s.sentence}</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="help">
            {marks.length} dated marks placed · {durations} durations listed in the columns
          </p>
        )}
      </div>
    </div>
  );
}
