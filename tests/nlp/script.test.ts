import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { openccToSimplified, sameLengthSimplified, simplifiedConverter, toSimplified } from '../../lib/nlp/script';

/** Every .md/.txt/.html file under `dir`. */
function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(md|txt|html)$/.test(name) ? [path] : [];
  });
}

/** The source side of every entry of OpenCC's preset dictionaries. */
function dictionaryKeys(): string[] {
  const keys = new Set<string>();
  const visit = (x: unknown): void => {
    if (typeof x === 'string') {
      for (const entry of x.split('|')) keys.add(entry.split(' ')[0]!);
    } else if (Array.isArray(x)) {
      if (x.length === 2 && typeof x[0] === 'string' && typeof x[1] === 'string' && !x[0].includes(' ')) keys.add(x[0]);
      else x.forEach(visit);
    } else if (x && typeof x === 'object') Object.values(x).forEach(visit);
  };
  visit(OpenCC.Locale);
  keys.delete('');
  return [...keys];
}

describe('script conversion on gated tries', () => {
  const opencc = openccToSimplified();
  const fast = simplifiedConverter();

  it('converts every sample and fixture text exactly as OpenCC does', () => {
    const files = [...textFiles('seeds'), ...textFiles('tests/fixtures/stories-zh')];
    expect(files.length).toBeGreaterThan(20);
    let changed = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(fast(text), file).toBe(opencc(text));
      expect(toSimplified(text), file).toBe(sameLengthSimplified(text, opencc));
      if (opencc(text) !== text) changed++;
    }
    expect(changed).toBeGreaterThan(5);
  });

  it('converts every dictionary key, alone and run together with its neighbours, exactly as OpenCC does', () => {
    const keys = dictionaryKeys();
    expect(keys.length).toBeGreaterThan(5000);
    for (let i = 0; i < keys.length; i += 50) {
      const batch = keys.slice(i, i + 50);
      // Alone (one per line: a key never runs into the next), then run together so phrases
      // overlap, and with plain ASCII and simplified text around them.
      const texts = [batch.join('\n'), batch.join(''), `a${batch.join('x')}b`, batch.join('的')];
      for (const text of texts) expect(fast(text)).toBe(opencc(text));
    }
  });

  it('converts keys that overlap (one ends with the character the next starts with) exactly as OpenCC does', () => {
    // Where phrases overlap, the segmentation step decides which one converts: "著於世成"
    // converts to 着於世成, where converting without the segmentation gives 著於世成.
    const keys = dictionaryKeys();
    const byFirst = new Map<string, string[]>();
    for (const k of keys) {
      const first = String.fromCodePoint(k.codePointAt(0)!);
      const list = byFirst.get(first) ?? byFirst.set(first, []).get(first)!;
      if (list.length < 8) list.push(k);
    }
    const overlaps: string[] = ['什么麼', '著名覆金甌', '著於世成', '著於乎'];
    for (const o of keys) {
      const last = [...o].at(-1)!;
      for (const k of byFirst.get(last) ?? []) if (k !== o) overlaps.push(o + k.slice(last.length));
    }
    expect(overlaps.length).toBeGreaterThan(5000);
    for (let i = 0; i < overlaps.length; i += 50) {
      const text = overlaps.slice(i, i + 50).join('\n');
      expect(fast(text)).toBe(opencc(text));
    }
  });

  it('handles ideographic description sequences, surrogate pairs and unpaired surrogates as OpenCC does', () => {
    const texts = ['⿰氵每發展', '⿱⿰木木木國', '⿰', '國⿲', '𠮷國家𠮷', '\ud840國\udc00', '發\ud800', '', '臺灣'];
    for (const text of texts) expect(fast(text), JSON.stringify(text)).toBe(opencc(text));
  });
});
