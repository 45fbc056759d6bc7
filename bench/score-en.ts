import { parseArticle } from '../lib/ingest';
import { analyzeArticles } from '../lib/analyze';
import type { AnalyzedArticle } from '../lib/schema/analysis';
import type { GoldEntity } from './gold';
import { goldMentions, type GoldEnEvent, type GoldEnFile, type GoldMention } from './gold-en';
import { rate, sumPrf, sumRate, type Prf, type Rate } from './metrics';
import { overlap, scoreClaims, type ClaimScore } from './score-claims';
import { scoreTimes, type TimeScore } from './score-times';

/** B-cubed precision and recall sums over mentions (divide by `n`). */
export interface Bcubed {
  p: number;
  r: number;
  n: number;
}

export interface EnEventScore {
  event: string;
  part: 'tuning' | 'test';
  /** A test event annotated later (`testAdded` in split.json). */
  added: boolean;
  /** Gold named mentions overlapped by a predicted entity mention. */
  named: Rate;
  /** … of the gold type. */
  namedTyped: Rate;
  /** Gold nominal mentions overlapped by a mention of the entity the referent's names map to. */
  nominal: Rate;
  /** Predicted mentions that overlap some gold mention (named or nominal). */
  mentionPrecision: Rate;
  linking: Bcubed;
  claims: ClaimScore[];
  times: TimeScore[];
  missedNamed: string[];
  untiedNominal: string[];
  spurious: string[];
  unlocated: string[];
}

interface Pred {
  id: string;
  type: string;
  start: number;
  end: number;
  text: string;
}

const flat = (a: AnalyzedArticle): Pred[] =>
  a.entities.flatMap((e) => e.mentions.map((m) => ({ id: e.id, type: e.type, start: m.start, end: m.end, text: m.text })));

/** The predicted mention that overlaps `g` most (ties: the earlier). */
function best(preds: readonly Pred[], g: { start: number; end: number }, id?: string): Pred | undefined {
  let out: Pred | undefined;
  let most = 0;
  for (const p of preds) {
    if (id !== undefined && p.id !== id) continue;
    const o = overlap(p.start, p.end, g.start, g.end);
    if (o > most) [out, most] = [p, o];
  }
  return out;
}

/** Gold referents as the claim scorer's entities: id and every name and nominal as surfaces. */
function claimEntities(gold: GoldEnFile): GoldEntity[] {
  return gold.referents.map((r) => ({ name: r.id, type: r.type, english: r.english, surfaces: [r.english, ...r.names, ...(r.nominals ?? []).map((n) => n.text)] }));
}

/**
 * Analyses one event's articles as one comparison (as the app does) and scores mentions,
 * nominal ties, cross-article linking (B-cubed over every gold mention of the event; a
 * mention no prediction covers is its own cluster), claims and times.
 */
