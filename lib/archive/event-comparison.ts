import 'server-only';
import { basename } from 'node:path';
import { LIMITS } from '../schema/comparison-input';
import type { EventArticle } from '../schema/archive';
import { archiveContents, eventArticles } from '../store/archive';
import { hasComparison } from '../store/comparisons';
import { canonicalInputs, comparisonId } from '../store/content-address';
import { admit, runTask } from '../worker/pool';
import { once } from '../worker/shared-work';

/**
 * The accounts of an event a comparison shows (at most LIMITS.maxArticles): one
 * independent account per outlet first (its earliest), then further accounts in time
 * order; copies (near-duplicates) only when nothing else is left.
 */
export function chooseAccounts(articles: readonly EventArticle[]): EventArticle[] {
  const independent = articles.filter((a) => a.duplicateOf === null);
  const seen = new Set<string>();
  const first: EventArticle[] = [];
  const rest: EventArticle[] = [];
  for (const a of independent) {
    if (seen.has(a.outlet.id)) rest.push(a);
    else {
      seen.add(a.outlet.id);
      first.push(a);
    }
  }
  const copies = articles.filter((a) => a.duplicateOf !== null);
  return [...first, ...rest, ...copies].slice(0, LIMITS.maxArticles);
}

/** Why an event cannot be opened as a comparison. */
export class EventComparisonError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'EventComparisonError';
    this.status = status;
  }
}

/**
 * An event as a comparison, by the same path as an upload: its accounts' stored texts as
 * canonical inputs, the content address, an analysis on the worker pool when not yet
 * stored, the comparison stored. Returns the permalink id (the same event gives the same id).
 */
export async function eventComparison(eventId: string): Promise<string> {
  const articles = eventArticles(eventId);
  if (articles.length === 0) throw new EventComparisonError(404, 'no such event');
  const chosen = chooseAccounts(articles);
  if (chosen.length < LIMITS.minArticles) throw new EventComparisonError(409, 'this event has a single account: there is nothing to compare it with');
  const contents = archiveContents(chosen.map((a) => a.id));
  const inputs = canonicalInputs(chosen.map((a) => ({ name: basename(a.source), content: contents.get(a.id)?.content ?? '' })));
  const id = comparisonId(inputs);
  if (hasComparison(id)) return id;
  const ticket = admit();
  try {
    const chars = inputs.articles.reduce((n, a) => n + a.content.length, 0);
    // Analysed and stored on a pool thread, as an upload is (lib/api/create-comparison.ts); one analysis for the same event in flight.
    await once(`create:${id}`, ticket, async () => {
      const result = await runTask({ kind: 'create', id, inputs }, { analysisChars: chars });
      if (!result.ok) throw new EventComparisonError(result.status, result.error);
      return result;
    });
    return id;
  } finally {
    ticket.release();
  }
}
