import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../lib/analyze';
import { parseArticle } from '../../lib/ingest';
import type { Analysis, Claim } from '../../lib/schema/analysis';

const dir = fileURLToPath(new URL('../../seeds/blinken-seed-pair/', import.meta.url));
const files = readdirSync(dir).filter((f) => !f.endsWith('.json')).sort();
const analysis = analyzeArticles(files.map((f) => parseArticle(readFileSync(dir + f, 'utf8'), f)));

/** The claims of a group per article, resolved from their `<articleId>#<claimId>` references. */
function claimsOf(a: Analysis, refs: readonly string[]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const ref of refs) {
    const cut = ref.lastIndexOf('#');
    const article = a.articles.find((x) => x.id === ref.slice(0, cut))!;
    const claim = article.claims.find((c) => c.id === ref.slice(cut + 1))!;
    out.set(article.outlet.id, [...(out.get(article.outlet.id) ?? []), claim]);
  }
  return out;
}

describe('alignClaims on the seed pair (RFI 14 June, Epoch Times 18 June)', () => {
  const groups = analysis.claimGroups.map((g) => ({ group: g, byOutlet: claimsOf(analysis, g.claims) }));

  it('groups Blinken stressing open channels of communication across the two outlets', () => {
    const channels = groups.filter(({ byOutlet }) =>
      ['rfi', 'epochtimes'].every((o) => byOutlet.get(o)?.some((c) => c.text.includes('沟通渠道'))),
    );
    expect(channels.length).toBeGreaterThanOrEqual(1);
    expect(channels[0]!.group.relation).not.toBe('contradicts');
  });

  it('keeps Qin Gang on Taiwan out of the open-channels group (another proposition)', () => {
    const mixed = groups.filter(({ byOutlet }) => {
      const texts = [...byOutlet.values()].flat().map((c) => c.text);
      return texts.some((t) => t.includes('台湾')) && texts.some((t) => t.includes('沟通渠道'));
    });
    expect(mixed).toEqual([]);
  });

  it('only makes groups that span both articles', () => {
    for (const { byOutlet } of groups) expect(byOutlet.size).toBe(2);
  });
});
