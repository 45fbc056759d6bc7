import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { assignArticles, DEFAULT_PARAMS, FeatureStats, type ClusterArticle, type ClusterParams } from '../lib/archive/cluster';
import { ArchiveEventsJson, ArchiveFeatures } from '../lib/schema/archive';
import { bCubed, type BCubed } from './b-cubed';
import { CORPUS_SPLIT, corpusDir } from './corpus';
import { f3, figure, heading, info, table } from './report';

/**
 * The archive bench's split of whole events (gold = the folder). Chinese events as the
 * corpus split (bench/corpus.ts); English events of corpus-en: the tuning and test events of
 * the English gold (tests/fixtures/gold-en/split.json) stay where they are, the others are
 * shared out by halves. Thresholds are fitted on the tuning part only (`--fit`).
 */
export const ARCHIVE_SPLIT = {
  tuning: [...CORPUS_SPLIT.tuning, 'china-well', 'seattle-shooting', 'trump-and-obama', 'tram', 'f1', 'cubs-win-championship'],
  test: [...CORPUS_SPLIT.test, 'clinton-blames-comey', 'consulate-attack', 'clinton-clear', 'gaga-protests', 'toberone-gate', 'tram-victims'],
} as const;

/** The seed pair (RFI and Epoch Times, 14 June 2023) reports the Blinken visit: gold is that event (tuning part). */
const SEED_EVENT = 'blinken-beijing-2023-06';

const GOAL_F1 = 0.9;

/** Every article file of the bench archive with its gold event: corpus/<event>/, corpus-en/<event>/, seeds/. */
export function archiveGold(shared: string): Map<string, string> {
  const gold = new Map<string, string>();
  for (const sub of ['corpus', 'corpus-en']) {
    const dir = join(shared, sub);
    for (const event of readdirSync(dir).sort()) {
      const folder = join(dir, event);
      if (!statSync(folder).isDirectory()) continue;
      for (const name of readdirSync(folder).sort()) if (name.endsWith('.md')) gold.set(join(folder, name), event);
    }
  }
  for (const name of readdirSync(join(shared, 'seeds')).sort()) gold.set(join(shared, 'seeds', name), SEED_EVENT);
  return gold;
}

function partOf(event: string): 'tuning' | 'test' {
  if ((ARCHIVE_SPLIT.tuning as readonly string[]).includes(event)) return 'tuning';
  if ((ARCHIVE_SPLIT.test as readonly string[]).includes(event)) return 'test';
  throw new Error(`event ${event} is in neither part of ARCHIVE_SPLIT (bench/archive.ts)`);
}

