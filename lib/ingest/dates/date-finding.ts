import type { PublishedEvidence } from '../../schema/article';
import { isValidWallTime, wallTimeToIso, type WallTime } from './zoned-time';

/** A candidate publication time found somewhere in the input. */
export interface DateFinding {
  kind: Exclude<PublishedEvidence['kind'], 'none'>;
  /** The raw string it was read from. */
  raw: string;
  /** The zone the raw value was interpreted in. */
  timeZone: string;
  /** ISO instant (`…Z`). For date-only findings: local midnight in `timeZone`. */
  instant: string;
  /** `time` when the raw value has a time of day, `date` when it names a day only. */
  precision: 'time' | 'date';
}

/** A finding from a wall-clock reading in `timeZone`, or null when the reading is not a real date. */
export function wallFinding(
  kind: DateFinding['kind'],
  raw: string,
  t: WallTime,
  timeZone: string,
): DateFinding | null {
  if (!isValidWallTime(t)) return null;
  const precision = t.hour === undefined ? 'date' : 'time';
  return { kind, raw, timeZone, instant: wallTimeToIso(t, timeZone), precision };
}

/** A finding from an absolute instant (epoch ms), or null when out of the plausible range 1990–2100. */
export function instantFinding(kind: DateFinding['kind'], raw: string, ms: number): DateFinding | null {
  if (!Number.isFinite(ms) || ms < Date.UTC(1990, 0, 1) || ms > Date.UTC(2100, 0, 1)) return null;
  return { kind, raw, timeZone: 'UTC', instant: new Date(ms).toISOString(), precision: 'time' };
}
