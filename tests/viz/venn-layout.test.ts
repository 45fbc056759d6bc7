import { describe, expect, it } from 'vitest';
import { distanceForOverlap, lensArea } from '../../lib/viz/circle-geometry';
import { textWidth, vennLayout } from '../../lib/viz/venn-layout';

const circleArea = (r: number): number => Math.PI * r * r;

describe('distanceForOverlap', () => {
  const cases: { label: string; r1: number; r2: number; share: number }[] = [
    { label: 'equal circles, small overlap', r1: 1, r2: 1, share: 0.1 },
    { label: 'equal circles, large overlap', r1: 1, r2: 1, share: 0.9 },
    { label: 'unequal circles, half of the smaller', r1: 3, r2: 1, share: 0.5 },
  ];
  it.each(cases)('$label: the lens area matches within 1%', ({ r1, r2, share }) => {
    const target = share * circleArea(Math.min(r1, r2));
    const d = distanceForOverlap(r1, r2, target);
    expect(Math.abs(lensArea(r1, r2, d) - target) / target).toBeLessThan(0.01);
  });
});

describe('vennLayout with two sets', () => {
  const scaleOf = (c: { r: number; size: number }): number => circleArea(c.r) / c.size;

  it('draws areas proportional to the sizes, the lens matching the intersection within 1%', () => {
    const { circles } = vennLayout({
      sets: [
        { key: 'A', size: 40 },
        { key: 'B', size: 25 },
      ],
      intersections: [
        { keys: ['A'], size: 30 },
        { keys: ['B'], size: 15 },
        { keys: ['A', 'B'], size: 10 },
      ],
      width: 400,
      height: 300,
    });
    const [a, b] = circles as [(typeof circles)[0], (typeof circles)[0]];
    expect(scaleOf(a) / scaleOf(b)).toBeCloseTo(1, 6);
    const lens = lensArea(a.r, b.r, Math.hypot(a.cx - b.cx, a.cy - b.cy)) / scaleOf(a);
    expect(Math.abs(lens - 10) / 10).toBeLessThan(0.01);
    for (const c of circles) {
      expect(c.cx - c.r).toBeGreaterThanOrEqual(0);
      expect(c.cx + c.r).toBeLessThanOrEqual(400);
      expect(c.cy + c.r).toBeLessThanOrEqual(300);
    }
  });

  it('keeps disjoint sets apart', () => {
    const { circles, labels } = vennLayout({
      sets: [
        { key: 'A', size: 5 },
        { key: 'B', size: 5 },
      ],
      intersections: [
        { keys: ['A'], size: 5 },
        { keys: ['B'], size: 5 },
      ],
      width: 300,
      height: 200,
    });
    const [a, b] = circles as [(typeof circles)[0], (typeof circles)[0]];
    expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThan(a.r + b.r);
    expect(labels.map((l) => l.keys)).toEqual([['A'], ['B']]);
  });

  it('draws a subset inside its superset', () => {
    const { circles } = vennLayout({
      sets: [
        { key: 'A', size: 20 },
        { key: 'B', size: 5 },
      ],
      intersections: [
        { keys: ['A'], size: 15 },
        { keys: ['A', 'B'], size: 5 },
      ],
      width: 300,
      height: 300,
    });
    const [a, b] = circles as [(typeof circles)[0], (typeof circles)[0]];
    expect(Math.hypot(a.cx - b.cx, a.cy - b.cy) + b.r).toBeLessThanOrEqual(a.r + 1e-6);
  });
});

describe('vennLayout with three sets', () => {
  const layout = vennLayout({
    sets: [
      { key: 'A', size: 30 },
      { key: 'B', size: 30 },
      { key: 'C', size: 30 },
    ],
    intersections: [
      { keys: ['A'], size: 18 },
      { keys: ['B'], size: 18 },
      { keys: ['C'], size: 18 },
      { keys: ['A', 'B'], size: 4 },
      { keys: ['A', 'C'], size: 4 },
      { keys: ['B', 'C'], size: 4 },
      { keys: ['A', 'B', 'C'], size: 4 },
    ],
    width: 400,
    height: 400,
  });

  it('places the third circle at equal distances from the first two when the overlaps are symmetric', () => {
    const [a, b, c] = layout.circles as [(typeof layout.circles)[0], (typeof layout.circles)[0], (typeof layout.circles)[0]];
    const d = (p: typeof a, q: typeof a): number => Math.hypot(p.cx - q.cx, p.cy - q.cy);
    expect(d(a, c)).toBeCloseTo(d(a, b), 6);
    expect(d(b, c)).toBeCloseTo(d(a, b), 6);
  });

  it('labels all seven regions, each inside exactly its own circles', () => {
    expect(layout.labels).toHaveLength(7);
    for (const label of layout.labels) {
      const inside = layout.circles.filter((c) => Math.hypot(label.x - c.cx, label.y - c.cy) < c.r).map((c) => c.key);
      expect(inside).toEqual(label.keys);
    }
    expect(layout.labels.find((l) => l.keys.length === 3)?.size).toBe(4);
  });
});

