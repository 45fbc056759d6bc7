import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * Fonts for the share image (`card.png`, drawn by next/og's satori, which reads TTF/OTF/WOFF
 * but not the system's CJK collections): Noto Sans SC (SIL OFL 1.1) shipped in
 * `data/fonts/noto-sans-sc/` as the unicode-range slices of @fontsource/noto-sans-sc 5.3.0,
 * weight 700 for Chinese (88 slices, 12.5k characters) and 400/700 for Latin. A card loads
 * only the slices its text needs. Without the folder the card falls back to Latin text.
 */
const DIR = join(process.cwd(), 'data', 'fonts', 'noto-sans-sc');
const FAMILY = 'Noto Sans SC';

const Range = z.tuple([z.number().int(), z.number().int()]);
const FontIndex = z.object({
  latin: z.object({ '400': z.string(), '700': z.string(), ranges: z.array(Range) }),
  /** Slice file → the code point ranges it holds. */
  cjk: z.record(z.string(), z.array(Range)),
});
type FontIndex = z.infer<typeof FontIndex>;

export interface CardFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: 'normal';
}

let index: FontIndex | null | undefined;
const files = new Map<string, ArrayBuffer>();

function fontIndex(): FontIndex | null {
  if (index === undefined) {
    try {
      index = FontIndex.parse(JSON.parse(readFileSync(join(DIR, 'ranges.json'), 'utf8')));
    } catch {
      index = null;
    }
  }
  return index;
}

function read(file: string): ArrayBuffer {
  let data = files.get(file);
  if (!data) {
    const bytes = readFileSync(join(DIR, file));
    data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    files.set(file, data);
  }
  return data;
}

const inRanges = (cp: number, ranges: readonly (readonly [number, number])[]) => ranges.some(([a, b]) => cp >= a && cp <= b);

/** The CJK slice that holds a code point, if any. */
function sliceOf(cp: number, idx: FontIndex): string | undefined {
  return Object.keys(idx.cjk).find((file) => inRanges(cp, idx.cjk[file]!));
}

/** Whether the card can draw a character: Latin of the shipped font, or a Chinese one of a slice. */
function drawable(ch: string, idx: FontIndex | null): boolean {
  const cp = ch.codePointAt(0)!;
  if (!idx) return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0x24f);
  return inRanges(cp, idx.latin.ranges) || sliceOf(cp, idx) !== undefined;
}

/** `text` with only what the card can draw (spaces collapsed), or `fallback` when under two characters are left. */
export function cardText(text: string, fallback: string): string {
  const idx = fontIndex();
  const clean = [...text]
    .filter((ch) => drawable(ch, idx))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return [...clean].length >= 2 ? clean : fallback;
}

/** The fonts that draw `texts`: Latin 400 and 700, and the Chinese slices their characters need (none without the folder). */
export function cardFonts(texts: readonly string[]): CardFont[] {
  const idx = fontIndex();
  if (!idx) return [];
  const slices = new Set<string>();
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (inRanges(cp, idx.latin.ranges)) continue;
      const file = sliceOf(cp, idx);
      if (file) slices.add(file);
    }
  }
  return [
    { name: FAMILY, data: read(idx.latin['700']), weight: 700, style: 'normal' },
    { name: FAMILY, data: read(idx.latin['400']), weight: 400, style: 'normal' },
    // One family per slice: satori falls back between families (the card's font-family list), not within one.
    ...[...slices].sort().map((file): CardFont => ({ name: `${FAMILY} ${file}`, data: read(file), weight: 700, style: 'normal' })),
  ];
}

/** The CSS font-family list that draws with `fonts`: the Latin family first, then each Chinese slice. */
export function cardFontFamily(fonts: readonly CardFont[]): string | undefined {
  if (fonts.length === 0) return undefined;
  return [...new Set(fonts.map((f) => f.name))].map((n) => `'${n}'`).join(', ');
}
