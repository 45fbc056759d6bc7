import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getComparison } from '../../lib/store/comparisons';
import { closeDatabases, openDatabase } from '../../lib/store/open-database';
import { tempDataDir } from './fixtures';

const CHILD = ['--conditions=react-server', '--import', 'tsx', 'tests/store/writer-child.ts'];

function startWriter(dataDir: string, tag: string, count: number): { child: ChildProcess; acked: string[]; firstAck: Promise<void>; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [...CHILD, tag, String(count)], {
    env: { ...process.env, PARALLAX_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: string[] = [];
  let buffer = '';
  let resolveFirst!: () => void;
  const firstAck = new Promise<void>((r) => (resolveFirst = r));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
    if (acked.length > 0) resolveFirst();
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exit = new Promise<number | null>((r) =>
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) console.error(stderr);
      resolveFirst();
      r(code);
    }),
  );
  return { child, acked, firstAck, exit };
}

/** Deterministic pseudo-random delays (the kill moments vary, the test stays reproducible). */
function delays(seed: number, n: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return 5 + (x % 200);
  });
}

describe('store durability', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = tempDataDir();
    process.env.PARALLAX_DATA_DIR = dataDir;
  });
  afterAll(() => closeDatabases());

  it('keeps every acknowledged write and passes integrity_check after 20 kill -9 crashes', async () => {
    const acked: string[] = [];
    for (const [round, delay] of delays(42, 20).entries()) {
      const writer = startWriter(dataDir, `crash${round}`, 0);
      await writer.firstAck;
      await new Promise((r) => setTimeout(r, delay));
      writer.child.kill('SIGKILL');
      await writer.exit;
      acked.push(...writer.acked);
    }
    closeDatabases();
    const db = openDatabase(dataDir);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(acked.length).toBeGreaterThanOrEqual(20);
    const missing = acked.filter((id) => getComparison(id) === null);
    expect(missing).toEqual([]);
  }, 180_000);

  it('lets eight processes write to the same database at once without an error', async () => {
    const writers = Array.from({ length: 8 }, (_, i) => startWriter(dataDir, `concurrent${i}`, 25));
    const codes = await Promise.all(writers.map((w) => w.exit));
    expect(codes).toEqual(Array(8).fill(0));
    const ids = writers.flatMap((w) => w.acked);
    expect(ids).toHaveLength(200);
    expect(ids.filter((id) => getComparison(id) === null)).toEqual([]);
  }, 120_000);
});
