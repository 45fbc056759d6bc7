import { distanceForOverlap } from './circle-geometry';

export interface VennInput {
  /** Two or three sets with their sizes. */
  sets: readonly { key: string; size: number }[];
  /** Exact intersections (members held by exactly these sets), as from `overlapSets`. */
  intersections: readonly { keys: readonly string[]; size: number }[];
  width: number;
  height: number;
  /** Padding inside the drawing area (default 10). */
  padding?: number;
}

export interface VennCircle {
  key: string;
  size: number;
  cx: number;
  cy: number;
  r: number;
}

/** A label for one exact region (e.g. only A, A∩B but not C), placed at its deepest interior point. */
export interface VennLabel {
  keys: string[];
  size: number;
  x: number;
  y: number;
}

export interface VennLayout {
  circles: VennCircle[];
  labels: VennLabel[];
}

/** Inclusive size of the intersection of `keys` (sum of exact regions containing all of them). */
function inclusive(intersections: VennInput['intersections'], keys: readonly string[]): number {
  return intersections.filter((x) => keys.every((k) => x.keys.includes(k))).reduce((s, x) => s + x.size, 0);
}

/**
 * Area-proportional Euler/Venn layout for 2 sets (exact) and 3 sets (approximate: each
 * pair's centre distance is solved so its lens area matches the pair's intersection; the
 * third circle is placed from its two distances, the triple overlap is not fitted). Circles
 * are scaled to fit `width`×`height`; region labels sit at the deepest point of each region.
 */
export function vennLayout(input: VennInput): VennLayout {
  const sets = input.sets.slice(0, 3);
  const radii = sets.map((s) => Math.sqrt(Math.max(s.size, 1e-9) / Math.PI));
  const dist = (i: number, j: number): number =>
    distanceForOverlap(radii[i]!, radii[j]!, inclusive(input.intersections, [sets[i]!.key, sets[j]!.key]));
  const centres: [number, number][] = [[0, 0]];
  if (sets.length >= 2) centres.push([dist(0, 1), 0]);
  if (sets.length === 3) {
    const dAB = centres[1]![0];
    const dAC = dist(0, 2);
    const dBC = dist(1, 2);
    if (dAB < 1e-9) centres.push([dAC, 0]);
    else {
      const x = (dAC * dAC - dBC * dBC + dAB * dAB) / (2 * dAB);
      centres.push([x, Math.sqrt(Math.max(0, dAC * dAC - x * x))]);
    }
  }

  const pad = input.padding ?? 10;
  const minX = Math.min(...centres.map((c, i) => c[0] - radii[i]!));
  const maxX = Math.max(...centres.map((c, i) => c[0] + radii[i]!));
  const minY = Math.min(...centres.map((c, i) => c[1] - radii[i]!));
  const maxY = Math.max(...centres.map((c, i) => c[1] + radii[i]!));
  const k = Math.min((input.width - 2 * pad) / Math.max(maxX - minX, 1e-9), (input.height - 2 * pad) / Math.max(maxY - minY, 1e-9));
  const offX = (input.width - (maxX - minX) * k) / 2 - minX * k;
  const offY = (input.height - (maxY - minY) * k) / 2 - minY * k;
  const circles: VennCircle[] = sets.map((s, i) => ({
    key: s.key,
    size: s.size,
    cx: centres[i]![0] * k + offX,
    cy: centres[i]![1] * k + offY,
    r: radii[i]! * k,
  }));
  return { circles, labels: regionLabels(circles, input.intersections, input.width, input.height) };
}

/** Places one label per non-empty region at the grid point farthest inside it (every circle boundary). */
function regionLabels(circles: readonly VennCircle[], intersections: VennInput['intersections'], width: number, height: number): VennLabel[] {
  const labels: VennLabel[] = [];
  const n = circles.length;
  const steps = 80;
  for (let mask = 1; mask < 1 << n; mask++) {
    const keys = circles.filter((_, i) => mask & (1 << i)).map((c) => c.key);
    const size = intersections.find((x) => x.keys.length === keys.length && keys.every((k) => x.keys.includes(k)))?.size ?? 0;
    let best: { x: number; y: number; depth: number } | undefined;
    for (let gx = 0; gx <= steps; gx++) {
      for (let gy = 0; gy <= steps; gy++) {
        const x = (gx / steps) * width;
        const y = (gy / steps) * height;
        let depth = Infinity;
        circles.forEach((c, i) => {
          const d = Math.hypot(x - c.cx, y - c.cy);
          depth = Math.min(depth, mask & (1 << i) ? c.r - d : d - c.r);
        });
        if (depth > 0 && (!best || depth > best.depth)) best = { x, y, depth };
      }
    }
    if (best) labels.push({ keys, size, x: best.x, y: best.y });
  }
  return labels;
}
