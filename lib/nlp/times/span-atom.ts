import type { Atom, ResolveContext, Resolved } from './atom';
import { fmtDay } from './calendar';
import { isoDuration, pointValue, shiftDay, type Duration } from './duration';

/**
 * How a length of time is used: a bare length (`两天`, `五年来`), a point before or after
 * publication (`十年前`, `三天后`), or a span ending or starting at publication (`过去一年`,
 * `未来几个月`).
 */
export type SpanMode = 'length' | 'ago' | 'later' | 'past' | 'future';

/** Resolves a duration used in `mode` against the publication day. */
export function resolveSpan(d: Duration, mode: SpanMode, ctx: ResolveContext): Resolved | null {
  if (d.amount === null) return null; // a length with no amount has no ISO 8601 value
  const iso = isoDuration({ ...d, amount: d.amount });
  if (mode === 'length') return { value: iso, kind: 'duration' };
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
  const point = shiftDay(pub, d, mode === 'ago' ? -1 : 1);
  if (point === null) return { value: iso, kind: 'duration' };
  const { value, kind } = pointValue(point, d.unit);
  return kind === 'date' ? { value, kind, day: point } : { value, kind, year: point.y };
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
