/**
 * `npm run --silent archive -- COMMAND`: archive mode (see README, "Use it"). `npm run archive`
 * runs this file bundled (scripts/archive.mjs, scripts/build-archive.mjs); `npm run archive:dev`
 * runs it from the TypeScript sources under tsx.
 *
 *   add DIR...        read every article file under the folders into the store (PARALLAX_DATA_DIR),
 *                     skipping files already read, analysing the rest on worker threads, then
 *                     detect events among the new articles. Each article is stored in its own
 *                     transaction: interrupt and run again to resume.
 *   list [--json]     the stored articles with their event
 *   remove KEY...     remove articles by content id or source path
 *   stats [--json]    counts
 *   events [--json]   the events, newest first, with their articles' source paths
 *
 * Exit codes: 0 success (files that cannot be read are listed on stderr and skipped);
 * 1 failure; 2 usage.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Piscina } from 'piscina';
import { notAnArticle, sha256 } from '../lib/archive/archive-files';
import type { ReadResult } from '../lib/archive/read-file';
import { ArchiveEventsJson, ArchiveListJson, ArchiveStats } from '../lib/schema/archive';
import { allEvents, archiveCounts, clusterPending, hasArchiveFile, listArchiveArticles, putArchiveEntry, removeArchiveArticles } from '../lib/store/archive';
import { closeDatabases, dataDir } from '../lib/store/open-database';

const USAGE = `usage: npm run --silent archive -- COMMAND
  add DIR...        read the article files under the folders into the archive (resumable)
  list [--json]     stored articles
  remove KEY...     remove articles by content id or source path
  stats [--json]    counts
  events [--json]   events with their articles' source paths
The store is PARALLAX_DATA_DIR (default ./data-store).`;

/**
 * The ingest thread's module: beside the bundled CLI (`npm run archive`, built by
 * scripts/build-archive.mjs: plain JavaScript), else the loader that runs the TypeScript
 * entry under tsx (`npm run archive:dev`, tests).
 */
function ingestThreadFile(): string {
  const bundled = new URL('./ingest-thread.mjs', import.meta.url);
  return existsSync(bundled) ? bundled.href : new URL('../lib/archive/ingest-worker.mjs', import.meta.url).href;
}

/** The V8 old-generation limit of an ingest thread (MiB). */
const ARCHIVE_THREAD_HEAP_MB = 512;

const err = (line: string): void => void process.stderr.write(`${line}\n`);

