import * as OpenCC from 'opencc-js/t2cn';

/**
 * One of OpenCC's tries (built by OpenCC itself, so its entries and their precedence are
 * OpenCC's), with a table of the characters any of its keys starts with. OpenCC's own
 * `convert` and `segment` look every character of the text up in the trie's root map; at a
 * character no key starts with there is no match, so these versions copy it without the
 * lookup. They return exactly what OpenCC's methods return (tests/nlp/script.test.ts checks
 * them against OpenCC's converter).
 */
class GatedTrie {
  /** For each BMP code unit, 1 when a key starts with it. */
  private readonly gate = new Uint8Array(0x10000);
  /** Astral code points keys start with. */
  private readonly astral = new Set<number>();

  constructor(private readonly trie: OpenCC.Trie) {
    for (const cp of (trie as unknown as { map: Map<number, unknown> }).map.keys()) {
      if (cp > 0xffff) this.astral.add(cp);
      else this.gate[cp] = 1;
    }
  }

  /** True when a key may start at `i` (the trie must be asked). */
  private opens(s: string, i: number): boolean {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = s.codePointAt(i)!;
      return cp > 0xffff ? this.astral.has(cp) : this.gate[c] === 1;
    }
    return this.gate[c] === 1;
  }

  /** OpenCC's `Trie.convert`. */
  convert(s: string): string {
    const n = s.length;
    let out = '';
    let copied = 0;
    for (let i = 0; i < n; ) {
      if (this.opens(s, i)) {
        const m = this.trie.matchPrefix(s, i);
        if (m) {
          out += s.slice(copied, i) + m.value;
          i = copied = m.end;
          continue;
        }
      }
      i += unmatchedStep(s, i);
    }
    return copied === 0 ? s : out + s.slice(copied);
  }

  /** OpenCC's `Trie.segment`: the unmatched runs and the matched keys of `s`, in order. */
  segment(s: string): string[] {
    const n = s.length;
    const pieces: string[] = [];
    let run = -1;
    for (let i = 0; i < n; ) {
      const m = this.opens(s, i) ? this.trie.matchPrefix(s, i) : null;
      if (m) {
        if (run !== -1) pieces.push(s.slice(run, i));
        run = -1;
        pieces.push(s.slice(i, m.end));
        i = m.end;
      } else {
        if (run === -1) run = i;
        i += unmatchedStep(s, i);
      }
    }
    if (run !== -1) pieces.push(s.slice(run, n));
    return pieces;
  }
}

/** UTF-16 length of the code point at `i`. */
function cpLength(s: string, i: number): number {
  return s.codePointAt(i)! > 0xffff ? 2 : 1;
}

/**
 * OpenCC's end of the ideographic description sequence at `i` (U+2FF0–U+2FFF take two or three
 * operands, each a character or a sequence), or 0 when there is none.
 */
function idsEnd(s: string, i: number): number {
  const cp = s.codePointAt(i)!;
  const operands = cp >= 0x2ff0 && cp <= 0x2ff1 ? 2 : cp >= 0x2ff2 && cp <= 0x2ff3 ? 3 : cp >= 0x2ff4 && cp <= 0x2fff ? 2 : 0;
  if (operands === 0) return 0;
  let j = i + cpLength(s, i);
  for (let k = 0; k < operands; k++) {
    if (j >= s.length) return 0;
    j = idsEnd(s, j) || j + cpLength(s, j);
  }
  return j;
}

/** How far OpenCC moves past an unmatched position: one code point, or a whole description sequence. */
function unmatchedStep(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x2ff0) return 1;
  if (c > 0x2fff) return c >= 0xd800 && c <= 0xdbff ? cpLength(s, i) : 1;
  const end = idsEnd(s, i);
  return end > i ? end - i : cpLength(s, i);
}

/** OpenCC's preset converter config (`Locale.configs`), with its normalisation chain, which the published types leave out. */
interface PresetConfig {
  normalizationChain?: OpenCC.DictGroup[];
  segmentation?: OpenCC.DictLike | OpenCC.DictGroup;
  conversionChain: readonly OpenCC.DictGroup[];
}

function loadedTrie(dict: OpenCC.DictLike | OpenCC.DictGroup, asGroup: boolean): OpenCC.Trie {
  const trie = new OpenCC.Trie();
  if (asGroup) trie.loadDictGroup(dict as OpenCC.DictGroup);
  else trie.loadDict(dict as OpenCC.DictLike);
  return trie;
}

