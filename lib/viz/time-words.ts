/**
 * Normalised time values (`2023-06-14`, `PT10H`, `2023-06-14/PXM`) in words a reader knows:
 * "14 Jun 2023", "10 hours", "14 Jun 2023 and the months after". Written from the value's own
 * fields (no time-zone conversion), so the words are the same everywhere.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const UNITS: Record<string, { en: [string, string]; zh: string }> = {
  Y: { en: ['year', 'years'], zh: '年' },
  M: { en: ['month', 'months'], zh: '个月' },
  W: { en: ['week', 'weeks'], zh: '周' },
  D: { en: ['day', 'days'], zh: '天' },
  H: { en: ['hour', 'hours'], zh: '小时' },
  TM: { en: ['minute', 'minutes'], zh: '分钟' },
  S: { en: ['second', 'seconds'], zh: '秒' },
};
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function dateWords(value: string, lang: 'en' | 'zh'): string | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, tz] = m;
  const month = mo ? Number(mo) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  const time = h ? ` ${h}:${mi ?? '00'}${tz === 'Z' ? ' UTC' : tz ? ` (UTC${tz})` : ''}` : '';
  if (lang === 'zh') return `${y}年${month ? `${month}月` : ''}${d ? `${Number(d)}日` : ''}${time}`;
  if (!month) return y!;
  return `${d ? `${Number(d)} ` : ''}${MONTHS[month - 1]} ${y}${time}`;
}

/** `P3D` → "3 days", `PXM` (an unknown number of months) → "some months"; null if not a duration. */
export function durationWords(value: string, lang: 'en' | 'zh'): string | null {
  const m = /^P(?:([\dX.]+)Y)?(?:([\dX.]+)M)?(?:([\dX.]+)W)?(?:([\dX.]+)D)?(?:T(?:([\dX.]+)H)?(?:([\dX.]+)M)?(?:([\dX.]+)S)?)?$/.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return null;
  const parts: string[] = [];
  ['Y', 'M', 'W', 'D', 'H', 'TM', 'S'].forEach((unit, i) => {
    const n = m[i + 1];
    if (n === undefined) return;
    const u = UNITS[unit]!;
    if (n.includes('X')) parts.push(lang === 'zh' ? `数${u.zh}` : `some ${u.en[1]}`);
    else parts.push(lang === 'zh' ? `${n}${u.zh}` : `${n} ${Number(n) === 1 ? u.en[0] : u.en[1]}`);
  });
  return parts.length > 0 ? parts.join(lang === 'zh' ? '' : ' ') : null;
}

/** A time value (date, duration or interval) in words; the value itself if it is none of these. */
export function timeValueWords(value: string, lang: 'en' | 'zh'): string {
  const slash = value.indexOf('/');
  if (slash < 0) return dateWords(value, lang) ?? durationWords(value, lang) ?? value;
  const [left, right] = [value.slice(0, slash), value.slice(slash + 1)];
  const [a, b] = [dateWords(left, lang), dateWords(right, lang)];
  const [da, db] = [durationWords(left, lang), durationWords(right, lang)];
  if (a && b) return `${a} – ${b}`;
  if (a && db) {
    const unknown = right.includes('X');
    if (lang === 'zh') return unknown ? `${a}起的${db}` : `${a}起${db}`;
    return unknown ? `${a} and the ${db.replace(/^some /, '')} after` : `${db} from ${a}`;
  }
  if (da && b) {
    const unknown = left.includes('X');
    if (lang === 'zh') return unknown ? `${b}之前的${da}` : `${b}之前${da}`;
    return unknown ? `the ${da.replace(/^some /, '')} before ${b}` : `${da} up to ${b}`;
  }
  return value;
}
