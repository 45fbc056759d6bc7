import { formatLocalTime } from './local-time-format';
import { ReaderTime } from './ReaderTime';

/**
 * A publication time shown in the reader's time zone, with the source's local time on hover.
 * The server formats it in the source's zone (the text the page is hydrated with, so the
 * browser builds no formatter while hydrating); the browser then switches to the reader's
 * zone (same width, so no layout shift).
 */
export function LocalTime({ iso, sourceTimeZone, zoneNote = "{z}, the source's time zone" }: { iso: string; sourceTimeZone: string; zoneNote?: string }) {
  const shown = formatLocalTime(iso, sourceTimeZone);
  return <ReaderTime iso={iso} shown={shown} title={`${shown} (${zoneNote.replace('{z}', sourceTimeZone)})`} />;
}
