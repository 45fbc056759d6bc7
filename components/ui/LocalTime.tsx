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

function format(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', { ...FORMAT, timeZone }).format(new Date(iso));
}

/**
 * A publication time shown in the reader's time zone, with the source's local time on hover.
 * The server renders it in the source's zone; the browser then switches to the reader's zone
 * (same width, so no layout shift).
 */
export function LocalTime({ iso, sourceTimeZone, zoneNote = "{z}, the source's time zone" }: { iso: string; sourceTimeZone: string; zoneNote?: string }) {
  const [readerZone, setReaderZone] = useState<string | null>(null);
  useEffect(() => {
    setReaderZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, []);
  const sourceText = `${format(iso, sourceTimeZone)} (${zoneNote.replace('{z}', sourceTimeZone)})`;
  return (
    <time dateTime={iso} title={sourceText} data-reader-zone={readerZone ?? ''}>
      {format(iso, readerZone ?? sourceTimeZone)}
    </time>
  );
}