/** Every file under the paths (folders walked recursively, in name order); paths that cannot be listed are reported. */
async function collect(paths: readonly string[], problems: { path: string; reason: string }[]): Promise<string[]> {
  const files: string[] = [];
  const walk = async (path: string): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      problems.push({ path, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String((e as Error).message) });
      return;
    }
    if (info.isFile()) {
      files.push(path);
      return;
    }
    if (!info.isDirectory()) return;
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (e) {
      problems.push({ path, reason: `cannot list the folder: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      return;
    }
    for (const name of names) if (!name.startsWith('.')) await walk(join(path, name));
  };
  for (const p of paths) await walk(resolve(p));
  return files;
}

/** The progress line: counts and rate, rewritten in place on a terminal, else a line every few seconds. */
function progress(total: number) {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastLine = 0;
  const counts = { added: 0, stored: 0, skipped: 0, failed: 0 };
  const line = (): string => {
    const done = counts.added + counts.stored + counts.skipped + counts.failed;
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? counts.added / secs : 0;
    const left = rate > 0 ? Math.round((total - done) / rate) : null;
    const width = 24;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files · ${counts.added} added · ${counts.stored} already stored · ${counts.skipped + counts.failed} skipped · ${rate.toFixed(1)} articles/s${left !== null && done < total ? ` · ~${left}s left` : ''}`;
  };
  return {
    counts,
    tick(force = false): void {
      const now = Date.now();
      if (tty) process.stderr.write(`\r${line()}\x1b[K`);
      else if (force || now - lastLine > 2000) {
        err(line());
        lastLine = now;
      }
    },
    end(): void {
      if (tty) process.stderr.write(`\r${line()}\x1b[K\n`);
      else err(line());
    },
  };
}

async function add(paths: readonly string[]): Promise<number> {
  if (paths.length === 0) {
    err(USAGE);
    return 2;
  }
  const problems: { path: string; reason: string }[] = [];
  const files = await collect(paths, problems);
  const bar = progress(files.length);
  err(`archive: ${files.length} files under ${paths.length} path(s) → ${dataDir()}`);
  const threads = Math.max(1, Math.min(Number(process.env.PARALLAX_WORKERS) || availableParallelism(), 8));
  // Started with the first file to read (threads load the whole pipeline: a re-run with nothing new starts none).
  let pool: Piscina | null = null;
  const threadPool = (): Piscina =>
    (pool ??= new Piscina({
      filename: ingestThreadFile(),
      maxThreads: threads,
      minThreads: threads,
      // A thread's old generation kept to 512 MiB: V8 collects sooner (peak 1,014 -> 812 MB over
      // 1,000 articles, same rate); the largest accepted article needs well under half of it.
      resourceLimits: { maxOldGenerationSizeMb: ARCHIVE_THREAD_HEAP_MB },
    }));
  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(130);
    stopping = true;
    err('\narchive: interrupted; what was stored is kept (run the same command again to resume)');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // A few files ahead of the writer per thread: bounded memory whatever the archive's size.
  const inFlight = new Set<Promise<void>>();
  for (const path of files) {
    if (stopping) break;
    const skip = notAnArticle(path);
    if (skip) {
      bar.counts.skipped++;
      problems.push({ path, reason: skip });
      bar.tick();
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (e) {
      bar.counts.failed++;
      problems.push({ path, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      continue;
    }
    if (hasArchiveFile(sha256(bytes))) {
      bar.counts.stored++;
      bar.tick();
      continue;
    }
    const job = (threadPool().run({ path }) as Promise<string>).then((text) => {
      const result = JSON.parse(text) as ReadResult;
      if (!result.ok) {
        bar.counts.failed++;
        problems.push({ path: result.path, reason: result.reason });
      } else if (!stopping) {
        const { created } = putArchiveEntry(result.entry);
        if (created) bar.counts.added++;
        else bar.counts.stored++;
      }
      bar.tick();
    }, (e: unknown) => {
      // A thread that failed (out of memory, a crash in the analysis) costs this file only.
      bar.counts.failed++;
      problems.push({ path, reason: `analysis failed: ${e instanceof Error ? e.message : String(e)}` });
      bar.tick();
    });
    const tracked = job.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= threads * 2) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await (pool as Piscina | null)?.destroy();
  bar.end();
  for (const p of problems) err(`skipped ${p.path}: ${p.reason}`);
  if (stopping) return 130;
  const t0 = Date.now();
  const c = clusterPending();
  err(`events: ${c.assigned} articles placed (${c.opened} new events, ${c.duplicates} near-duplicates) in ${Date.now() - t0} ms; ${c.events} events in the archive`);
  err(`peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (the process and its ingest threads)`);
  return 0;
}

function table(rows: string[][]): string {
  return rows.map((r) => r.join('\t')).join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const asJson = rest.includes('--json');
  const args = rest.filter((a) => a !== '--json');
  switch (command) {
    case 'add':
      return add(args);
    case 'list': {
      const articles = listArchiveArticles();
      if (asJson) process.stdout.write(`${JSON.stringify(ArchiveListJson.parse({ articles }), null, 2)}\n`);
      else process.stdout.write(`${table(articles.map((a) => [a.id, a.publishedAt ?? '-', a.outlet.name, a.eventId ?? '-', a.duplicateOf ? `copy of ${a.duplicateOf}` : '', a.title, a.source]))}\n`);
      return 0;
    }
    case 'remove': {
      if (args.length === 0) {
        err(USAGE);
        return 2;
      }
      const removed = removeArchiveArticles(args.map((a) => (a.startsWith('a-') ? a : resolve(a))));
      err(`removed ${removed.length} article(s)`);
      for (const id of removed) process.stdout.write(`${id}\n`);
      return removed.length > 0 ? 0 : 1;
    }
    case 'stats': {
      const stats = ArchiveStats.parse(archiveCounts());
      if (asJson) process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
      else
        process.stdout.write(
          `${stats.articles} articles (${Object.entries(stats.languages).map(([l, n]) => `${l} ${n}`).join(', ')}) from ${stats.outlets} outlets, ${stats.firstAt ?? '-'} … ${stats.lastAt ?? '-'}\n` +
            `${stats.events} events (${stats.multiOutletEvents} covered by 2+ outlets), ${stats.duplicates} near-duplicates, ${stats.unclustered} not yet placed\n`,
        );
      return 0;
    }
    case 'events': {
      const events = ArchiveEventsJson.parse({ events: allEvents() });
      if (asJson) process.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
      else
        for (const e of events.events)
          process.stdout.write(`${e.id}\t${e.firstAt?.slice(0, 10) ?? '-'}\t${e.outlets.map((o) => o.name).join(', ')}\t${e.title}\n`);
      return 0;
    }
    default:
      err(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    closeDatabases();
    process.exitCode = code;
  },
  (e: unknown) => {
    err(`archive: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
