import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const ROOT = process.cwd();
const NEXT = join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`);
}

/**
 * Builds the app (always: the tests must drive what the sources say now), starts the
 * production server (scripts/serve.mjs, what `npm start` runs) on a free port with a fresh data directory, and hands the URL to the tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
    throw new Error('Chromium not found: install it with `apt-get install chromium fonts-noto-cjk poppler-utils` (see README), or set CHROMIUM_PATH.');
  }
  if (process.env.PARALLAX_E2E_SKIP_BUILD !== '1') {
    const build = spawnSync(process.execPath, [NEXT, 'build'], { stdio: 'inherit', cwd: ROOT });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const port = String(3100 + Math.floor(Math.random() * 800));
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-'));
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs'), '-p', port], {
    cwd: ROOT,
    env: { ...process.env, PARALLAX_DATA_DIR: dataDir, PORT: port },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(baseURL, server, 60_000);
  project.provide('baseURL', baseURL);
  return async () => {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    // Each run's data directory goes with it (nothing left in /tmp).
    rmSync(dataDir, { recursive: true, force: true });
  };
}
