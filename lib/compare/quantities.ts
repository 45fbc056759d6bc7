import { BIG_UNITS, EN_NUMBERS, parseNumeral, valueRange } from './numerals';
import { normalizeForCompare } from './script-normalize';

export { parseNumeral } from './numerals';

/** A figure stated in a text: its value, the unit it counts, and what it counts (`key`). */
export interface Quantity {
  value: number;
  /** The unit as written, normalised (`小时`, `人`, `%`, `美元`…). */
  unit: string;
  /**
   * What is counted, so that two texts compare like with like: the unit, or for a casualty
   * figure `dead`/`injured` (`6人死亡`, `六死一伤`, `31死7伤`), or for a measure word the noun it counts
   * (`5個逃生梯` and `4条逃生梯` → `逃生梯`).
   */
  key: string;
  /** The matched text, e.g. `5个半小时`. */
  text: string;
  /** Hedged with 多/余/约/近/超过/about. */
  approximate: boolean;
  /** The values the figure allows (a hedged figure is a range). */
  range: [number, number];
}

const NUM = '[0-9][0-9,]*(?:\\.[0-9]+)?(?:[万亿][0-9]{1,4}(?![0-9]))?|[零〇一二两三四五六七八九十百千]+|one|two|three|four|five|six|seven|eight|nine|ten';
const HEDGE = '(大约|约有|约|将近|近|超过|至少|逾|about |nearly |over |more than |almost |at least )?';

/** Units counted as themselves (the unit is the key). */
const UNITS = [
  '个小时', '小时', '分钟', '秒钟', '秒', '天', '周', '星期', '个月', '年', '岁', '个国家', '国', '人', '名', '次', '轮',
  '%', '美元', '欧元', '人民币', '元', '块钱', '块', '公里', '英里', '米', '吨', '倍',
  'hours', 'hour', 'minutes', 'days', 'day', 'weeks', 'months', 'years', 'people', 'percent', 'dollars', 'yuan', 'times',
];
const UNIT_KEY: Record<string, string> = { 个小时: '小时', 秒钟: '秒', 个国家: '国', 星期: '周', hour: 'hours', day: 'days', 块钱: '元', 块: '元', yuan: '元', dollars: '美元', percent: '%', 名: '人' };
/** English multipliers written as words after a figure (`1.8 billion yuan` = `18亿元`). */
const EN_BIG: Record<string, number> = { million: 1e6, billion: 1e9 };
/** Measure words whose figure is keyed by the noun that follows (`5個逃生梯`). */
const MEASURES = '个|条|位|架|艘|枚|辆|座|项|家|份|张|台|部|所';
/** Casualty words after a figure, with the key they give. */
const CASUALTIES: [RegExp, string][] = [
  [/^(?:人|名)?(?:\p{Script=Han}{1,2}?(?:死亡|丧生|遇难|罹难|遇害)|死(?!刑))/u, 'dead'],
  [/^(?:人|名)?(?:\p{Script=Han}{1,2}?受伤|伤(?!害))/u, 'injured'],
];
/** Units that count people: keyed by the noun that follows (`293名乘客` → `乘客`), else `人`. */
const PEOPLE = new Set(['人', '名']);

/** A unit that is a measure word only (`5个`, `3项`): the noun after it is what is counted. */
const MEASURE_WORD = new RegExp(`^(?:${MEASURES})$`, 'u');

const QUANTITY = new RegExp(`${HEDGE}(${NUM})\\s*([万亿]|million|billion)?(多|余)?(个)?(半)?\\s*(${UNITS.join('|')}|${MEASURES})?`, 'gu');

/** The figures stated in a text (after script normalisation). Years (`2023年`) are dates, not figures, and are skipped. */
export function extractQuantities(raw: string): Quantity[] {
  const text = normalizeForCompare(raw);
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, hedge, num = '', big, more, ge, half, written] = m;
    // `5個逃生梯`: the optional `个` of `5个半小时` is the measure word itself when no unit follows.
    const unitRaw = written ?? (ge ? '个' : undefined);
    let value = num in EN_NUMBERS ? EN_NUMBERS[num]! : parseNumeral(num);
    if (Number.isNaN(value)) continue;
    if (big) value *= BIG_UNITS[big] ?? EN_BIG[big]!;
    if (half) value += 0.5;
    const after = text.slice(m.index + whole.length);
    const casualty = CASUALTIES.find(([re]) => re.test(unitRaw && PEOPLE.has(unitRaw) ? unitRaw + after : after));
    let key: string | undefined = casualty?.[1];
    let unit = unitRaw ? (UNIT_KEY[unitRaw] ?? unitRaw) : '';
    if (!key && unitRaw && PEOPLE.has(unitRaw)) key = /^\p{Script=Han}{2}/u.exec(after)?.[0] ?? '人';
    if (!key && unitRaw && MEASURE_WORD.test(unitRaw)) {
      const noun = /^\p{Script=Han}{2}/u.exec(after)?.[0];
      if (!noun) continue;
      key = noun;
    }
    if (!key && !unitRaw) continue;
    key ??= unit;
    if (unit === '年' && value >= 1000 && !half) continue;
    // `一个小时` etc. are figures, but bare `一` before 次/位/名/家… is mostly an article (`一次会谈`, `一位官员`).
    if (num === '一' && !casualty && ['次', '位', '人', '名', '条', '份', '项', '家', '个', '所', '部', '张', '台'].includes(unitRaw ?? '')) continue;
    if (!unit) unit = key;
    const approximate = Boolean(hedge ?? more);
    out.push({ value, unit, key, text: whole.trim(), approximate, range: valueRange(value, Boolean(more), hedge) });
  }
  return out;
}

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] <= b[1] + 1e-9 && b[0] <= a[1] + 1e-9;

/**
 * A figure conflict between two texts: both state a figure of the same key and no figure of
 * that key agrees (their ranges are disjoint: `5个半小时` vs `7个小时`, `44,000多元` vs
 * `5万2950元`). Returns a description, or undefined.
 */
export function quantityConflict(a: string, b: string): string | undefined {
  return conflictingFigures(extractQuantities(a), extractQuantities(b));
}

/** `quantityConflict` over figures already extracted. */
export function conflictingFigures(qa: readonly Quantity[], qb: readonly Quantity[]): string | undefined {
  const keys = [...new Set(qa.map((q) => q.key))].sort();
  for (const key of keys) {
    const va = qa.filter((q) => q.key === key);
    const vb = qb.filter((q) => q.key === key);
    if (vb.length === 0) continue;
    // Two hedged figures of one key are estimates, not statements that can conflict.
    if (va.every((q) => q.approximate) && vb.every((q) => q.approximate)) continue;
    if (va.some((x) => vb.some((y) => overlaps(x.range, y.range)))) continue;
    return `figures differ: ${va.map((q) => q.text).join('、')} vs ${vb.map((q) => q.text).join('、')}`;
  }
  return undefined;
}

/** The values of the figures of a text that agree with a figure of the other (same key, ranges overlapping). */
export function sharedFigures(a: readonly Quantity[], b: readonly Quantity[]): number {
  return a.filter((x) => b.some((y) => y.key === x.key && overlaps(x.range, y.range))).length;
}
