import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../lib/ingest/decode';
import { canonicalInputs, comparisonId } from '../../lib/store/content-address';
import { encodeLegacy, encodeUtf16 } from '../api/legacy-encoder';

const STORY = '美国国务卿布林肯周日抵达北京，与中国外长秦刚举行会谈。\n\n双方同意保持沟通。';
const OTHER = '布林肯与秦刚会谈五个半小时。';
const idOf = (first: Uint8Array): string =>
  comparisonId(canonicalInputs([{ name: 'a.txt', content: decodeBytes(first).text }, { name: 'b.txt', content: OTHER }]));

describe('comparisonId', () => {
  const utf8 = idOf(new TextEncoder().encode(STORY));

  it('is 24 URL-safe characters (144 bits)', () => {
    expect(utf8).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it.each([
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(STORY)])],
    ['GBK', encodeLegacy(STORY, 'gbk')],
    ['UTF-16 LE', encodeUtf16(STORY, 'le')],
    ['UTF-16 BE', encodeUtf16(STORY, 'be')],
    ['CRLF line ends', new TextEncoder().encode(STORY.replace(/\n/g, '\r\n'))],
    ['NFD (decomposed) text', new TextEncoder().encode(`${STORY} Café`.normalize('NFD'))],
  ])('gives the same id for the same text in %s', (_label, bytes) => {
    const expected = _label.startsWith('NFD') ? idOf(new TextEncoder().encode(`${STORY} Café`)) : utf8;
    expect(idOf(bytes)).toBe(expected);
  });

  it('gives another id when one character changes', () => {
    expect(idOf(new TextEncoder().encode(STORY.replace('周日', '周一')))).not.toBe(utf8);
  });

  it('gives another id when the articles are swapped, renamed or given an override', () => {
    const base = [{ name: 'a.txt', content: STORY }, { name: 'b.txt', content: OTHER }];
    const id = comparisonId(canonicalInputs(base));
    expect(comparisonId(canonicalInputs([base[1]!, base[0]!]))).not.toBe(id);
    expect(comparisonId(canonicalInputs([{ ...base[0]!, name: 'c.txt' }, base[1]!]))).not.toBe(id);
    expect(comparisonId(canonicalInputs([{ ...base[0]!, outlet: 'RFI' }, base[1]!]))).not.toBe(id);
  });

  it('treats an absent override and an empty one alike', () => {
    const a = comparisonId(canonicalInputs([{ name: 'a.txt', content: STORY, title: '' }, { name: 'b.txt', content: OTHER }]));
    expect(a).toBe(comparisonId(canonicalInputs([{ name: 'a.txt', content: STORY }, { name: 'b.txt', content: OTHER }])));
  });
});
