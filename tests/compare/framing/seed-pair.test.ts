import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../../lib/analyze';
import { addCounts, articleTerms, countsOf, dirichletPrior, logOddsZ, priorContext } from '../../../lib/compare/framing';
import { parseArticle } from '../../../lib/ingest';

const dir = fileURLToPath(new URL('../../../seeds/blinken-seed-pair/', import.meta.url));
const files = readdirSync(dir).filter((f) => !f.endsWith('.json')).sort();
const analysis = analyzeArticles(files.map((f) => parseArticle(readFileSync(dir + f, 'utf8'), f)));
const idOf = (outlet: string): string => analysis.articles.find((a) => a.outlet.id === outlet)!.id;
const rfi = idOf('rfi');
const et = idOf('epochtimes');

describe('the framing lens on the seed pair (RFI, Epoch Times)', () => {
  const framing = analysis.framing!;

  it('labels Qin Gang 中国外长秦刚 in RFI and 中共外交部长秦刚 in Epoch Times', () => {
    const qin = framing.labels.find((r) => r.kind === 'entity' && r.name === '秦刚')!;
    expect(qin.articles[rfi]!.some((u) => u.label.includes('外长秦刚') && u.label.startsWith('中国'))).toBe(true);
    expect(qin.articles[et]!.map((u) => u.label)).toContain('中共外交部长秦刚');
    expect(qin.articles[rfi]!.map((u) => u.label)).not.toContain('中共外交部长秦刚');
  });

  it('every label span slices to its label', () => {
    for (const row of framing.labels) {
      for (const [id, uses] of Object.entries(row.articles)) {
        const text = analysis.articles.find((a) => a.id === id)!.text;
        for (const u of uses) for (const s of u.spans) expect(text.slice(s.start, s.end)).toBe(u.label);
      }
    }
  });

  it('finds 中共 far more distinctive of Epoch Times than of RFI', () => {
    const counts = new Map(analysis.articles.map((a) => [a.id, countsOf(articleTerms(a))]));
    const z = (id: string): number => {
      const rest = addCounts([...counts].filter(([k]) => k !== id).map(([, c]) => c));
      const alpha = dirichletPrior(rest, [...counts.get(id)!.keys(), ...rest.keys()], 500);
      return logOddsZ(counts.get(id)!, rest, alpha).find((r) => r.term === '中共')!.z;
    };
    expect(z(et)).toBeGreaterThan(1);
    expect(z(et) - z(rfi)).toBeGreaterThan(2);
    expect(framing.distinctiveTerms.articles[et]!.map((t) => t.term)).toContain('中共');
  });

  it('counts officials of both governments among the speakers of each outlet', () => {
    expect(framing.speakers.involved).toEqual(['CN', 'US']);
    for (const id of [rfi, et]) {
      expect(framing.speakers.articles[id]!['official:CN']).toBeDefined();
      expect(framing.speakers.articles[id]!['official:US']).toBeDefined();
    }
    expect(framing.speakers.articles[et]!.expert!.direct).toBeGreaterThan(0);
  });

  it('notes that Epoch Times does not mention Cuba, which RFI reports', () => {
    expect(framing.omissions[et]!.missingEntities).toContain('GPE:古巴');
    expect(framing.omissions[rfi]!.onlyEntities).toContain('GPE:古巴');
  });

  it('brings in the 2018 Pompeo visit as RFI context, before the event', () => {
    const context = priorContext(analysis.articles);
    expect(context[rfi]!.map((c) => c.value)).toContain('2018-10');
    for (const items of Object.values(context)) for (const c of items) expect(c.value < '2023-06-13').toBe(true);
  });
});