function cli(root: string, dataDir: string, args: string[]): string {
  return execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', join(root, 'scripts/archive.ts'), ...args], {
    cwd: root,
    env: { ...process.env, PARALLAX_DATA_DIR: dataDir, TZ: 'UTC' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function scoreParts(cluster: Map<string, string>, gold: Map<string, string>): { tuning: BCubed; test: BCubed } {
  const items = [...gold.keys()].filter((k) => cluster.has(k));
  return {
    tuning: bCubed(cluster, gold, items.filter((k) => partOf(gold.get(k)!) === 'tuning')),
    test: bCubed(cluster, gold, items.filter((k) => partOf(gold.get(k)!) === 'test')),
  };
}

/** A grid of parameters around the defaults (the `--fit` search). */
function* grid(): Generator<ClusterParams> {
  for (const windowDays of [3, 5, 7])
    for (const join of [0.1, 0.12, 0.15, 0.18, 0.2, 0.25])
      for (const entityWeight of [0.5, 1, 1.5])
        for (const bodyWeight of [0, 0.5, 1, 2]) for (const numberWeight of [0, 0.5, 1]) yield { ...DEFAULT_PARAMS, windowDays, join, entityWeight, bodyWeight, numberWeight };
}

/**
 * Section (archive): the corpora and the seeds ingested as ONE archive by the CLI into a
 * temporary store, events detected, and the clustering scored with B³ against the folders,
 * tuning and test events apart. `--fit` searches the parameters on the tuning part.
 */
export function runArchive(root: string, options: { fit?: boolean } = {}): void {
  heading('(k) Archive mode: event detection (B³ against the corpus folders)');
  const shared = dirname(corpusDir(root));
  if (!existsSync(join(shared, 'corpus-en')) || !existsSync(join(shared, 'seeds'))) {
    info('skipped', `no ${shared}/corpus-en or seeds`);
    return;
  }
  const gold = archiveGold(shared);
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-bench-archive-'));
  try {
    const t0 = performance.now();
    cli(root, dataDir, ['add', join(shared, 'corpus'), join(shared, 'corpus-en'), join(shared, 'seeds')]);
    const secs = (performance.now() - t0) / 1000;
    const { events } = ArchiveEventsJson.parse(JSON.parse(cli(root, dataDir, ['events', '--json'])));
    const cluster = new Map<string, string>();
    for (const e of events) for (const a of e.articles) cluster.set(a.source, e.id);
    info('articles / gold events', `${cluster.size} / ${new Set(gold.values()).size}`);
    info('ingest + events (CLI, s)', secs.toFixed(1));
    info('events found', `${events.length} (${events.filter((e) => e.outlets.length >= 2).length} with 2+ outlets)`);
    info('near-duplicates flagged', String(events.reduce((n, e) => n + e.duplicates, 0)));
    const missing = [...gold.keys()].filter((k) => !cluster.has(k));
    if (missing.length > 0) info('articles not stored', missing.map((m) => basename(m)).join(', '));
    const parts = scoreParts(cluster, gold);
    const row = (name: string, b: BCubed): string[] => [name, String(b.items), f3(b.precision), f3(b.recall), f3(b.f1)];
    table(['part', 'articles', 'B³ P', 'B³ R', 'B³ F1'], [row(`tuning (${ARCHIVE_SPLIT.tuning.length} events)`, parts.tuning), row(`TEST (${ARCHIVE_SPLIT.test.length} events, never tuned on)`, parts.test)]);
    figure('B³ F1, TEST part', f3(parts.test.f1), `≥ ${GOAL_F1}`, parts.test.f1 >= GOAL_F1);
    if (process.argv.includes('--verbose')) {
      for (const e of events) console.log(`    ${e.id}  ${[...new Set(e.articles.map((a) => gold.get(a.source) ?? '?'))].join(' + ')}  ${e.title}`);
    }
    const articles = storedArticles(root, dataDir);
    robustness(articles, gold);
    if (options.fit) fit(articles, gold);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The stored articles with their event features (read from the bench's store by a child process: the store module is server-only). */
function storedArticles(root: string, dataDir: string): ClusterArticle[] {
  const rows = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const d=new D(process.argv[1]+'/parallax.sqlite',{readonly:true});console.log(JSON.stringify(d.prepare('SELECT a.id, a.source_path, a.outlet_id, n.features FROM archive_articles a JOIN archive_analyses n ON n.article_id=a.id ORDER BY a.seq').all()))`,
        dataDir,
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    ),
  ) as { id: string; source_path: string; outlet_id: string; features: string }[];
  return rows.map((r) => ({ id: r.source_path, outletId: r.outlet_id, features: ArchiveFeatures.parse(JSON.parse(r.features)) }));
}

/** Event detection over `articles` in one batch (feature statistics from those articles): article → event. */
function clusterOnce(articles: readonly ClusterArticle[], p: ClusterParams = DEFAULT_PARAMS): Map<string, string> {
  const stats = new FeatureStats();
  for (const a of articles) stats.add(a.features);
  return new Map(assignArticles([], articles, stats, p).map((a) => [a.articleId, a.eventId]));
}

/**
 * Event detection as a user adding one day's files at a time would get it: each UTC day's
 * articles assigned against the events found so far (the statistics growing with the archive).
 */
function clusterByDay(articles: readonly ClusterArticle[]): Map<string, string> {
  const days = new Map<number, ClusterArticle[]>();
  for (const a of articles) {
    const day = a.features.time === null ? Number.MAX_SAFE_INTEGER : Math.floor(a.features.time / 86_400_000);
    days.set(day, [...(days.get(day) ?? []), a]);
  }
  const stats = new FeatureStats();
  const events = new Map<string, ClusterArticle[]>();
  const out = new Map<string, string>();
  for (const day of [...days.keys()].sort((a, b) => a - b)) {
    const batch = days.get(day)!;
    for (const a of batch) stats.add(a.features);
    const existing = [...events].map(([id, members]) => ({ id, members }));
    for (const a of assignArticles(existing, batch, stats)) {
      out.set(a.articleId, a.eventId);
      events.set(a.eventId, [...(events.get(a.eventId) ?? []), { ...batch.find((b) => b.id === a.articleId)!, duplicateOf: a.duplicateOf }]);
    }
  }
  return out;
}

/**
 * Robustness of the clustering figure (in process, from the stored features): the archive
 * added day by day instead of at once; each part alone as its own archive; leave one event
 * out (every event in turn removed from the archive, the parts scored on the rest: mean and
 * worst); the join threshold ±0.03; and the swapped split (the join that TEST alone would
 * choose, and what it gives on the tuning part), to show the figure hinges on no one value.
 */
function robustness(articles: readonly ClusterArticle[], gold: Map<string, string>): void {
  const row = (name: string, c: Map<string, string>): string[] => {
    const parts = scoreParts(c, gold);
    return [name, f3(parts.tuning.f1), f3(parts.test.f1)];
  };
  const rows: string[][] = [];
  rows.push(row('in process, one batch (as the CLI)', clusterOnce(articles)));
  rows.push(row('added one day at a time', clusterByDay(articles)));
  const tuningOnly = articles.filter((a) => partOf(gold.get(a.id)!) === 'tuning');
  const testOnly = articles.filter((a) => partOf(gold.get(a.id)!) === 'test');
  const alone = new Map([...clusterOnce(tuningOnly), ...clusterOnce(testOnly)]);
  rows.push(row('each part alone as its archive', alone));
  const loeo = { tuning: [] as number[], test: [] as number[] };
  for (const event of [...new Set(gold.values())].sort()) {
    const rest = articles.filter((a) => gold.get(a.id) !== event);
    const parts = scoreParts(clusterOnce(rest), new Map([...gold].filter(([, e]) => e !== event)));
    loeo.tuning.push(parts.tuning.f1);
    loeo.test.push(parts.test.f1);
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  rows.push(['leave one event out: mean', f3(mean(loeo.tuning)), f3(mean(loeo.test))]);
  rows.push(['leave one event out: worst', f3(Math.min(...loeo.tuning)), f3(Math.min(...loeo.test))]);
  for (const d of [-0.03, 0.03]) {
    const join = Math.round((DEFAULT_PARAMS.join + d) * 100) / 100;
    rows.push(row(`join ${join} instead of ${DEFAULT_PARAMS.join}`, clusterOnce(articles, { ...DEFAULT_PARAMS, join })));
  }
  const joins = [0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.22, 0.25, 0.3];
  const byJoin = joins.map((join) => ({ join, ...scoreParts(clusterOnce(articles, { ...DEFAULT_PARAMS, join }), gold) }));
  const swapped = [...byJoin].sort((a, b) => b.test.f1 - a.test.f1 || a.join - b.join)[0]!;
  const straight = [...byJoin].sort((a, b) => b.tuning.f1 - a.tuning.f1 || a.join - b.join)[0]!;
  rows.push([`join chosen on tuning (${straight.join})`, f3(straight.tuning.f1), f3(straight.test.f1)]);
  rows.push([`swapped: join chosen on TEST (${swapped.join})`, f3(swapped.tuning.f1), f3(swapped.test.f1)]);
  console.log('\n  robustness (B³ F1; defaults unless said):');
  table(['check', 'tuning F1', 'TEST F1'], rows);
}

/** Grid search of the clustering parameters on the tuning part; prints the best few (and their test figure, for the record only). */
function fit(articles: readonly ClusterArticle[], gold: Map<string, string>): void {
  const results: { p: ClusterParams; tuning: BCubed; test: BCubed }[] = [];
  for (const p of grid()) results.push({ p, ...scoreParts(clusterOnce(articles, p), gold) });
  results.sort((a, b) => b.tuning.f1 - a.tuning.f1);
  console.log(`\n  --fit: ${results.length} settings, best by TUNING B³ F1 (test shown for the record, not used to choose):`);
  table(
    ['window', 'join', 'entity', 'body', 'figures', 'tuning F1', 'test F1'],
    results
      .slice(0, 12)
      .map((r) => [String(r.p.windowDays), String(r.p.join), String(r.p.entityWeight), String(r.p.bodyWeight), String(r.p.numberWeight), f3(r.tuning.f1), f3(r.test.f1)]),
  );
}
