import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import { getComparison } from '../lib/store/comparisons';
import { comparisonId } from '../lib/store/content-address';
import { closeDatabases, openDatabase } from '../lib/store/open-database';
import { buildState, startNext } from './next-server';
import { figure, heading, info } from './report';

/** The writer the durability test uses (tests/store/writer-child.ts), bundled so 400 processes start fast. */
function bundleWriter(root: string): string {
  const dir = join(root, 'node_modules', '.cache', 'parallax-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'writer-child.mjs');
  buildSync({
    entryPoints: [join(root, 'tests/store/writer-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['react-server'],
    // The native SQLite binding is loaded from node_modules at run time.
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire as __parallaxRequire } from 'node:module'; const require = __parallaxRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

/** A writer process: writes comparisons in a loop, printing `ack <id>` after each write returns. */
function startWriter(script: string, dataDir: string, tag: string): { child: ChildProcess; acked: string[]; firstAck: Promise<void>; exit: Promise<void> } {
  const child = spawn(process.execPath, [script, tag, '0'], { env: { ...process.env, PARALLAX_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'ignore'] });
  const acked: string[] = [];
  let buffer = '';
  let first!: () => void;
  const firstAck = new Promise<void>((r) => (first = r));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
    if (acked.length > 0) first();
  });
  const exit = new Promise<void>((r) => child.on('exit', () => (first(), r())));
  return { child, acked, firstAck, exit };
}

/** Deterministic kill delays (ms): the moments vary, the run is reproducible. */
function delays(seed: number, n: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return 5 + (x % 120);
  });
}

/**
 * Section (h): durability under crashes. `rounds` times, `writers` processes write
 * comparisons to one database at once; after a varying delay every one of them is killed
 * with SIGKILL mid-write. Then: `PRAGMA integrity_check`, and every acknowledged write read
 * back — present (none lost) and hashing to its own id (none changed).
 */
export async function runCrash(root: string, rounds = 100, writers = 4): Promise<{ acked: number; lost: number; changed: number; integrity: string }> {
  heading('(h) Durability: kill -9 under concurrent writes');
  const script = bundleWriter(root);
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-crash-'));
  const saved = process.env.PARALLAX_DATA_DIR;
  const started = performance.now();
  const acked: string[] = [];
  try {
    for (const [round, delay] of delays(42, rounds).entries()) {
      const procs = Array.from({ length: writers }, (_, i) => startWriter(script, dataDir, `r${round}w${i}`));
      await Promise.all(procs.map((p) => p.firstAck));
      await new Promise((r) => setTimeout(r, delay));
      for (const p of procs) p.child.kill('SIGKILL');
      await Promise.all(procs.map((p) => p.exit));
      for (const p of procs) acked.push(...p.acked);
    }
    process.env.PARALLAX_DATA_DIR = dataDir;
    closeDatabases();
    const integrity = String(openDatabase(dataDir).pragma('integrity_check', { simple: true }));
    let lost = 0;
    let changed = 0;
    for (const id of acked) {
      const row = getComparison(id);
      if (!row) lost++;
      else if (comparisonId(row.inputs) !== id) changed++;
    }
    info('rounds × writers', `${rounds} × ${writers}`);
    info('acknowledged writes', String(acked.length));
    info('time', `${((performance.now() - started) / 1000).toFixed(1)} s`);
    figure('acknowledged writes lost', String(lost), '0', lost === 0);
    figure('acknowledged writes changed', String(changed), '0', changed === 0);
    figure('integrity_check', integrity, 'ok', integrity === 'ok');
    return { acked: acked.length, lost, changed, integrity };
  } finally {
    closeDatabases();
    if (saved === undefined) delete process.env.PARALLAX_DATA_DIR;
    else process.env.PARALLAX_DATA_DIR = saved;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The same through the built server (scripts/serve.mjs): `rounds` times the server starts on
 * one data directory, `clients` clients post unique comparisons (each analysed and stored by a
 * pool thread), and after a varying delay the server is killed with SIGKILL. Every comparison
 * answered 201 (or 200) must then be stored and hash to its id: the pool thread's write is
 * committed before the answer. Skipped without a production build.
 */
export async function runServerCrash(root: string, rounds = 10, clients = 4): Promise<{ acked: number; lost: number; changed: number; integrity: string } | null> {
  heading('(h2) Durability through the server: kill -9 under concurrent POSTs');
  const build = buildState(root);
  if (!build.ok) {
    info('skipped', build.reason);
    return null;
  }
  const text = readFileSync(join(root, 'seeds/blinken-seed-pair/000_367715f6ebdcc400.txt'), 'utf8');
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-crash-server-'));
  const saved = process.env.PARALLAX_DATA_DIR;
  const started = performance.now();
  const acked: string[] = [];
  let failed = 0;
  try {
    for (const [round, delay] of delays(7, rounds).entries()) {
      const server = await startNext(root, 120_000, { dataDir });
      const before = acked.length;
      const roundStart = performance.now();
      let alive = true;
      const posting = Array.from({ length: clients }, async (_, c) => {
        for (let n = 0; alive; n++) {
          const body = JSON.stringify({ articles: [{ name: 'a.txt', content: `${text}\n\n崩溃测试${round}-${c}-${n}。` }, { name: 'b.txt', content: `${text}\n\n另一篇${round}-${c}-${n}。` }] });
          try {
            const res = await fetch(`${server.base}/api/comparisons`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
            const answer = (await res.json()) as { id?: string };
            if ((res.status === 201 || res.status === 200) && answer.id) acked.push(answer.id);
            else if (res.status === 503) await new Promise((r) => setTimeout(r, 100));
          } catch {
            if (alive) failed++;
            return;
          }
        }
      });
      // Kill once some writes are through, at a moment that varies by round.
      while (acked.length === before && performance.now() - roundStart < 120_000) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 200 + delay * 20));
      const exit = new Promise((r) => server.child.once('exit', r));
      server.child.kill('SIGKILL');
      await exit;
      alive = false;
      await Promise.all(posting);
    }
    process.env.PARALLAX_DATA_DIR = dataDir;
    closeDatabases();
    const integrity = String(openDatabase(dataDir).pragma('integrity_check', { simple: true }));
    let lost = 0;
    let changed = 0;
    for (const id of new Set(acked)) {
      const row = getComparison(id);
      if (!row) lost++;
      else if (comparisonId(row.inputs) !== id) changed++;
    }
    info('rounds × clients', `${rounds} × ${clients}`);
    info('acknowledged comparisons', String(new Set(acked).size));
    info('requests cut off by the kill', String(failed));
    info('time', `${((performance.now() - started) / 1000).toFixed(1)} s`);
    figure('acknowledged comparisons lost', String(lost), '0', lost === 0);
    figure('acknowledged comparisons changed', String(changed), '0', changed === 0);
    figure('integrity_check', integrity, 'ok', integrity === 'ok');
    return { acked: new Set(acked).size, lost, changed, integrity };
  } finally {
    closeDatabases();
    if (saved === undefined) delete process.env.PARALLAX_DATA_DIR;
    else process.env.PARALLAX_DATA_DIR = saved;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
