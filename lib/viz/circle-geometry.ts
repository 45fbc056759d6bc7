/** Area of the lens where two circles of radii `r1`, `r2` at centre distance `d` overlap. */
export function lensArea(r1: number, r2: number, d: number): number {
  if (d >= r1 + r2) return 0;
  const small = Math.min(r1, r2);
  if (d <= Math.abs(r1 - r2)) return Math.PI * small * small;
  const a1 = Math.acos((d * d + r1 * r1 - r2 * r2) / (2 * d * r1));
  const a2 = Math.acos((d * d + r2 * r2 - r1 * r1) / (2 * d * r2));
  const k = Math.sqrt(Math.max(0, (-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2)));
  return r1 * r1 * a1 + r2 * r2 * a2 - k / 2;
}

/**
 * The centre distance at which two circles overlap by `area`, by bisection on the lens area
 * (which falls monotonically from the smaller disc to 0 as the distance grows). Disjoint
 * sets sit apart with a small gap; a full overlap (subset) is drawn inside, touching.
 */
export function distanceForOverlap(r1: number, r2: number, area: number): number {
  if (area <= 0) return (r1 + r2) * 1.05;
  const full = Math.PI * Math.min(r1, r2) ** 2;
  if (area >= full) return Math.abs(r1 - r2);
  let lo = Math.abs(r1 - r2);
  let hi = r1 + r2;
  for (let i = 0; i < 100 && hi - lo > 1e-10 * (r1 + r2); i++) {
    const mid = (lo + hi) / 2;
    if (lensArea(r1, r2, mid) > area) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
