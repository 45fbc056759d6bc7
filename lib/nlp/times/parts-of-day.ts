/**
 * Parts of the day as `[start, end]` minutes since midnight. Chosen conventions:
 * 凌晨 00–06, 早上/清晨 06–09, 上午 06–12, 中午 11–13, 下午 12–18, 傍晚 17–19,
 * 晚上 18–24, 深夜 22–24, 半夜/午夜 00–03 / 00–01; English morning/afternoon/evening/night alike.
 */
export const PARTS_OF_DAY: Readonly<Record<string, readonly [number, number]>> = {
  凌晨: [0, 360],
  清晨: [360, 540],
  早晨: [360, 540],
  早上: [360, 540],
  一早: [360, 540],
  晨: [360, 540],
  上午: [360, 720],
  中午: [660, 780],
  午间: [660, 780],
  午間: [660, 780],
  下午: [720, 1080],
  午后: [720, 1080],
  午後: [720, 1080],
  傍晚: [1020, 1140],
  晚上: [1080, 1440],
  晚间: [1080, 1440],
  晚間: [1080, 1440],
  晚: [1080, 1440],
  夜间: [1080, 1440],
  夜間: [1080, 1440],
  夜里: [1080, 1440],
  夜裡: [1080, 1440],
  夜: [1080, 1440],
  深夜: [1320, 1440],
  半夜: [0, 180],
  午夜: [0, 60],
  morning: [360, 720],
  afternoon: [720, 1080],
  evening: [1080, 1440],
  night: [1080, 1440],
};

/** Parts that are emitted on their own (others only as part of a longer expression). */
export const STANDALONE_PARTS = new Set(['凌晨', '清晨', '早晨', '早上', '上午', '中午', '下午', '傍晚', '晚上', '晚间', '晚間', '深夜', '午夜']);

/** Regex source of all Chinese parts of the day, longest first. */
export const ZH_PART_SOURCE =
  '凌晨|清晨|早晨|早上|一早|上午|中午|午间|午間|下午|午后|午後|傍晚|晚上|晚间|晚間|夜间|夜間|夜里|夜裡|深夜|半夜|午夜';

/**
 * Converts a 12-hour-ish clock hour to minutes since midnight given the part of the day
 * it was said in: 下午3时 → 15:00, 晚上12点 → 24:00 (written 23:59), 凌晨12点 → 00:00.
 */
export function clockMinutes(hour: number, minute: number, part: readonly [number, number] | undefined): number | null {
  if (hour > 24 || minute > 59) return null;
  let h = hour;
  if (part !== undefined) {
    const [start] = part;
    if (start >= 720 && h < 12) h += 12; // afternoon, evening
    else if (start >= 660 && start < 720 && h >= 1 && h <= 5) h += 12; // 中午1点
    else if (start === 0 && h === 12) h = 0; // 凌晨12点
  }
  return h * 60 + minute;
}
