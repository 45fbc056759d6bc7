import type { OverlapSets } from '@/lib/compare/overlap-sets';
import { upsetLayout } from '@/lib/viz/upset-layout';
import { textWidth, vennLayout } from '@/lib/viz/venn-layout';

const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#8c7a00', '#000000', '#999999', '#6a3d9a'];
const HATCH = ['', 'url(#hatch-1)', 'url(#hatch-2)'];

interface Props {
  sets: OverlapSets;
  /** What the sets are (entities, claim groups): the chart's title, drawn in it so exports carry it. */
  title: string;
  /** The chart kind's name (Euler diagram, UpSet matrix), for screen readers. */
  kindName: { venn: string; upset: string };
  labels: ReadonlyMap<string, string>;
  /** Link that selects the exact intersection of these set keys. */
  hrefFor: (keys: string[]) => string;
  selected: string[] | null;
}

/**
 * Overlap of the outlets' entity or claim sets, server-rendered SVG: an area-proportional
 * Euler diagram for two or three outlets, an UpSet matrix for more. Every region or column is
 * a link that selects it.
 */
export function OverlapChart(props: Props) {
  return props.sets.sets.length <= 3 ? <Venn {...props} /> : <UpSet {...props} />;
}

function short(label: string): string {
  return label.length > 14 ? `${label.slice(0, 13)}…` : label;
}

function Venn({ sets, labels, hrefFor, selected, title, kindName }: Props) {
  const W = 420;
  const TITLE = 22;
  const H = 260;
  const setText = (key: string, size: number) => `${short(labels.get(key) ?? key)} (${size})`;
  // Room around the circles for the outlets' labels, which lib/viz places outside every circle.
  const layout = vennLayout({
    sets: sets.sets,
    intersections: sets.intersections,
    width: W,
    height: H,
    padding: 24,
    setLabels: sets.sets.map((s) => ({ key: s.key, width: textWidth(setText(s.key, s.size), 12) + 6, height: 16 })),
  });
  const isSel = (keys: string[]) => selected !== null && selected.join('+') === keys.join('+');
  return (
    <svg viewBox={`0 ${-TITLE} ${W} ${H + TITLE}`} width={W} height={H + TITLE} role="group" aria-label={`${kindName.venn}: ${title}`} data-chart="venn" data-chart-title={title}>
      <text x={4} y={-6} fontSize={13} fontWeight={700} fill="#1b1b1f" className="chart-title">
        {title}
      </text>
      <defs>
        <pattern id="hatch-1" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="#000" strokeOpacity="0.25" strokeWidth="2" />
        </pattern>
        <pattern id="hatch-2" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="#000" strokeOpacity="0.25" strokeWidth="2" />
        </pattern>
      </defs>
      {layout.circles.map((c, i) => (
        <g key={c.key}>
          <circle cx={c.cx} cy={c.cy} r={c.r} fill={PALETTE[i]} fillOpacity={0.22} stroke={PALETTE[i]} strokeWidth={2} />
          {HATCH[i] && <circle cx={c.cx} cy={c.cy} r={c.r} fill={HATCH[i]} />}
        </g>
      ))}
      {layout.setLabels.map((l) => (
        <g key={`label-${l.key}`} className="set-label" data-set-label={l.key}>
          {l.leader && <line x1={l.leader.x1} y1={l.leader.y1} x2={l.leader.x2} y2={l.leader.y2} stroke="#5b5b66" strokeWidth={1} />}
          <text x={l.x} y={l.y + 4} textAnchor="middle" fontSize={12} fontWeight={600} fill="#1b1b1f">
            {setText(l.key, sets.sets.find((s) => s.key === l.key)?.size ?? 0)}
          </text>
        </g>
      ))}
      {layout.labels.filter((l) => l.size > 0).map((l) => (
        <a key={l.keys.join('+')} href={hrefFor(l.keys)} aria-current={isSel(l.keys) ? 'true' : undefined} aria-label={`${l.keys.map((k) => labels.get(k) ?? k).join(' ∩ ')}: ${l.size}`} data-set={l.keys.join('+')}>
          <circle cx={l.x} cy={l.y} r={15} fill="#fff" stroke={isSel(l.keys) ? '#000' : '#5b5b66'} strokeWidth={isSel(l.keys) ? 3 : 1} />
          <text x={l.x} y={l.y + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="#1b1b1f">
            {l.size}
          </text>
        </a>
      ))}
    </svg>
  );
}

function UpSet({ sets, labels, hrefFor, selected, title, kindName }: Props) {
  const W = 560;
  const TOP = 34;
  const H = 120 + sets.sets.length * 22;
  const layout = upsetLayout({ sets: sets.sets, intersections: sets.intersections, width: W, height: H, maxIntersections: 24, labelWidth: 170 });
  const rowY = new Map(layout.rows.map((r) => [r.key, r.y]));
  return (
    <svg viewBox={`0 ${-TOP} ${W} ${H + TOP}`} width={W} height={H + TOP} role="group" aria-label={`${kindName.upset}: ${title}`} data-chart="upset" data-chart-title={title}>
      <text x={4} y={-20} fontSize={13} fontWeight={700} fill="#1b1b1f" className="chart-title">
        {title}
      </text>
      {layout.rows.map((r, i) => (
        <g key={r.key}>
          {i % 2 === 0 && <rect x={0} y={r.y - layout.cell / 2} width={W} height={layout.cell} fill="#f6f6f8" />}
          <rect x={r.bar.x} y={r.y - 5} width={r.bar.width} height={10} fill="#5b5b66" />
          <text x={4} y={r.y + 4} fontSize={11} fill="#1b1b1f">
            {short(labels.get(r.key) ?? r.key)} ({r.size})
          </text>
        </g>
      ))}
      {layout.columns.map((c) => {
        const sel = selected !== null && selected.join('+') === c.keys.join('+');
        return (
          <a
            key={c.keys.join('+')}
            href={hrefFor(c.keys)}
            aria-current={sel ? 'true' : undefined}
            aria-label={`${c.keys.map((k) => labels.get(k) ?? k).join(' ∩ ')}: ${c.size}`}
            data-set={c.keys.join('+')}
          >
            <rect x={c.bar.x} y={c.bar.y} width={c.bar.width} height={c.bar.height} fill={sel ? '#d55e00' : '#0072b2'} />
            <text x={c.x} y={c.bar.y - 3} textAnchor="middle" fontSize={10} fill="#1b1b1f">
              {c.size}
            </text>
            {c.line && <line x1={c.x} x2={c.x} y1={c.line.y1} y2={c.line.y2} stroke="#1b1b1f" strokeWidth={2} />}
            {c.dots.map((d) => (
              <circle key={d.key} cx={c.x} cy={rowY.get(d.key) ?? d.y} r={layout.dotRadius} fill={d.filled ? '#1b1b1f' : '#d9d9e0'} />
            ))}
            <rect x={c.x - layout.cell / 2} y={0} width={layout.cell} height={H} fill="transparent" />
          </a>
        );
      })}
    </svg>
  );
}
