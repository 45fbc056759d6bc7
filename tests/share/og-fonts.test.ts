import { describe, expect, it } from 'vitest';
import { cardResponse } from '../../components/share/card-response';
import { cardFonts, cardText } from '../../lib/og-fonts';
import type { Analysis } from '../../lib/schema/analysis';

describe('the share image draws Chinese', () => {
  it('cardText keeps Latin and Chinese, drops what no shipped font draws', () => {
    expect(cardText('布林肯 visits 北京 😀', 'x')).toBe('布林肯 visits 北京');
    expect(cardText('😀', 'fallback')).toBe('fallback');
    expect(cardText('臺灣 「國安」', 'x')).toBe('臺灣 「國安」');
  });

  it('cardFonts loads the Latin faces and only the Chinese slices the text needs, as WOFF', () => {
    const latinOnly = cardFonts(['Parallax']);
    expect(latinOnly.map((f) => f.weight)).toEqual([700, 400]);
    const fonts = cardFonts(['布林肯访华前夕与中国外长秦刚电话沟通']);
    expect(fonts.length).toBeGreaterThan(2);
    expect(fonts.length).toBeLessThan(2 + 19);
    for (const f of fonts) expect(Buffer.from(f.data.slice(0, 4)).toString('latin1')).toBe('wOFF');
  });

  const analysis = (outlet: string): Analysis =>
    ({ articles: [{ id: 'a', outlet: { id: 'x', name: outlet, english: 'X' }, claims: [] }], entities: [], claimGroups: [] }) as unknown as Analysis;
  const png = async (heading: string) => Buffer.from(await cardResponse(analysis('法广'), heading, 'zh').arrayBuffer());

  it('draws each character with its own glyph (boxes would make a reordered title look the same)', async () => {
    const [a, b] = await Promise.all([png('布林肯访华'), png('华访肯林布')]);
    expect(a.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    expect(a.equals(b)).toBe(false);
  }, 60_000);
});
