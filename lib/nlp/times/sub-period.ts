import type { SubPeriod } from './atom';

/** Characters after 中 that make it part of a following word (年中国, 6月中美), not "the middle of". */
const NOT_MIDDLE_NEXT = '国國美共方日俄欧歐央华華文英心间間部学學外资資企印台臺韩韓朝港澳东東西南北';

/** Regex source of a Chinese sub-period suffix on a year, month or week (captured). */
export const ZH_SUB_SOURCE =
  `(上半年|下半年|上半月|下半月|初期|中期|末期|上旬|中旬|下旬|年初|年中(?![${NOT_MIDDLE_NEXT}])|年底|年末|` +
  `初|中(?![${NOT_MIDDLE_NEXT}])|底|末|稍早|早些时候|早些時候|晚些时候|晚些時候|以来|以來)?`;

/** Maps a Chinese or English sub-period word to its meaning. */
export function subPeriodOf(word: string | undefined): SubPeriod | undefined {
  if (!word) return undefined;
  if (/^(上半年|上半月)$/.test(word)) return 'firstHalf';
  if (/^(下半年|下半月)$/.test(word)) return 'secondHalf';
  if (/^(年?初|初期|上旬|early)$/.test(word)) return 'early';
  if (/^(年?中|中期|中旬|mid)$/.test(word)) return 'mid';
  if (/^(年?底|年?末|末期|下旬|late)$/.test(word)) return 'late';
  if (/^(稍早|早些时候|早些時候|earlier)$/.test(word)) return 'earlier';
  if (/^(晚些时候|晚些時候|later)$/.test(word)) return 'later';
  if (/^(以来|以來|since)$/.test(word)) return 'since';
  return undefined;
}
