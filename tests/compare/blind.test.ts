import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvExport } from '../../lib/api/csv-exports';
import { blindAnalysis, blindOrder, outletLetter } from '../../lib/compare/blind';
import { loadEvent } from '../../lib/loader';
import { closePool } from '../../lib/worker/pool';
import type { Analysis } from '../../lib/schema/analysis';
import { Analysis as AnalysisSchema } from '../../lib/schema/analysis';

let analysis: Analysis;
let blind: Analysis;

beforeAll(async () => {
  const loaded = await loadEvent('blinken-beijing-2023-06');
  if (!loaded) throw new Error('sample event missing');
  analysis = loaded.analysis;
  blind = blindAnalysis(analysis);
}, 120_000);

// The sample event is analysed on the worker pool.
afterAll(() => closePool());

/** Everything that would name an outlet to a student: names, URLs, file names, bylines. */
function giveaways(a: Analysis): string[] {
  return [
    ...new Set(
      a.articles.flatMap((x) => [x.outlet.name, x.outlet.english, x.outlet.timeZone, x.url, x.source, x.byline ?? '', x.editor ?? '', x.publishedEvidence.raw === x.publishedAt ? '' : x.publishedEvidence.raw]),
    ),
  ].filter((s) => s.length >= 2 && s !== 'UTC');
}

describe('the blind copy of a comparison', () => {
  it('letters run A, B… Z, AA', () => {
    expect([0, 1, 25, 26, 27].map(outletLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });

  it('names no outlet, URL, file name, byline or home time zone anywhere, nor in its CSV exports', () => {
    const json = JSON.stringify(blind);
    const csv = ['claims.csv', 'entities.csv', 'times.csv'].map((f) => csvExport(blind, f as 'claims.csv')).join('\n');
    const leaks = giveaways(analysis).filter((s) => json.includes(s) || csv.includes(s));
    expect(leaks).toEqual([]);
    expect(blind.articles.map((a) => a.outlet.name)).toContain('Outlet A');
    expect(json).not.toMatch(/https?:\/\//);
  });

  it('is still a valid analysis whose offsets hold', () => {
    expect(AnalysisSchema.safeParse(blind).success).toBe(true);
    for (const a of blind.articles) {
      const original = analysis.articles.find((x) => x.id === a.id)!;
      expect(a.text.length).toBe(original.text.length);
      for (const c of a.claims) expect(a.text.slice(c.start, c.end).length).toBe(c.end - c.start);
    }
  });

  it('orders the columns neutrally: not the source order, the same every time, whatever the input order', () => {
    const ids = blind.articles.map((a) => a.id);
    expect(ids).not.toEqual(analysis.articles.map((a) => a.id));
    expect(blindAnalysis(analysis).articles.map((a) => a.id)).toEqual(ids);
    const reversed = { ...analysis, articles: [...analysis.articles].reverse() };
    expect(blindAnalysis(reversed).articles.map((a) => a.id)).toEqual(ids);
    expect(blindOrder([{ id: 'b' }, { id: 'a' }]).map((x) => x.id)).toEqual(blindOrder([{ id: 'a' }, { id: 'b' }]).map((x) => x.id));
  });

  it('gives one outlet one letter, in column order', () => {
    const letters = blind.articles.map((a) => a.outlet.name.replace('Outlet ', ''));
    const firstSeen = [...new Set(letters)];
    expect(firstSeen).toEqual(firstSeen.map((_, i) => outletLetter(i)));
    const outletsBefore = new Set(analysis.articles.map((a) => a.outlet.id)).size;
    expect(firstSeen.length).toBe(outletsBefore);
  });
});
