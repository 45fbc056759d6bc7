import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLD_SPEAKER_KINDS, countOccurrences, locate } from '../../bench/gold';
import { goldMentions, loadGoldEn } from '../../bench/gold-en';
import { parseArticle } from '../../lib/ingest';

const ROOT = join(import.meta.dirname, '../..');
const EVENTS = loadGoldEn(join(ROOT, 'tests/fixtures/gold-en'));

const POINT = String.raw`\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?`;
const DURATION = String.raw`P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?`;
const ISO_VALUE = new RegExp(`^(?:${POINT}(?:/${POINT})?|${DURATION})$`);

describe('the English gold set', () => {
  it('splits whole events: at least 2 test events, 2 tuning events, none in both', () => {
    const test = EVENTS.filter((e) => e.part === 'test').map((e) => e.event);
    const tuning = EVENTS.filter((e) => e.part === 'tuning').map((e) => e.event);
    expect(test.length).toBeGreaterThanOrEqual(2);
    expect(tuning.length).toBeGreaterThanOrEqual(2);
    expect(test.filter((e) => tuning.includes(e))).toEqual([]);
  });

  it('gives each corpus event at least two annotated articles (a dev- story written for the project may be one)', () => {
    for (const e of EVENTS) {
      expect(e.files.length, e.event).toBeGreaterThanOrEqual(e.event.startsWith('dev-') ? 1 : 2);
    }
    // The written stories are development material only: never part of the test part.
    const dev = EVENTS.filter((e) => e.event.startsWith('dev-'));
    expect(dev.length).toBeGreaterThan(0);
    expect(dev.filter((e) => e.part !== 'tuning').map((e) => e.event)).toEqual([]);
  });

  it('uses one type and one English name per referent id within an event', () => {
    for (const e of EVENTS) {
      const seen = new Map<string, string>();
      for (const f of e.files) {
        for (const r of f.gold.referents) {
          const key = `${r.type}|${r.english}`;
          expect(seen.get(r.id) ?? key, `${e.event} ${r.id}`).toBe(key);
          seen.set(r.id, key);
        }
      }
    }
  });
});

describe.each(EVENTS.flatMap((e) => e.files.map((f) => [f.gold.file, f] as const)))('English gold file %s', (_name, f) => {
  const text = parseArticle(f.raw, f.path.split('/').pop() ?? f.path).text;
  const { gold } = f;

  it('finds every name, nominal and skipped string in the story text', () => {
    expect(goldMentions(text, gold).unlocated).toEqual([]);
  });

  it('has unique referent ids, each mentioned at least once', () => {
    const ids = gold.referents.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const { mentions } = goldMentions(text, gold);
    expect(ids.filter((id) => !mentions.some((m) => m.referent === id))).toEqual([]);
  });

  it('locates every claim content and time text exactly (unique, or with an occurrence)', () => {
    const unlocated = [...gold.claims.map((c) => ({ s: c.content, n: c.occurrence })), ...gold.times.map((t) => ({ s: t.text, n: t.occurrence }))]
      .filter(({ s, n }) => {
        const count = countOccurrences(text, s);
        return n === undefined ? count !== 1 : count < n;
      })
      .map(({ s }) => s);
    expect(unlocated).toEqual([]);
  });

  it('keeps claim contents apart and names a referent or a speaker kind as speaker', () => {
    const spans = gold.claims.flatMap((c) => locate(text, c.content, c.occurrence) ?? []).sort((a, b) => a.start - b.start);
    expect(spans.filter((s, i) => i > 0 && s.start < spans[i - 1]!.end)).toEqual([]);
    const allowed = new Set<string>([...gold.referents.map((r) => r.id), ...GOLD_SPEAKER_KINDS]);
    expect(gold.claims.map((c) => c.speaker).filter((s) => !allowed.has(s))).toEqual([]);
  });

  it('writes every time value in ISO 8601', () => {
    expect(gold.times.map((t) => t.value).filter((v) => !ISO_VALUE.test(v))).toEqual([]);
  });
});
