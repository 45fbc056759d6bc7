import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The production server (scripts/serve.mjs) the bench started, with a throw-away data directory. */
export interface NextServer {
  base: string;
  stop: () => Promise<void>;
  /** The server process (the crash bench kills it with SIGKILL). */
  child: ChildProcess;
}

const SOURCES = ['app', 'components', 'lib', 'data', 'next.config.mjs'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((n, e) => Math.max(n, newest(join(path, e))), st.mtimeMs);
}

/** Why no server can be started (no build), or a note when the build is older than the sources. */
export function buildState(root: string): { ok: false; reason: string } | { ok: true; note?: string } {
  const id = join(root, '.next', 'BUILD_ID');
  if (!existsSync(id)) return { ok: false, reason: 'no production build (.next/BUILD_ID missing; run `npx next build`)' };
  const stale = SOURCES.some((s) => newest(join(root, s)) > statSync(id).mtimeMs);
  return stale ? { ok: true, note: 'build is older than some sources: figures are for the built version' } : { ok: true };
}

/** A free loopback port in `[from, to]`. */
export async function freePort(from = 3500, to = 3599): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${to}`);
}

/**
 * Starts the production server (scripts/serve.mjs, as `npm start` does) on a free port with a
 * temporary `PARALLAX_DATA_DIR` (or `options.dataDir`, kept on stop); resolves when it answers.
 */
export async function startNext(root: string, timeoutMs = 60_000, options: { dataDir?: string } = {}): Promise<NextServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const child: ChildProcess = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, PARALLAX_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${base}/api/comparisons/not-a-real-id`);
      return { base, stop, child };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await stop();
  throw new Error(`next start did not answer on ${base}: ${stderr.slice(-500)}`);
}
