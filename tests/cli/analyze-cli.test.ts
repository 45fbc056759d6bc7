import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI exactly as `npm run analyze` does (same node flags), from the repo root. */
function analyze(...files: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'scripts/analyze.ts', ...files],
      { cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TZ: 'UTC' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const PAIR = [
  'seeds/blinken-seed-pair/000_367715f6ebdcc400.txt',
  'seeds/blinken-seed-pair/003_36c5c7af3f689e4a.txt',
];

describe('npm run analyze', () => {
  it('prints the analysis of two seed files as JSON and exits 0', async () => {
    const run = await analyze(...PAIR);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const analysis = JSON.parse(run.stdout) as { articles: Array<{ source: string; outlet: { id: string } }> };
    expect(analysis.articles.map((a) => [a.source, a.outlet.id])).toEqual([
      ['000_367715f6ebdcc400.txt', 'rfi'],
      ['003_36c5c7af3f689e4a.txt', 'epochtimes'],
    ]);
  }, 120_000);

  it('exits 1 naming a missing file, with nothing on stdout', async () => {
    const run = await analyze(PAIR[0]!, 'seeds/no-such-file.md');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe('seeds/no-such-file.md: cannot read: no such file');
  }, 120_000);

  it('exits 1 naming a file that is not an article, with nothing on stdout', async () => {
    const run = await analyze('package.json', PAIR[1]!);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe('package.json: not an archive article: no [title](url) line and no front matter title');
  }, 120_000);

  it('exits 2 with usage on stderr when no file is given', async () => {
    const run = await analyze();
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^usage: /);
  }, 120_000);
});
