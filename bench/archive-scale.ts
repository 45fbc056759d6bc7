import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { corpusDir } from './corpus';
import { buildState, startNext } from './next-server';
import { figure, heading, info } from './report';

const DAY_MS = 86_400_000;
/** Days between two copies of the corpus: more than the event window, so copies never merge. */
const COPY_SHIFT_DAYS = 9;
const GOALS = { totalSeconds: 600, memoryMb: 1024, add100Seconds: 15, pageMs: 300 };

/** Every raw article file of the bench corpora (corpus, corpus-en, seeds). */
function sourceFiles(shared: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|txt)$/.test(name) && name !== 'SOURCES.md') out.push(path);
    }
  };
  for (const sub of ['corpus', 'corpus-en', 'seeds']) walk(join(shared, sub));
  return out;
}

/** A raw file moved `days` later: its front-matter date and its epoch comment shifted (the publication time the reader takes). */
export function shiftedCopy(raw: string, days: number): string {
  const ms = days * DAY_MS;
  return raw
    .replace(/^date: (\S+)$/m, (m, d: string) => {
      const t = Date.parse(d);
      return Number.isFinite(t) ? `date: ${new Date(t + ms).toISOString()}` : m;
    })
    .replace(/<!--(\d{10,})-->/, (_, e: string) => `<!--${Number(e) + ms}-->`)
    .replace(/^(\[[^\]\n]*)\]\(/m, (_, t: string) => `${t}\u200b${days}](`);
}

/** Writes `n` synthetic files (copies of the corpus, each copy COPY_SHIFT_DAYS later) under `dir`, starting at copy `from`. */
function synthesize(sources: readonly string[], dir: string, n: number, from = 0): void {
  for (let i = 0; i < n; i++) {
    const copy = from + Math.floor(i / sources.length);
    const src = sources[i % sources.length]!;
    const out = join(dir, `copy-${copy}`, basename(dirname(src)));
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, basename(src)), shiftedCopy(readFileSync(src, 'utf8'), copy * COPY_SHIFT_DAYS));
  }
}

function addRun(root: string, dataDir: string, dir: string): Promise<{ seconds: number; memoryMb: number; clusterMs: number; added: number; stderr: string }> {
  const t0 = performance.now();
  return new Promise((done, fail) =>
    execFile(
      process.execPath,
      [join(root, 'scripts/archive.mjs'), 'add', dir],
      { cwd: root, env: { ...process.env, PARALLAX_DATA_DIR: dataDir, TZ: 'UTC' }, maxBuffer: 256 * 1024 * 1024 },
      (err, _stdout, stderr) => {
        if (err) return fail(new Error(`archive add failed: ${stderr.slice(-400)}`));
        done({
          seconds: (performance.now() - t0) / 1000,
          memoryMb: Number(/peak memory: (\d+) MB/.exec(stderr)?.[1] ?? NaN),
          clusterMs: Number(/ in (\d+) ms;/.exec(stderr)?.[1] ?? NaN),
          added: Number([...stderr.matchAll(/ (\d+) added/g)].at(-1)?.[1] ?? NaN),
          stderr,
        });
      },
    ),
  );
}

async function pageMs(base: string, path: string, rounds = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds + 2; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}${path}`);
    await res.text();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    if (i >= 2) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Section (archive-scale), timing only: a synthetic archive made of copies of the corpora
 * (each copy shifted 9 days, so events never merge across copies) ingested by the CLI;
 * ingest rate, event-detection time, peak memory, adding 100 more, and `/archive` page time
 * (needs a build). `PARALLAX_SCALE_ARTICLES` (default 1000) sets the size; below 10,000 the
 * 10,000 figure is a projection from the measured rate, labelled so.
 */
export async function runArchiveScale(root: string): Promise<void> {
  const n = Math.max(200, Number(process.env.PARALLAX_SCALE_ARTICLES) || 1000);
  heading(`(l) Archive mode at scale: ${n} synthetic articles (timing only)`);
  const shared = dirname(corpusDir(root));
  const sources = sourceFiles(shared);
  const work = mkdtempSync(join(tmpdir(), 'parallax-scale-'));
  const dataDir = join(work, 'store');
  try {
    synthesize(sources, join(work, 'base'), n);
    synthesize(sources, join(work, 'more'), 100, Math.ceil(n / sources.length) + 1);
    const base = await addRun(root, dataDir, join(work, 'base'));
    const rate = base.added / base.seconds;
    info('articles stored', `${base.added} of ${n}`);
    info('ingest + events (s)', base.seconds.toFixed(1));
    info('rate (articles/s, 2 threads)', rate.toFixed(1));
    info('event detection (ms, all)', String(base.clusterMs));
    figure('peak memory (MB)', String(base.memoryMb), `≤ ${GOALS.memoryMb}`, base.memoryMb <= GOALS.memoryMb);
    const projected = n >= 10_000 ? base.seconds : 10_000 / rate;
    figure(n >= 10_000 ? '10,000 added + clustered (s)' : '10,000 (s), PROJECTED from rate', projected.toFixed(0), `≤ ${GOALS.totalSeconds}`, projected <= GOALS.totalSeconds);
    const more = await addRun(root, dataDir, join(work, 'more'));
    figure(`+100 articles to ${base.added} (s)`, more.seconds.toFixed(1), `≤ ${GOALS.add100Seconds}`, more.seconds <= GOALS.add100Seconds);
    info('  of which event detection (ms)', String(more.clusterMs));
    const build = buildState(root);
    if (!build.ok) {
      info('/archive page', `skipped: ${build.reason}`);
      return;
    }
    const server = await startNext(root, 60_000, { dataDir });
    try {
      for (const [label, path] of [
        ['/archive', '/archive'],
        ['/archive?q=秦刚', `/archive?q=${encodeURIComponent('秦刚')}`],
        ['/archive?outlet=rfi&min=2', '/archive?outlet=rfi&min=2'],
        ['/archive?view=matrix', '/archive?view=matrix'],
        ['/archive?view=outlets', '/archive?view=outlets'],
      ] as const) {
        const ms = await pageMs(server.base, path);
        figure(`${label} (median ms)`, ms.toFixed(0), `< ${GOALS.pageMs}`, ms < GOALS.pageMs);
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
