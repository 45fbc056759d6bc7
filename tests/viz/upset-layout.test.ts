import { describe, expect, it } from 'vitest';
import { overlapSets } from '../../lib/compare/overlap-sets';
import { upsetLayout } from '../../lib/viz/upset-layout';

const sets = overlapSets([
  { key: 'a', members: ['1', '2', '3', '4', '5'] },
  { key: 'b', members: ['1', '2', '3', '6'] },
  { key: 'c', members: ['1', '7'] },
  { key: 'd', members: ['1', '2', '8', '9'] },
]);
const layout = upsetLayout({ sets: sets.sets, intersections: sets.intersections, width: 600, height: 300 });

describe('upsetLayout', () => {
  it('sorts the columns by intersection size, then by fewer sets', () => {
    expect(layout.columns.map((c) => [c.keys.join('+'), c.size])).toEqual([
      ['a', 2],
      ['d', 2],
      ['b', 1],
      ['c', 1],
      ['a+b', 1],
      ['a+b+d', 1],
      ['a+b+c+d', 1],
    ]);
  });

  it('sorts rows by set size and fills exactly the dots of each column', () => {
    expect(layout.rows.map((r) => r.key)).toEqual(['a', 'b', 'd', 'c']);
    const all = layout.columns.at(-1)!;
    expect(all.dots.every((d) => d.filled)).toBe(true);
    expect(all.line).toEqual({ y1: layout.rows[0]!.y, y2: layout.rows[3]!.y });
    const single = layout.columns[1]!;
    expect(single.dots.filter((d) => d.filled).map((d) => d.key)).toEqual(['d']);
    expect(single.line).toBeNull();
  });

  it('scales bars to the largest intersection and keeps columns inside the width, left to right', () => {
    const heights = layout.columns.map((c) => c.bar.height);
    expect(heights[0]).toBeCloseTo(heights[1]!, 9);
    expect(heights[2]! / heights[0]!).toBeCloseTo(0.5, 9);
    const xs = layout.columns.map((c) => c.x);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    expect(xs.at(-1)! + layout.cell / 2).toBeLessThanOrEqual(600 + 1e-9);
    for (const c of layout.columns) expect(c.bar.y + c.bar.height).toBeCloseTo(layout.rows[0]!.y - layout.cell / 2, 9);
  });
});