describe('vennLayout places each outlet label outside every circle', () => {
  const W = 420;
  const H = 260;
  const label = (key: string, width = 110) => ({ key, width, height: 16 });
  const cases: { label: string; sets: { key: string; size: number }[]; intersections: { keys: string[]; size: number }[] }[] = [
    {
      label: 'two overlapping sets',
      sets: [
        { key: 'A', size: 40 },
        { key: 'B', size: 25 },
      ],
      intersections: [
        { keys: ['A'], size: 30 },
        { keys: ['B'], size: 15 },
        { keys: ['A', 'B'], size: 10 },
      ],
    },
    {
      label: 'three sets, the third below the other two (its label used to fall inside them)',
      sets: [
        { key: 'A', size: 30 },
        { key: 'B', size: 30 },
        { key: 'C', size: 30 },
      ],
      intersections: [
        { keys: ['A'], size: 12 },
        { keys: ['B'], size: 12 },
        { keys: ['C'], size: 12 },
        { keys: ['A', 'B'], size: 6 },
        { keys: ['A', 'C'], size: 6 },
        { keys: ['B', 'C'], size: 6 },
        { keys: ['A', 'B', 'C'], size: 6 },
      ],
    },
    {
      label: 'a small set inside a large one',
      sets: [
        { key: 'A', size: 80 },
        { key: 'B', size: 10 },
      ],
      intersections: [
        { keys: ['A'], size: 70 },
        { keys: ['A', 'B'], size: 10 },
      ],
    },
    {
      label: 'three disjoint sets of unequal sizes',
      sets: [
        { key: 'A', size: 50 },
        { key: 'B', size: 5 },
        { key: 'C', size: 20 },
      ],
      intersections: [
        { keys: ['A'], size: 50 },
        { keys: ['B'], size: 5 },
        { keys: ['C'], size: 20 },
      ],
    },
  ];
  it.each(cases)('$label', ({ sets, intersections }) => {
    const { circles, setLabels } = vennLayout({ sets, intersections, width: W, height: H, padding: 24, setLabels: sets.map((s) => label(s.key)) });
    expect(setLabels.map((l) => l.key)).toEqual(sets.map((s) => s.key));
    for (const l of setLabels) {
      const { x, y, width, height } = l.box;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + width).toBeLessThanOrEqual(W);
      expect(y + height).toBeLessThanOrEqual(H);
      for (const c of circles) {
        const nx = Math.max(x, Math.min(c.cx, x + width));
        const ny = Math.max(y, Math.min(c.cy, y + height));
        expect(Math.hypot(nx - c.cx, ny - c.cy), `${l.key} clear of circle ${c.key}`).toBeGreaterThanOrEqual(c.r);
      }
      for (const o of setLabels) {
        if (o === l) continue;
        const apart = x + width <= o.box.x || o.box.x + o.box.width <= x || y + height <= o.box.y || o.box.y + o.box.height <= y;
        expect(apart, `${l.key} and ${o.key} do not overlap`).toBe(true);
      }
      // Beside its own circle, or joined to it by a leader line that starts on it.
      const own = circles.find((c) => c.key === l.key)!;
      const nx = Math.max(x, Math.min(own.cx, x + width));
      const ny = Math.max(y, Math.min(own.cy, y + height));
      const gap = Math.hypot(nx - own.cx, ny - own.cy) - own.r;
      if (l.leader) expect(Math.abs(Math.hypot(l.leader.x1 - own.cx, l.leader.y1 - own.cy) - own.r)).toBeLessThan(0.5);
      else expect(gap).toBeLessThanOrEqual(10);
    }
  });
});

describe('textWidth', () => {
  it('counts full-width characters as one em and Latin ones as about 0.6 em', () => {
    expect(textWidth('法广', 12)).toBe(24);
    expect(textWidth('RFI', 10)).toBe(Math.ceil(3 * 6.2));
  });
});
