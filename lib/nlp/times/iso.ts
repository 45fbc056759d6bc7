/**
 * The forms of ISO 8601 that time values take (docs/annotation-guide.md, "Values"):
 * - points at reduced precision: century `20`, decade `199`, year `2023`, month `2023-06`,
 *   day `2023-06-14`, local wall time `2023-06-14T16:34` (seconds allowed, no offset);
 * - durations `P2Y`, `P1Y6M`, `PT5H30M`, `P2W` (ISO 8601-1, amounts only: no `X` placeholders);
 * - intervals `start/end`, `start/duration`, `duration/end` (ISO 8601-1) and open intervals
 *   `../end`, `start/..` (ISO 8601-2:2019, section 5.5.3.2: "in recent years" → `../2023`).
 */
const POINT = String.raw`(?:\d{2}|\d{3}|\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?)?)?)`;
const DURATION = String.raw`P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?`;
const ISO_VALUE = new RegExp(
  `^(?:${POINT}|${DURATION}|${POINT}/${POINT}|${POINT}/${DURATION}|${DURATION}/${POINT}|\\.\\./${POINT}|${POINT}/\\.\\.)$`,
);

/** Whether `value` is one of the ISO 8601 forms above. */
export function isIsoValue(value: string): boolean {
  return ISO_VALUE.test(value);
}