/**
 * The tries of OpenCC's `Converter` for the preset configs `names`, applied in turn (for each
 * config: normalise; cut the text into the segmentation dictionary's phrases and the runs
 * between them; convert each piece through each dictionary group of the chain), as one
 * converter. Each trie has a bit in a table of opening characters: a text none of whose code
 * units opens a trie passes through that trie unchanged, so one scan of the text finds the
 * tries that can change it and the others are skipped (an astral character counts as
 * opening every trie).
 */
function presetsConverter(names: readonly string[]): (text: string) => string {
  const opening = new Uint8Array(0x10000);
  const ASTRAL = 0xff;
  let bits = 0;
  const bitOf = (trie: OpenCC.Trie): { trie: GatedTrie; bit: number } => {
    const bit = 1 << bits++;
    if (bits > 8) throw new Error('too many OpenCC tries for one opening table');
    for (const cp of (trie as unknown as { map: Map<number, unknown> }).map.keys()) if (cp <= 0xffff) opening[cp]! |= bit;
    return { trie: new GatedTrie(trie), bit };
  };
  for (let c = 0xd800; c <= 0xdbff; c++) opening[c] = ASTRAL;
  const presets = names.map((name) => {
    const config = (OpenCC.Locale.configs as unknown as Record<string, PresetConfig>)[name];
    if (!config) throw new Error(`OpenCC has no preset ${name}`);
    const seg = config.segmentation;
    return {
      normalize: (config.normalizationChain ?? []).map((g) => bitOf(loadedTrie(g, true))),
      segmenter: seg ? bitOf(loadedTrie(seg, Array.isArray(seg) && seg.every((d) => typeof d === 'string'))) : undefined,
      chain: config.conversionChain.map((g) => bitOf(loadedTrie(g, true))),
    };
  });
  const openers = (s: string): number => {
    let m = 0;
    for (let i = 0; i < s.length; i++) m |= opening[s.charCodeAt(i)]!;
    return m;
  };
  return (text) => {
    let out = text;
    let open = openers(out);
    for (const { normalize, segmenter, chain } of presets) {
      for (const { trie, bit } of normalize) {
        if ((open & bit) === 0) continue;
        const next = trie.convert(out);
        if (next !== out) open = openers((out = next));
      }
      if (segmenter && (open & segmenter.bit) !== 0) {
        const pieces = segmenter.trie.segment(out);
        for (const { trie, bit } of chain) {
          if ((open & bit) === 0) continue;
          let changed = false;
          for (let k = 0; k < pieces.length; k++) {
            const next = trie.convert(pieces[k]!);
            if (next === pieces[k]) continue;
            pieces[k] = next;
            changed = true;
          }
          if (changed) open = openers(pieces.join(''));
        }
        out = pieces.join('');
      } else {
        for (const { trie, bit } of chain) {
          if ((open & bit) === 0) continue;
          const next = trie.convert(out);
          if (next !== out) open = openers((out = next));
        }
      }
    }
    return out;
  };
}

let converter: ((text: string) => string) | undefined;

/**
 * Traditional (Taiwan/Hong Kong/OpenCC standard) → simplified converter, built once on first
 * use: OpenCC's `Converter({ from: 'hk', to: 'cn' })` after `Converter({ from: 'tw', to: 'cn' })`.
 */
function t2s(): (text: string) => string {
  if (!converter) {
    converter = presetsConverter(['tw2s', 'hk2s']);
  }
  return converter;
}

/** The whole-text converter `toSimplified` uses (its length may differ from the input's). */
export function simplifiedConverter(): (text: string) => string {
  return t2s();
}

/** OpenCC's own converter of the same steps as `toSimplified`'s (tests compare the two). */
export function openccToSimplified(): (text: string) => string {
  const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
  return (text) => hk(tw(text));
}

/** True when `text` has no CJK ideographs, so script conversion is a no-op. */
function hasCjk(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
}

/**
 * Simplified-script form of `text` with the same length, so every offset into the result
 * is an offset into `text`. Phrase-level conversions that would change the length are
 * replaced by character-by-character conversion of the affected line.
 */
export function toSimplified(text: string): string {
  return sameLengthSimplified(text, t2s());
}

/** `toSimplified` with a given whole-text converter (tests run it with OpenCC's own). */
export function sameLengthSimplified(text: string, convert: (text: string) => string): string {
  if (!hasCjk(text)) return text;
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return text
    .split('\n')
    .map((line) => {
      const converted = convert(line);
      if (converted.length === line.length) return converted;
      return Array.from(line, (ch) => {
        const c = convert(ch);
        return c.length === ch.length ? c : ch;
      }).join('');
    })
    .join('\n');
}
