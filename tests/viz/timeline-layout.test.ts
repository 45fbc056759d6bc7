import { describe, expect, it } from 'vitest';
import { timelineLayout } from '../../lib/viz/timeline-layout';

const day = (d: number): number => Date.UTC(2023, 5, d);

describe('timelineLayout', () => {
  const layout = timelineLayout({
    domain: [day(10), day(20)],
    width: 1000,
    lanes: ['a', 'b'],
    marks: [
      { id: 't1', startMs: day(14), endMs: day(15), articles: ['a', 'b'] },
      { id: 't2', startMs: day(14), endMs: day(18), articles: ['a'] },
      { id: 't3', startMs: day(16), endMs: day(17), articles: ['a'] },
      { id: 't4', startMs: Date.UTC(2018, 9, 1), endMs: Date.UTC(2018, 10, 1), articles: ['b'] },
      { id: 't5', startMs: day(1), endMs: day(12), articles: ['b'] },
    ],
    publications: [{ articleId: 'b', ms: day(18) + 15 * 3_600_000 }],
  });

  it('maps times linearly onto the width', () => {
    const t1 = layout.marks.find((m) => m.id === 't1' && m.lane === 'a')!;
    expect(t1.x).toBeCloseTo(400, 6);
    expect(t1.width).toBeCloseTo(100, 6);
  });

  it('stacks overlapping intervals of a lane into separate rows and reuses free rows', () => {
    const rows = Object.fromEntries(layout.marks.filter((m) => m.lane === 'a').map((m) => [m.id, m.row]));
    expect(rows).toEqual({ t2: 0, t1: 1, t3: 1 });
    expect(layout.lanes.map((l) => [l.key, l.rows])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });

  it('shows a mark in every lane that reports it, drops marks outside the domain and flags clipped ones', () => {
    expect(layout.marks.filter((m) => m.id === 't1').map((m) => m.lane)).toEqual(['a', 'b']);
    expect(layout.marks.some((m) => m.id === 't4')).toBe(false);
    const t5 = layout.marks.find((m) => m.id === 't5')!;
    expect([t5.x, t5.clippedStart, t5.clippedEnd]).toEqual([0, true, false]);
  });

  it('places publications in their lane', () => {
    expect(layout.publications).toHaveLength(1);
    expect(layout.publications[0]!.y).toBe(layout.lanes[1]!.y);
  });

  const tickCases: { label: string; domain: [number, number]; unit: number }[] = [
    { label: 'years', domain: [Date.UTC(2015, 0, 1), Date.UTC(2024, 0, 1)], unit: 365 * 86_400_000 },
    { label: 'days', domain: [day(10), day(20)], unit: 86_400_000 },
    { label: 'hours', domain: [day(14), day(14) + 12 * 3_600_000], unit: 3_600_000 },
  ];
  it.each(tickCases)('chooses ticks for a zoom of $label, a few per plot', ({ domain, unit }) => {
    const { ticks } = timelineLayout({ domain, width: 900, lanes: [], marks: [] });
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(20);
    const step = ticks[1]!.ms - ticks[0]!.ms;
    expect(step).toBeGreaterThanOrEqual(unit * 0.9);
    expect(step).toBeLessThan(unit * 30);
    expect(ticks.every((t) => t.label.length > 0 && t.x >= 0 && t.x <= 900)).toBe(true);
  });
});
