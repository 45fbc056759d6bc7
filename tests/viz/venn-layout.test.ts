import { describe, expect, it } from 'vitest';
import { distanceForOverlap, lensArea } from '../../lib/viz/circle-geometry';
import { vennLayout } from '../../lib/viz/venn-layout';

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
