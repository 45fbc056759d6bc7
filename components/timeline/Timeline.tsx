'use client';

import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useEffect, useMemo, useRef, useState } from 'react';
import { fill, type Lang, type Messages } from '@/lib/i18n';
import { timelineLayout } from '@/lib/viz/timeline-layout';
import { timeValueWords } from '@/lib/viz/time-words';
import { useView } from '../selection/useView';
import { useRoving } from '../ui/useRoving';
import type { TimelineProps } from './timeline-props';

const LEFT = 110;
const RIGHT = 16;
const ROW = 14;
const LANE_GAP = 10;
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#8c7a00', '#000000', '#999999', '#6a3d9a'];
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

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

/** `YYYY-MM-DD` of a UTC instant. */
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A time axis with one lane per outlet: publication marks (▼) and every dated mention at its
 * date or interval, laid out by `lib/viz/timeline-layout` on a UTC scale (the marks and labels
 * are the same in every time zone). Zoom with the wheel or a pinch, pan by dragging; marks
 * outside the view are counted at the lane's edges (◀ 3, 2 ▶), and those counts are buttons
 * that pan to the nearest one. A mark is a button that shows its sentences.
 */
export function Timeline({ lanes, publications, marks, sentences, initialDomain, extent, durations, lang, t }: TimelineProps & { lang: Lang; t: Messages }) {
  const [view, update] = useView();
  const wrap = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  // 900 until the container is measured (server render, first paint); `data-measured` says when it is.
  const [width, setWidth] = useState(900);
  const [measured, setMeasured] = useState(false);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  // The marks are one Tab stop: arrows step through them in time order, Enter or Space selects.
  useRoving(svgRef, { items: '.mark' });
  // The lanes' counts of marks out of view (◀ 3, 2 ▶) are one more Tab stop: arrows between them, Enter pans.
  useRoving(svgRef, { items: '.offscreen' });

  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => {
      if (!entry) return;
      setWidth(Math.max(320, Math.floor(entry.contentRect.width)));
      setMeasured(true);
    });
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
    return scaleUtc()
      .domain([new Date(domain[0]), new Date(domain[1])])
      .range([LEFT, width - RIGHT]);
  }, [initialDomain, extent, width]);
  const visible = useMemo(() => {
    const [a, b] = transform.rescaleX(base).domain();
    return [a!.getTime(), b!.getTime()] as const;
  }, [transform, base]);
  const plotWidth = width - LEFT - RIGHT;
  const layout = useMemo(
    () =>
      timelineLayout({
        domain: visible,
        width: plotWidth,
        lanes: lanes.map((l) => l.articleId),
        marks,
        publications: publications.map((p) => ({ articleId: p.articleId, ms: p.ms })),
        rowHeight: ROW,
        laneGap: LANE_GAP,
        lang,
      }),
    [visible, plotWidth, lanes, marks, publications, lang],
  );
  const laneIndex = new Map(lanes.map((l, i) => [l.articleId, i]));
  const markById = new Map(marks.map((m) => [m.id, m]));
  const selected = marks.find((m) => m.id === view.mark);
  // The selected mark's mentions, marked in the columns (as SelectionSync marks a term's).
  const markSpans = selected?.sources.map((s) => `${s.articleId}:${s.start}-${s.end}`).join(' ');
  useEffect(() => {
    window.dispatchEvent(new Event('parallax:spans'));
  }, [markSpans]);
  // Narrow plots put the legend on its own line under the title.
  const narrow = width < 640;
  const TOP = narrow ? 68 : 50;
  const height = TOP + layout.height + 8;
  const words = (value: string) => timeValueWords(value, lang);

  const reset = () => {
    const svg = svgRef.current;
    const behaviour = zoomRef.current;
    if (svg && behaviour) select(svg).call((sel) => behaviour.transform(sel, zoomIdentity));
  };
  /** Pans (keeping the zoom) so that the instant `ms` is in the middle of the plot. */
  const panTo = (ms: number) => {
    const svg = svgRef.current;
    const behaviour = zoomRef.current;
    if (!svg || !behaviour) return;
    const k = transform.k;
    const target = zoomIdentity.translate((LEFT + width - RIGHT) / 2 - base(new Date(ms)) * k, 0).scale(k);
    select(svg).call((sel) => behaviour.transform(sel, target));
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
        role="group"
        aria-label={fill(t.timelineLabel, { m: marks.length, p: publications.length })}
        className="timeline-svg"
        data-testid="timeline"
        data-measured={measured ? 'yes' : undefined}
        data-chart-title={t.chartTimeline}
      >
        <defs>
          <clipPath id="timeline-plot">
            <rect x={LEFT} y={0} width={plotWidth} height={height} />
          </clipPath>
        </defs>
        {/* Title, the dates shown and a legend: part of the chart, so its exports carry them. */}
        <g className="timeline-head">
          <text x={4} y={14} fontSize={13} fontWeight={700} fill="#1b1b1f" data-testid="timeline-title">
            {`${t.chartTimeline}: ${words(utcDay(visible[0]))} – ${words(utcDay(visible[1]))} (UTC)`}
          </text>
          <g transform={narrow ? 'translate(4,30)' : `translate(${width - 330},8)`} fontSize={11} fill="#1b1b1f">
            <path d="M0,-4L10,-4L5,5z" fill="#1b1b1f" />
            <text x={14} y={4}>
              {t.legendPublished}
            </text>
            <path d={shapePath('circle', 4)} transform="translate(104,0)" fill="#0072b2" stroke="#000" strokeWidth={0.5} />
            <text x={112} y={4}>
              {t.legendDate}
            </text>
            <rect x={200} y={-4} width={18} height={8} rx={3} fill="#0072b2" fillOpacity={0.35} stroke="#0072b2" />
            <text x={222} y={4}>
              {t.legendPeriod}
            </text>
          </g>
        </g>
        <g className="axis" aria-hidden="true">
          {layout.ticks.map((tick) => (
            <g key={tick.ms} transform={`translate(${LEFT + tick.x},0)`} data-tick={tick.ms}>
              <line y1={TOP - 6} y2={height} stroke="#d9d9e0" />
              <text y={TOP - 10} textAnchor="middle" fontSize={11} fill="#5b5b66">
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        {layout.lanes.map((lane) => {
          const i = laneIndex.get(lane.key) ?? 0;
          const label = lanes[i]?.label ?? lane.key;
          const y = TOP + lane.y;
          return (
            <g key={lane.key} data-lane={lane.key}>
              <rect x={0} y={y - LANE_GAP / 2} width={width} height={lane.height + LANE_GAP} fill={i % 2 ? '#fafafb' : '#ffffff'} />
              <path d={shapePath(SHAPES[i % SHAPES.length]!, 4)} transform={`translate(10,${y + lane.height / 2})`} fill={PALETTE[i % PALETTE.length]} />
              <text x={20} y={y + lane.height / 2 + 4} fontSize={12} fill="#1b1b1f">
                {label.length > 13 ? `${label.slice(0, 12)}…` : label}
              </text>
              {lane.before > 0 && lane.nearestBefore !== null && (
                <g
                  role="button"
                  tabIndex={-1}
                  className="offscreen"
                  data-offscreen="before"
                  aria-label={fill(t.offscreenBefore, { n: lane.before })}
                  transform={`translate(${LEFT + 2},${y + lane.height / 2})`}
                  onClick={() => panTo(lane.nearestBefore!)}
                >
                  <title>{fill(t.offscreenBefore, { n: lane.before })}</title>
                  <rect x={0} y={-7} width={30} height={14} rx={3} fill="#fff" stroke="#1b1b1f" strokeWidth={0.75} />
                  <text x={15} y={4} textAnchor="middle" fontSize={10} fill="#1b1b1f">
                    {`◀ ${lane.before}`}
                  </text>
                </g>
              )}
              {lane.after > 0 && lane.nearestAfter !== null && (
                <g
                  role="button"
                  tabIndex={-1}
                  className="offscreen"
                  data-offscreen="after"
                  aria-label={fill(t.offscreenAfter, { n: lane.after })}
                  transform={`translate(${width - RIGHT - 32},${y + lane.height / 2})`}
                  onClick={() => panTo(lane.nearestAfter!)}
                >
                  <title>{fill(t.offscreenAfter, { n: lane.after })}</title>
                  <rect x={0} y={-7} width={30} height={14} rx={3} fill="#fff" stroke="#1b1b1f" strokeWidth={0.75} />
                  <text x={15} y={4} textAnchor="middle" fontSize={10} fill="#1b1b1f">
                    {`${lane.after} ▶`}
                  </text>
                </g>
              )}
            </g>
          );
        })}
        <g clipPath="url(#timeline-plot)">
          {layout.marks.map((pm) => {
            const m = markById.get(pm.id)!;
            const lane = laneIndex.get(pm.lane) ?? 0;
            const isSel = view.mark === m.id;
            const label = `${words(m.value)}: ${m.sources.map((s) => s.text).join(', ')}`;
            const x0 = LEFT + pm.x;
            const y = TOP + pm.y + pm.height / 2;
            const common = {
              key: `${m.id}-${pm.lane}`,
              role: 'button',
              tabIndex: -1,
              'aria-label': label,
              'aria-pressed': isSel,
              'data-mark': m.id,
              'data-value': m.value,
              'data-x': Math.round(pm.x * 10) / 10,
              className: isSel ? 'mark is-selected-mark' : 'mark',
              onClick: () => update({ mark: isSel ? undefined : m.id }),
            };
            const colour = PALETTE[lane % PALETTE.length];
            return pm.width > 6 ? (
              <g {...common}>
                <rect x={x0} y={y - 4} width={pm.width} height={8} rx={3} fill={colour} fillOpacity={0.35} stroke={colour} strokeWidth={isSel ? 3 : 1} />
                {/* A period that runs on beyond the view: an arrowhead at the cut edge. */}
                {pm.clippedStart && <path d={`M${x0 + 1},${y}l6,-5v10z`} fill="#1b1b1f" className="clipped" />}
                {pm.clippedEnd && <path d={`M${x0 + pm.width - 1},${y}l-6,-5v10z`} fill="#1b1b1f" className="clipped" />}
                <title>{label}</title>
              </g>
            ) : (
              <path {...common} d={shapePath(SHAPES[lane % SHAPES.length]!, isSel ? 6 : 4.5)} transform={`translate(${x0 + pm.width / 2},${y})`} fill={colour} stroke="#000" strokeWidth={isSel ? 2 : 0.5}>
                <title>{label}</title>
              </path>
            );
          })}
          {layout.publications.map((p) => {
            const pub = publications.find((q) => q.articleId === p.articleId);
            return (
              <g key={`pub-${p.articleId}`} transform={`translate(${LEFT + p.x},${TOP + p.y})`} className="publication" data-publication={p.articleId}>
                <path d="M-6,-8L6,-8L0,2z" fill="#1b1b1f" />
                <title>{pub ? `${pub.outlet} ${t.published} ${new Date(pub.ms).toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''}</title>
              </g>
            );
          })}
        </g>
      </svg>
      {markSpans && <div hidden data-highlight-spans={markSpans} data-mark={view.mark} />}
      <div className="mark-detail" aria-live="polite" data-testid="mark-detail">
        {selected ? (
          <>
            <p>
              <strong title={selected.value}>{words(selected.value)}</strong>
            </p>
            <ul>
              {selected.sources.map((s, i) => (
                <li key={`${s.articleId}-${i}`}>
                  <strong>{lanes.find((l) => l.articleId === s.articleId)?.label}</strong>: <mark>{s.text}</mark> — <span>{sentences[s.sentence]}</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="help">{fill(t.timelineSummary, { m: marks.length, d: durations })}</p>
        )}
      </div>
    </div>
  );
}
