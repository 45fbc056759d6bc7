'use client';

import { useEffect, useState } from 'react';
import { formatLocalTime } from './local-time-format';

/** The reader's time zone, read once for all the times on the page. */
let readerZoneOnce: string | undefined;

/**
 * The client leaf of `LocalTime`: `shown` (the server's text, in the source's zone) until
 * mounted, then the instant in the reader's zone; `data-reader-zone` says which.
 */
export function ReaderTime({ iso, shown, title }: { iso: string; shown: string; title: string }) {
  const [readerZone, setReaderZone] = useState<string | null>(null);
  useEffect(() => {
    readerZoneOnce ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
    setReaderZone(readerZoneOnce);
  }, []);
  return (
    <time dateTime={iso} title={title} data-reader-zone={readerZone ?? ''}>
      {readerZone ? formatLocalTime(iso, readerZone) : shown}
    </time>
  );
}
