import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { ArchiveEventsJson, ArchiveListJson, ArchiveStats } from '../../lib/schema/archive';
import { closeDatabases } from '../../lib/store/open-database';
import { findEvents, searchArticles } from '../../lib/store/archive-query';
import { encodeLegacy } from '../api/legacy-encoder';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the archive CLI as `npm run archive` does, on a data directory. */
function archive(dataDir: string, ...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'scripts/archive.ts', ...args],
      { cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TZ: 'UTC', PARALLAX_DATA_DIR: dataDir, PARALLAX_WORKERS: '2' } },
      (err, stdout, stderr) => done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

/** A folder of articles: two sample events (one Chinese, one English), a GBK copy, and files that are not articles. */
function archiveFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'parallax-archive-in-'));
  cpSync('seeds/blinken-beijing-2023-06', join(root, 'blinken'), { recursive: true, filter: (p) => !p.endsWith('.json') });
  cpSync('seeds/croydon-tram-2016-11', join(root, 'tram'), { recursive: true, filter: (p) => !p.endsWith('.json') });
  mkdirSync(join(root, 'other'));
  const pair = readFileSync('seeds/blinken-seed-pair/003_36c5c7af3f689e4a.txt', 'utf8');
  writeFileSync(join(root, 'other', 'epochtimes-gbk.txt'), encodeLegacy(pair.replace(/‧/g, '·'), 'gbk'));
  writeFileSync(join(root, 'other', 'broken.html'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00]));
  writeFileSync(join(root, 'other', 'notes.json'), '{}');
  return root;
}

describe('npm run archive', () => {
  const data = mkdtempSync(join(tmpdir(), 'parallax-archive-store-'));
  const input = archiveFolder();
  afterAll(() => closeDatabases());

  it('adds every article under the folders, lists unreadable files with their reason, and detects events', async () => {
    const run = await archive(data, 'add', input);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/17\/17 files · 15 added · 0 already stored · 2 skipped/);
    expect(run.stderr).toMatch(/broken\.html: binary/);
    expect(run.stderr).toMatch(/notes\.json: not an article file/);
    expect(run.stderr).toMatch(/articles\/s/);
    const stats = ArchiveStats.parse(JSON.parse((await archive(data, 'stats', '--json')).stdout));
    expect(stats).toMatchObject({ articles: 15, unclustered: 0 });
    const { events } = ArchiveEventsJson.parse(JSON.parse((await archive(data, 'events', '--json')).stdout));
    // The three accounts of the crash's day are one event (The Telegraph's next-day piece on the driver's phone is
    // not linked in an archive this small: see the bench's archive section for the measured figures).
    const tram = events.find((e) => e.articles.some((a) => a.source.endsWith('nytimes-5.md')))!;
    expect(tram.articles.map((a) => a.source)).toEqual(expect.arrayContaining(['express-8.md', 'nytimes-5.md', 'usatoday-6.md'].map((f) => resolve(input, 'tram', f))));
    expect(tram.outlets.map((o) => o.id)).toEqual(expect.arrayContaining(['express', 'nytimes', 'usatoday']));
    expect(events.every((e) => e.articles.every((a) => a.source.includes('/tram/')) || e.articles.every((a) => !a.source.includes('/tram/')))).toBe(true);
    const blinken = events.find((e) => e.articles.some((a) => a.source.endsWith('cna-2023-06-18-blinken-qin-5h-talks.md')))!;
    expect(blinken.entities.map((e) => e.id)).toContain('PERSON:布林肯');
    expect(blinken.outlets.length).toBeGreaterThanOrEqual(4);
  }, 300_000);

  it('skips what it already stored when run again, and changes nothing', async () => {
    const before = (await archive(data, 'events', '--json')).stdout;
    const run = await archive(data, 'add', input);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/0 added · 15 already stored/);
    expect((await archive(data, 'events', '--json')).stdout).toBe(before);
  }, 300_000);

  it('finds 布林肯, 秦刚 and 秦剛 in the full-text index, in simplified and traditional articles', () => {
    process.env.PARALLAX_DATA_DIR = data;
    const titles = (q: string) => searchArticles(q, 50).map((r) => r.id);
    const qin = titles('秦刚');
    expect(qin.length).toBeGreaterThanOrEqual(4);
    expect(titles('秦剛')).toEqual(qin);
    expect(titles('布林肯').length).toBeGreaterThanOrEqual(qin.length);
    expect(titles('Croydon tram').length).toBe(4);
    expect(titles('布林肯 Croydon')).toEqual([]);
    const byEntity = findEvents({ entity: '秦剛', min: 1, page: 1 });
    expect(byEntity.total).toBeGreaterThanOrEqual(1);
    expect(findEvents({ q: '秦刚', min: 1, page: 1 }).events.every((e) => e.entities.some((x) => x.id === 'PERSON:秦刚') || e.title.includes('秦'))).toBe(true);
  });

  it('lists and removes articles by source path; their event is summarised again', async () => {
    const list = ArchiveListJson.parse(JSON.parse((await archive(data, 'list', '--json')).stdout));
    expect(list.articles).toHaveLength(15);
    const gone = resolve(input, 'tram', 'express-8.md');
    const run = await archive(data, 'remove', gone);
    expect(run.code).toBe(0);
    const { events } = ArchiveEventsJson.parse(JSON.parse((await archive(data, 'events', '--json')).stdout));
    const tram = events.find((e) => e.articles.some((a) => a.source.endsWith('nytimes-5.md')))!;
    expect(tram.articles.map((a) => a.source)).not.toContain(gone);
    expect(tram.articles.length).toBeGreaterThanOrEqual(2);
    expect(tram.outlets.map((o) => o.id)).not.toContain('express');
    const again = await archive(data, 'add', join(input, 'tram'));
    expect(again.stderr).toMatch(/1 added · 3 already stored/);
  }, 300_000);
});

describe('npm run archive (the bundled CLI)', () => {
  it('bundles itself when no current bundle exists, then runs plain JavaScript with nothing compiled', async () => {
    // Inside the repository (the bundle resolves its external packages from node_modules), in a build folder of its own.
    mkdirSync('.next', { recursive: true });
    const dist = mkdtempSync(join(process.cwd(), '.next', 'archive-test-'));
    onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
    const data = mkdtempSync(join(tmpdir(), 'parallax-archive-store-'));
    const run = (): Promise<Run> =>
      new Promise((done) =>
        execFile(
          process.execPath,
          [join('scripts', 'archive.mjs'), 'stats', '--json'],
          { cwd: process.cwd(), env: { ...process.env, NEXT_DIST_DIR: dist, PARALLAX_DATA_DIR: data } },
          (err, stdout, stderr) => done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
        ),
      );
    const first = await run();
    expect(first.stderr).toMatch(/bundling the CLI/);
    expect(first.code).toBe(0);
    expect(ArchiveStats.parse(JSON.parse(first.stdout))).toMatchObject({ articles: 0, events: 0 });
    expect(readdirSync(join(dist, 'parallax-archive')).sort()).toEqual(expect.arrayContaining(['archive.mjs', 'ingest-thread.mjs']));
    const second = await run();
    expect(second.stderr).not.toMatch(/bundling/);
    expect(second.code).toBe(0);
  }, 120_000);
});
