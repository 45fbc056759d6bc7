import { wallFinding, type DateFinding } from './date-finding';

/**
 * A publication day written in an article URL's path, read in the outlet's zone:
 * `20230614-…` (RFI), `story20230618-…` (Zaobao), `…-20230619/…` (VOA), `2023/06/19/…`,
 * `2023-06-19`, or a `YYYYMMDD` prefix of a longer serial. Outlet-specific shapes (CNA's
 * `202306220010.aspx`, Epoch Times' `/gb/23/6/18/`, RFA's `-06182023075433.html`) are
 * read by the outlet adapters first.
 */
const SEPARATED = /(?<!\d)(20\d{2})([-/_]?)(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)/;
const SERIAL_PREFIX = /(?<!\d)(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{2,6}(?!\d)/;

/** The URL path, percent-decoded when possible. */
export function urlPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** Date-only finding from a URL's path, or null. */
export function genericUrlDate(url: URL, timeZone: string): DateFinding | null {
  const path = urlPath(url);
  const sep = SEPARATED.exec(path);
  if (sep) {
    const t = { year: Number(sep[1]), month: Number(sep[3]), day: Number(sep[4]) };
    return wallFinding('url', sep[0], t, timeZone);
  }
  const serial = SERIAL_PREFIX.exec(path);
  if (serial) {
    const t = { year: Number(serial[1]), month: Number(serial[2]), day: Number(serial[3]) };
    return wallFinding('url', serial[0], t, timeZone);
  }
  return null;
}
