import 'server-only';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Analysis } from './schema/analysis';
import { SampleEvent } from './schema/event';
import { runTask } from './worker/pool';

/** A sample event with its folder name. */
export type EventEntry = SampleEvent & { slug: string };

const SEEDS_DIR = join(process.cwd(), 'seeds');

let eventsOnce: Promise<EventEntry[]> | undefined;

/**
 * Every sample event under `seeds/`, the default one first, then by title. Read once per
 * server process (the seeds ship with the build), not on every request.
 */
export function listEvents(): Promise<EventEntry[]> {
  eventsOnce ??= readEvents().catch((error: unknown) => {
    eventsOnce = undefined;
    throw error;
  });
  return eventsOnce;
}

async function readEvents(): Promise<EventEntry[]> {
  const dirents = await readdir(SEEDS_DIR, { withFileTypes: true });
  const events: EventEntry[] = [];
  for (const d of dirents) {
    if (!d.isDirectory()) continue;
    const raw = await readFile(join(SEEDS_DIR, d.name, 'event.json'), 'utf8').catch(() => null);
    if (raw === null) continue;
    const parsed = SampleEvent.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`seeds/${d.name}/event.json: ${parsed.error.message}`);
    events.push({ ...parsed.data, slug: d.name });
  }
  return events.sort((a, b) => Number(b.default ?? false) - Number(a.default ?? false) || a.title.localeCompare(b.title));
}

/** The event a new user sees on `/`. */
export async function defaultEvent(): Promise<EventEntry> {
  const events = await listEvents();
  const event = events.find((e) => e.default) ?? events[0];
  if (!event) throw new Error('seeds/: no sample event found');
  return event;
}

const analyses = new Map<string, Promise<Analysis>>();

/**
 * A sample event's analysis, made on the worker pool (the request thread keeps answering other
 * requests meanwhile) without a place in its admission queue: a page of the app is never
 * refused as busy, and this runs at most once per event and process.
 */
async function analyzeEvent(event: EventEntry): Promise<Analysis> {
  const files = await Promise.all(event.files.map(async (name) => ({ name, content: await readFile(join(SEEDS_DIR, event.slug, name), 'utf8') })));
  const chars = files.reduce((n, f) => n + f.content.length, 0);
  const result = await runTask({ kind: 'event', files }, { analysisChars: chars });
  if (!result.ok) throw new Error(`seeds/${event.slug}: ${result.error}`);
  return Analysis.parse(JSON.parse(result.analysisJson));
}

/** The analysis of a sample event, computed once per server process (a failure is tried again on the next request). */
export async function loadEvent(slug: string): Promise<{ event: EventEntry; analysis: Analysis } | null> {
  const event = (await listEvents()).find((e) => e.slug === slug);
  if (!event) return null;
  let analysis = analyses.get(slug);
  if (!analysis) {
    analysis = analyzeEvent(event);
    analyses.set(slug, analysis);
    analysis.catch(() => analyses.delete(slug));
  }
  return { event, analysis: await analysis };
}
