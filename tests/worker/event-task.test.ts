import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../lib/analyze';
import { parseArticle } from '../../lib/ingest';
import { listEvents, loadEvent } from '../../lib/loader';
import { closePool, poolStats } from '../../lib/worker/pool';

afterAll(() => closePool());

describe('sample events are analysed on the worker pool, not on the request thread', () => {
  it('gives the analysis the pipeline gives, once per event', async () => {
    const slug = 'blinken-seed-pair';
    const event = (await listEvents()).find((e) => e.slug === slug)!;
    const before = poolStats().analyses;
    const [a, b] = await Promise.all([loadEvent(slug), loadEvent(slug)]);
    expect(poolStats().analyses).toBe(before + 1);
    expect(b!.analysis).toBe(a!.analysis);
    const direct = analyzeArticles(event.files.map((f) => parseArticle(readFileSync(`seeds/${slug}/${f}`, 'utf8'), f)));
    expect(a!.analysis).toEqual(JSON.parse(JSON.stringify(direct)));
    expect((await loadEvent(slug))!.analysis).toBe(a!.analysis);
    expect(poolStats().analyses).toBe(before + 1);
  }, 120_000);

  it('knows no event outside seeds/', async () => {
    expect(await loadEvent('../data')).toBeNull();
  });
});
