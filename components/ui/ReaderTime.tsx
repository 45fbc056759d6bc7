'use client';

import { useEffect, useState } from 'react';
import { formatLocalTime } from './local-time-format';
import { whenIdle } from './when-idle';

/** The reader's time zone, read once for all the times on the page. */
let readerZoneOnce: string | undefined;

/**
 * The client leaf of `LocalTime`: `shown` (the server's text, in the source's zone) until
 * the page is idle after hydration, then the instant in the reader's zone (same width, so no
 * layout shift); `data-reader-zone` says which.
 */
export function ReaderTime({ iso, shown, title }: { iso: string; shown: string; title: string }) {
  const [readerZone, setReaderZone] = useState<string | null>(null);
  useEffect(() => {
    // When idle: the browser's first Intl.DateTimeFormat sets up ICU (20-40 ms of CPU in
    // Chromium), which would otherwise run before the columns' highlights are painted.
    const show = () => {
      readerZoneOnce ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
      setReaderZone(readerZoneOnce);
    };
    if (readerZoneOnce) {
      show();
      return;
    }
    return whenIdle(show);
  }, []);
  return (
    <time dateTime={iso} title={title} data-reader-zone={readerZone ?? ''}>
      {readerZone ? formatLocalTime(iso, readerZone) : shown}
    </time>
  );
}
