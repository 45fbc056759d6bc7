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

/** An instant as `YYYY-MM-DD, HH:MM ZONE` in `timeZone` (the same width in every zone). */
export function formatLocalTime(iso: string, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { ...FORMAT, timeZone });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(new Date(iso));
}