export function scoreEnEvent(ev: GoldEnEvent): EnEventScore {
  const articles = ev.files.map((f) => parseArticle(f.raw, f.path.split('/').pop() ?? f.path));
  const analysis = analyzeArticles(articles);
  const rows = ev.files.map((f, i) => {
    const a = analysis.articles[i]!;
    return { f, a, preds: flat(a), ...goldMentions(a.text, f.gold) };
  });
  // Each referent maps to the predicted id most of its named mentions carry (event-wide).
  const votes = new Map<string, Map<string, number>>();
  for (const { preds, mentions } of rows) {
    for (const g of mentions) {
      const p = best(preds, g);
      if (!p || (g.kind === 'nominal' && mentions.some((x) => x.referent === g.referent && x.kind === 'named'))) continue;
      const v = votes.get(g.referent) ?? new Map<string, number>();
      v.set(p.id, (v.get(p.id) ?? 0) + (g.kind === 'named' ? 2 : 1));
      votes.set(g.referent, v);
    }
  }
  const mapped = new Map([...votes].map(([r, v]) => [r, [...v].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]]));
  let named = 0, namedTyped = 0, nominal = 0, totalNamed = 0, totalNominal = 0, predHit = 0, predTotal = 0;
  const missedNamed: string[] = [], untiedNominal: string[] = [], spurious: string[] = [], unlocated: string[] = [];
  const items: { gold: string; pred: string }[] = [];
  const types = new Map(ev.files.flatMap((f) => f.gold.referents.map((r) => [r.id, r.type] as const)));
  rows.forEach(({ f, a, preds, mentions, unlocated: u }, ai) => {
    unlocated.push(...u.map((x) => `${f.gold.file}: ${x}`));
    for (const g of mentions) {
      const want = mapped.get(g.referent);
      let p: Pred | undefined;
      if (g.kind === 'named') {
        totalNamed++;
        p = best(preds, g);
        if (p) {
          named++;
          if (preds.some((x) => x.type === types.get(g.referent) && overlap(x.start, x.end, g.start, g.end) > 0)) namedTyped++;
        } else missedNamed.push(`${g.text}`);
      } else {
        totalNominal++;
        p = (want !== undefined ? best(preds, g, want) : undefined) ?? best(preds, g);
        if (p && p.id === want) nominal++;
        else untiedNominal.push(`${g.text}${p ? ` (→ ${p.id})` : ''}`);
      }
      items.push({ gold: g.referent, pred: p ? p.id : `none:${ai}:${g.start}` });
    }
    for (const p of preds) {
      predTotal++;
      if (mentions.some((g: GoldMention) => overlap(p.start, p.end, g.start, g.end) > 0)) predHit++;
      else spurious.push(`${p.text}/${p.type}`);
    }
    void a;
  });
  // Files annotated for entities only (`scope: "entities"`) are left out of the claim and time scores.
  const whole = rows.filter(({ f }) => (f.gold.scope ?? 'all') === 'all');
  const linking: Bcubed = { p: 0, r: 0, n: items.length };
  for (const it of items) {
    const samePred = items.filter((x) => x.pred === it.pred);
    const sameGold = items.filter((x) => x.gold === it.gold);
    const both = samePred.filter((x) => x.gold === it.gold).length;
    linking.p += both / samePred.length;
    linking.r += both / sameGold.length;
  }
  return {
    event: ev.event,
    part: ev.part,
    added: ev.added,
    named: rate(named, totalNamed),
    namedTyped: rate(namedTyped, totalNamed),
    nominal: rate(nominal, totalNominal),
    mentionPrecision: rate(predHit, predTotal),
    linking,
    claims: whole.map(({ f, a }) => scoreClaims(a.text, f.gold.claims, claimEntities(f.gold), a.claims, a.entities)),
    times: whole.map(({ f, a }) => scoreTimes(a.text, f.gold.times, a.times)),
    missedNamed,
    untiedNominal,
    spurious: [...new Set(spurious)],
    unlocated,
  };
}

export interface EnSummary {
  named: Rate;
  namedTyped: Rate;
  nominal: Rate;
  mentionPrecision: Rate;
  linkingF1: number;
  claims: Prf;
  speakers: Rate;
  timeRecall: Rate;
  timeValues: Rate;
}

/** Micro-averages over events (B-cubed sums pooled over mentions). */
export function summarizeEn(events: readonly EnEventScore[]): EnSummary {
  const b = events.reduce((s, e) => ({ p: s.p + e.linking.p, r: s.r + e.linking.r, n: s.n + e.linking.n }), { p: 0, r: 0, n: 0 });
  const p = b.n ? b.p / b.n : 0;
  const r = b.n ? b.r / b.n : 0;
  return {
    named: sumRate(events.map((e) => e.named)),
    namedTyped: sumRate(events.map((e) => e.namedTyped)),
    nominal: sumRate(events.map((e) => e.nominal)),
    mentionPrecision: sumRate(events.map((e) => e.mentionPrecision)),
    linkingF1: p + r > 0 ? (2 * p * r) / (p + r) : 0,
    claims: sumPrf(events.flatMap((e) => e.claims.map((c) => c.claims))),
    speakers: sumRate(events.flatMap((e) => e.claims.map((c) => c.speakers))),
    timeRecall: sumRate(events.flatMap((e) => e.times.map((t) => t.recall))),
    timeValues: sumRate(events.flatMap((e) => e.times.map((t) => t.values))),
  };
}
