#!/usr/bin/env node
// `npm start`: builds when there is no current build, then serves the app (scripts/serve.mjs:
// Next behind a server that refuses over-long query strings before Next parses them).
// A build is current when .next/BUILD_ID is newer than every source file that goes into it.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const SOURCES = ['app', 'components', 'lib', 'data', 'seeds', 'package.json', 'package-lock.json', 'next.config.mjs', 'tsconfig.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function buildIsCurrent() {
  const id = join(root, '.next', 'BUILD_ID');
  if (!existsSync(id)) return false;
  const built = statSync(id).mtimeMs;
  return SOURCES.every((s) => newestMtime(join(root, s)) <= built);
}

const nextBin = join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!buildIsCurrent()) {
    console.log('parallax: no current build, running `next build` first…');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const port = process.env.PORT ?? '3000';
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), '-p', port, ...process.argv.slice(2)], { stdio: 'inherit' });
  const stop = (sig) => server.kill(sig);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}
