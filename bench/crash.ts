import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import { getComparison } from '../lib/store/comparisons';
import { comparisonId } from '../lib/store/content-address';
import { closeDatabases, openDatabase } from '../lib/store/open-database';
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
