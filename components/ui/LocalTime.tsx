'use client';

import { useEffect, useState } from 'react';

const FORMAT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};

/** One formatter per time zone: building an `Intl.DateTimeFormat` costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(iso: string, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { ...FORMAT, timeZone });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(new Date(iso));
}

/** The reader's time zone, read once for all the times on the page. */
let readerZoneOnce: string | undefined;

/**
 * A publication time shown in the reader's time zone, with the source's local time on hover.
 * The server renders it in the source's zone; the browser then switches to the reader's zone
 * (same width, so no layout shift).
 */
export function LocalTime({ iso, sourceTimeZone, zoneNote = "{z}, the source's time zone" }: { iso: string; sourceTimeZone: string; zoneNote?: string }) {
  const [readerZone, setReaderZone] = useState<string | null>(null);
  useEffect(() => {
    readerZoneOnce ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
    setReaderZone(readerZoneOnce);
  }, []);
  const sourceText = `${format(iso, sourceTimeZone)} (${zoneNote.replace('{z}', sourceTimeZone)})`;
  return (
    <time dateTime={iso} title={sourceText} data-reader-zone={readerZone ?? ''}>
      {format(iso, readerZone ?? sourceTimeZone)}
    </time>
  );
}
