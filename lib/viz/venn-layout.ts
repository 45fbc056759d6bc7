import { distanceForOverlap } from './circle-geometry';

export interface VennInput {
  /** Two or three sets with their sizes. */
  sets: readonly { key: string; size: number }[];
  /** Exact intersections (members held by exactly these sets), as from `overlapSets`. */
  intersections: readonly { keys: readonly string[]; size: number }[];
  width: number;
  height: number;
  /** Padding inside the drawing area (default 10): room for the set labels outside the circles. */
  padding?: number;
  /** The size of each set's own label (its outlet's name and count), to place it outside every circle. */
  setLabels?: readonly { key: string; width: number; height: number }[];
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

/**
 * A set's own label: a box outside every circle (and inside the drawing area), near its own
 * circle; `leader` joins it to the circle when it could not sit right beside it.
 */
export interface VennSetLabel {
  key: string;
  /** Centre of the label box. */
  x: number;
  y: number;
  box: { x: number; y: number; width: number; height: number };
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface VennLayout {
  circles: VennCircle[];
  labels: VennLabel[];
  setLabels: VennSetLabel[];
}

/** A label's approximate width in pixels: full-width (CJK) characters one em, others 0.62 em (bold sans). */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? fontSize : fontSize * 0.62;
  return Math.ceil(w);
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
  return {
    circles,
    labels: regionLabels(circles, input.intersections, input.width, input.height),
    setLabels: placeSetLabels(circles, input.setLabels ?? [], input.width, input.height),
  };
}

type Box = VennSetLabel['box'];

/** Distance from a circle's centre to the nearest point of a box, and that point. */
function nearestOnBox(box: Box, x: number, y: number): { d: number; x: number; y: number } {
  const nx = Math.max(box.x, Math.min(x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(y, box.y + box.height));
  return { d: Math.hypot(nx - x, ny - y), x: nx, y: ny };
}

const boxesOverlap = (a: Box, b: Box, margin: number): boolean =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

/**
 * Each set's label outside every circle: tried in directions around its circle (first the one
 * pointing away from the other circles) at growing gaps, the first box that stays inside the
 * area, clear of every circle and of the labels already placed wins, the nearest first. A
 * label more than a few pixels off its circle gets a leader line. Larger sets are placed first.
 */
function placeSetLabels(circles: readonly VennCircle[], sizes: NonNullable<VennInput['setLabels']>, width: number, height: number): VennSetLabel[] {
  const MARGIN = 3;
  const placed: VennSetLabel[] = [];
  const cx = circles.reduce((s, c) => s + c.cx, 0) / Math.max(1, circles.length);
  const cy = circles.reduce((s, c) => s + c.cy, 0) / Math.max(1, circles.length);
  const order = [...circles].sort((a, b) => b.r - a.r || a.key.localeCompare(b.key));
  for (const c of order) {
    const size = sizes.find((l) => l.key === c.key);
    if (!size) continue;
    // Away from the middle of the diagram; straight down when the circle is that middle.
    const away = Math.hypot(c.cx - cx, c.cy - cy) > 1e-6 ? Math.atan2(c.cy - cy, c.cx - cx) : Math.PI / 2;
    let best: { score: number; label: VennSetLabel } | undefined;
    for (let step = 0; step < 36; step++) {
      const turn = (Math.ceil(step / 2) * (step % 2 ? 1 : -1) * Math.PI) / 18;
      const a = away + turn;
      const [dx, dy] = [Math.cos(a), Math.sin(a)];
      // Half the box's extent along the direction, so the box's near side faces the circle.
      const reach = Math.abs(dx) * (size.width / 2) + Math.abs(dy) * (size.height / 2);
      for (let gap = MARGIN; gap <= 120; gap += 3) {
        const x = c.cx + dx * (c.r + gap + reach);
        const y = c.cy + dy * (c.r + gap + reach);
        const box = { x: x - size.width / 2, y: y - size.height / 2, width: size.width, height: size.height };
        if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height) continue;
        if (circles.some((o) => nearestOnBox(box, o.cx, o.cy).d < o.r + MARGIN)) continue;
        if (placed.some((p) => boxesOverlap(p.box, box, MARGIN))) continue;
        const near = nearestOnBox(box, c.cx, c.cy);
        const score = near.d - c.r + Math.abs(turn) * 4;
        if (!best || score < best.score) {
          const edge = { x: c.cx + ((near.x - c.cx) / near.d) * c.r, y: c.cy + ((near.y - c.cy) / near.d) * c.r };
          const leader = near.d - c.r > 10 ? { x1: edge.x, y1: edge.y, x2: near.x, y2: near.y } : null;
          best = { score, label: { key: c.key, x, y, box, leader } };
        }
        break;
      }
    }
    // No room anywhere (a tiny area): under the circle, clamped into the area.
    const fallback = (): VennSetLabel => {
      const x = Math.max(size.width / 2, Math.min(width - size.width / 2, c.cx));
      const y = Math.max(size.height / 2, Math.min(height - size.height / 2, c.cy + c.r + MARGIN + size.height / 2));
      return { key: c.key, x, y, box: { x: x - size.width / 2, y: y - size.height / 2, width: size.width, height: size.height }, leader: null };
    };
    placed.push(best?.label ?? fallback());
  }
  return circles.map((c) => placed.find((p) => p.key === c.key)).filter((p): p is VennSetLabel => p !== undefined);
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
