import type { Atom, ResolveContext, Resolved } from './atom';
import { addDays, fmtDateTime, fmtDay } from './calendar';
import { isoDuration, pointValue, shiftDay, type Duration } from './duration';

/**
 * How a length of time is used: a bare length (`两天`, `五年来`), a point before or after
 * publication (`十年前`, `三天后`), or a span ending or starting at publication (`过去一年`,
 * `未来几个月`).
 */
export type SpanMode = 'length' | 'ago' | 'later' | 'past' | 'future' | 'after-event';

/** Resolves a duration used in `mode` against the publication day. */
export function resolveSpan(d: Duration, mode: SpanMode, ctx: ResolveContext): Resolved | null {
  if (d.amount === null) return null; // a length with no amount has no ISO 8601 value
  const iso = isoDuration({ ...d, amount: d.amount });
  if (mode === 'length') return { value: iso, kind: 'duration' };
  if (mode === 'after-event') return afterEvent({ ...d, amount: d.amount }, ctx);
  const pub = ctx.pub;
  if (pub === null) return null;
  if (mode === 'past' || mode === 'future') {
    const sign = mode === 'past' ? -1 : 1;
    const other = shiftDay(pub, d, sign);
    if (other === null) {
      return { value: mode === 'past' ? `${iso}/${fmtDay(pub)}` : `${fmtDay(pub)}/${iso}`, kind: 'interval' };
    }
    const [a, b] = mode === 'past' ? [other, pub] : [pub, other];
    return { value: `${fmtDay(a)}/${fmtDay(b)}`, kind: 'interval' };
  }
  // `N天后` / `N周后` in a narrative counts from the day the text last named (十天后 after 11月26日).
  const from = mode === 'later' && (d.unit === 'D' || d.unit === 'W') && ctx.anchorDay ? ctx.anchorDay : pub;
  const point = shiftDay(from, d, mode === 'ago' ? -1 : 1);
  if (point === null) return { value: iso, kind: 'duration' };
  const { value, kind } = pointValue(point, d.unit);
  return kind === 'date' ? { value, kind, day: point } : { value, kind, year: point.y };
}

/**
 * `事发后12小时`: the event's time the article gave (the last day and clock time named) shifted by
 * the length; a day when only the day is known; the bare length when the article gave no time.
 */
function afterEvent(d: Duration & { amount: number }, ctx: ResolveContext): Resolved {
  const day = ctx.anchorDay;
  const minutes = d.unit === 'H' ? d.amount * 60 : d.unit === 'min' ? d.amount : null;
  if (day && minutes !== null && ctx.anchorClock != null) {
    const total = ctx.anchorClock + Math.round(minutes);
    const at = addDays(day, Math.floor(total / 1440));
    const clock = ((total % 1440) + 1440) % 1440;
    return { value: fmtDateTime(at, clock), kind: 'datetime', day: at, clock };
  }
  if (day && minutes !== null) {
    const at = addDays(day, Math.floor(minutes / 1440));
    return { value: fmtDay(at), kind: 'date', day: at };
  }
  const point = day ? shiftDay(day, d, 1) : null;
  if (point) return { ...pointValue(point, d.unit), ...(d.unit === 'D' || d.unit === 'W' ? { day: point } : {}) };
  return { value: isoDuration(d), kind: 'duration' };
}

/** A standalone atom for a duration expression. */
export function spanAtom(start: number, end: number, rule: string, d: Duration, mode: SpanMode): Atom {
  return {
    start,
    end,
    rule,
    priority: 8,
    relative: mode !== 'length',
    standalone: (ctx) => resolveSpan(d, mode, ctx),
  };
}
