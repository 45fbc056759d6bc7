import { join } from 'node:path';
import { loadGoldEn } from './gold-en';
import { f3, figure, heading, info, table } from './report';
import { scoreEnEvent, summarizeEn, type EnEventScore, type EnSummary } from './score-en';

/** The goals of issue 10, measured on the test part. */
export const EN_TARGETS = { named: 0.97, nominal: 0.75, linkingF1: 0.85, claimF1: 0.85, timeRecall: 0.9 } as const;

export interface EnAccuracy {
  events: EnEventScore[];
  tuning: EnSummary;
  /** The whole test part (judged against the goals). */
  test: EnSummary;
  /** The test events of session 9 alone, and the ones added later alone. */
  testEarlier: EnSummary;
  testAdded: EnSummary;
}

export function measureEnglish(root: string): EnAccuracy {
  const events = loadGoldEn(join(root, 'tests/fixtures/gold-en')).map(scoreEnEvent);
  const test = events.filter((e) => e.part === 'test');
  return {
    events,
    tuning: summarizeEn(events.filter((e) => e.part === 'tuning')),
    test: summarizeEn(test),
    testEarlier: summarizeEn(test.filter((e) => !e.added)),
    testAdded: summarizeEn(test.filter((e) => e.added)),
  };
}

function part(label: string, s: EnSummary, judged: boolean): void {
  const t = EN_TARGETS;
  console.log(`\n  ${label}`);
  const show = (name: string, value: string, target: string, met: boolean): void => (judged ? figure(name, value, target, met) : info(name, value));
  show(`named mentions found (${s.named.correct}/${s.named.total})`, f3(s.named.rate), `≥ ${t.named}`, s.named.rate >= t.named);
  info(`  … with the gold type`, f3(s.namedTyped.rate));
  show(`nominal mentions tied (${s.nominal.correct}/${s.nominal.total})`, f3(s.nominal.rate), `≥ ${t.nominal}`, s.nominal.rate >= t.nominal);
  show('cross-article linking B³ F1', (100 * s.linkingF1).toFixed(1), `≥ ${100 * t.linkingF1}`, s.linkingF1 >= t.linkingF1);
  info(`mention precision (${s.mentionPrecision.correct}/${s.mentionPrecision.total})`, f3(s.mentionPrecision.rate));
  show('claim P / R / F1', `${f3(s.claims.precision)} ${f3(s.claims.recall)} ${f3(s.claims.f1)}`, `F1 ≥ ${t.claimF1}`, s.claims.f1 >= t.claimF1);
  info(`speaker accuracy (${s.speakers.correct}/${s.speakers.total})`, f3(s.speakers.rate));
  show(`time recall (${s.timeRecall.correct}/${s.timeRecall.total})`, f3(s.timeRecall.rate), `≥ ${t.timeRecall}`, s.timeRecall.rate >= t.timeRecall);
  info(`time value accuracy (${s.timeValues.correct}/${s.timeValues.total})`, f3(s.timeValues.rate));
}

/** Section (a2): English gold, tuning and test parts printed separately (goals judged on test). */
export function runEnglishAccuracy(root: string, verbose = false): EnAccuracy {
  heading('(a2) English accuracy (tests/fixtures/gold-en)');
  const r = measureEnglish(root);
  part(`tuning part (${r.events.filter((e) => e.part === 'tuning').map((e) => e.event).join(', ')})`, r.tuning, false);
  const names = (f: (e: EnEventScore) => boolean): string => r.events.filter(f).map((e) => e.event).join(', ');
  const added = r.events.some((e) => e.added);
  if (added) {
    part(`TEST, earlier events alone (${names((e) => e.part === 'test' && !e.added)})`, r.testEarlier, false);
    part(`TEST, added events alone (${names((e) => e.added)})`, r.testAdded, false);
  }
  part(`TEST part, never tuned on${added ? ', all' : ''} (${names((e) => e.part === 'test')})`, r.test, true);
  console.log('');
  table(
    ['event', 'part', 'named', 'nominal', 'link F1', 'claims F1', 'time R'],
    r.events.map((e) => {
      const s = summarizeEn([e]);
      return [e.event, e.added ? 'test+' : e.part, f3(s.named.rate), s.nominal.total ? f3(s.nominal.rate) : '-', (100 * s.linkingF1).toFixed(1), f3(s.claims.f1), f3(s.timeRecall.rate)];
    }),
  );
  const unlocated = r.events.flatMap((e) => e.unlocated);
  if (unlocated.length) console.log(`\n  gold strings not found in the ingested text:\n    ${unlocated.join('\n    ')}`);
  if (verbose) {
    for (const e of r.events.filter((x) => x.part === 'tuning' || process.argv.includes('--show-test'))) {
      console.log(`\n  ${e.event} (${e.part})`);
      const show = (label: string, items: string[]): void => {
        if (items.length) console.log(`    ${label}: ${items.join('; ')}`);
      };
      show('missed named', e.missedNamed);
      show('untied nominal', e.untiedNominal);
      show('spurious mentions', e.spurious);
      show('missed claims', e.claims.flatMap((c) => c.missed));
      show('wrong speakers', e.claims.flatMap((c) => c.wrongSpeakers));
      show('missed times', e.times.flatMap((t) => t.missed));
      show('wrong time values', e.times.flatMap((t) => t.wrongValues));
    }
  }
  return r;
}
