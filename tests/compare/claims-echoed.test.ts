import { describe, expect, it } from 'vitest';
import { ogFigures } from '../../components/share/og-card';
import { analyzeArticles } from '../../lib/analyze';
import { parseArticle } from '../../lib/ingest';

/** A short saved report in the ingest format (front matter, then paragraphs). */
const report = (outlet: string, title: string, body: string): string =>
  `---\noutlet: ${outlet}\ntitle: ${title}\npublished: 2024-03-02T10:00:00+08:00\nurl: https://example.com/${outlet}\n---\n\n${body}\n`;

// Two outlets attribute one death toll to the authorities, in other words and other numerals.
const A = report('zaobao', '山区发生山体滑坡', '据当地应急管理局通报，这次山体滑坡已造成8人死亡、3人受伤。\n\n救援工作仍在进行。');
const B = report('rfi', '山体滑坡致多人死伤', '当地政府说，山体滑坡导致死亡8人，另有三人受伤。\n\n目击者称，山坡在凌晨突然垮塌。');

describe('the comparison summary counts the claims the outlets echo from the alignment', () => {
  it('counts one echoed claim when two outlets attribute the same death toll to the authorities', () => {
    const analysis = analyzeArticles([parseArticle(A, 'a.md'), parseArticle(B, 'b.md')]);
    const toll = analysis.claimGroups.filter((g) => g.claims.length === 2);
    expect(toll).toHaveLength(1);
    expect(toll[0]!.relation).not.toBe('contradicts');
    expect(ogFigures(analysis).sharedClaimGroups).toBe(analysis.claimGroups.length);
    expect(ogFigures(analysis).sharedClaimGroups).toBeGreaterThanOrEqual(1);
  });
});
