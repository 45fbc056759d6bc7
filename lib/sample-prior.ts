import 'server-only';
import { addCounts, articleTerms, countsOf } from '@/lib/compare/framing';
import { listEvents, loadEvent } from '@/lib/loader';

let cached: Promise<Map<string, number>> | undefined;

/**
 * Term counts over every sample article under `seeds/` (the `samples` prior of the
 * distinctive-terms panel), computed on first use and kept for the life of the server.
 */
export function samplePriorCounts(): Promise<Map<string, number>> {
  cached ??= (async () => {
    const maps: Map<string, number>[] = [];
    for (const event of await listEvents()) {
      const loaded = await loadEvent(event.slug);
      if (loaded) for (const a of loaded.analysis.articles) maps.push(countsOf(articleTerms(a)));
    }
    return addCounts(maps);
  })();
  return cached;
}
