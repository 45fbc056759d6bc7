/**
 * `npm run bench`: accuracy on the gold set, claim alignment on the corpus (tuning and test parts), analysis speed against bare jieba tagging,
 * time to first result in a fresh process, the comparison page and the API under load on
 * a `next start` the bench starts itself (when a build exists). Reports figures next to
 * their targets; never fails on a missed target. `--verbose` lists what each file missed;
 * `--only=speed,first-result` runs some sections (accuracy, alignment, saved-pages, speed, first-result, page, api,
 * robustness, crash, archive). `npm run bench -- --only=crash`: 100 kill -9 rounds under 4 concurrent writers, then
 * 10 kill -9 rounds of the built server under 4 clients posting;
 * `--only=archive` (add `--fit` to search the clustering parameters on the tuning events), `--only=archive-scale`
 * (PARALLAX_SCALE_ARTICLES synthetic articles, default 1000).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAccuracy } from './accuracy';
import { runEnglishAccuracy } from './accuracy-en';
import { runStories } from './stories-zh';
import { runAlignment } from './alignment';
import { runArchive } from './archive';
import { runArchiveScale } from './archive-scale';
import { runApiLoad } from './api-load';
import { runCrash, runServerCrash } from './crash';
import { selectSections } from './cli';
import { runFirstResult } from './first-result';
import { buildState, startNext } from './next-server';
import { runPage } from './page';
import { runRobustness } from './robustness';
import { runSavedPages } from './saved-pages';
import { heading, info } from './report';
import { listSeedFiles, parseSeeds } from './seeds';
import { runSpeed } from './speed';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');
const { sections, unknown } = selectSections(process.argv.slice(2));
if (unknown.length > 0) console.log(`unknown sections ignored: ${unknown.join(', ')}`);

/** Runs one section; a section that breaks is reported and the bench goes on. */
async function section(name: string, run: () => unknown): Promise<void> {
  try {
    await run();
  } catch (error) {
    console.log(`  ${name}: could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (sections.includes('accuracy')) await section('accuracy', () => runAccuracy(root, verbose));
if (sections.includes('accuracy')) await section('made-up stories', () => runStories(root, verbose));
if (sections.includes('accuracy')) await section('english accuracy', () => runEnglishAccuracy(root, verbose));
if (sections.includes('alignment')) await section('alignment', () => runAlignment(root, verbose));
if (sections.includes('saved-pages')) await section('saved pages', () => runSavedPages(root, verbose));
if (sections.includes('speed')) await section('speed', () => runSpeed(root));
if (sections.includes('first-result')) await section('first-result', () => runFirstResult(root));
if (sections.includes('page') || sections.includes('api') || sections.includes('robustness')) {
  const build = buildState(root);
  if (!build.ok) {
    heading('(e, f) Comparison page and API load');
    info('skipped', build.reason);
  } else {
    await section('next start', async () => {
      const server = await startNext(root);
      try {
        if (build.note) console.log(`\n  note: ${build.note}`);
        if (sections.includes('page')) await section('page', () => runPage(server.base));
        if (sections.includes('api')) {
          const seeds = parseSeeds(listSeedFiles(root)).parsed.map((s) => s.article);
          await section('api', () => runApiLoad(server.base, seeds, { serverPid: server.child.pid }));
        }
        if (sections.includes('robustness')) await section('robustness', () => runRobustness(server.base, root, 12, server.child.pid));
      } finally {
        await server.stop();
      }
    });
  }
}
if (sections.includes('crash')) await section('crash', () => runCrash(root));
if (sections.includes('crash')) await section('server crash', () => runServerCrash(root));
if (sections.includes('archive')) await section('archive', () => runArchive(root, { fit: process.argv.includes('--fit') }));
if (sections.includes('archive-scale')) await section('archive-scale', () => runArchiveScale(root));
console.log('');
