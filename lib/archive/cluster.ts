import type { ArchiveFeatures } from '../schema/archive';
import { minhashSimilarity } from './minhash';

/** An article as event detection sees it. */
export interface ClusterArticle {
  id: string;
  outletId: string;
  features: ArchiveFeatures;
  /** For a member already placed: the article it copies, if any. */
  duplicateOf?: string | null;
}

/** An event: its members in the order they joined (the first opened it). */
export interface ClusterEvent {
  id: string;
  members: ClusterArticle[];
}

/** Where an article went: the event it joined or opened, and the article it copies, if any. */
export interface Assignment {
  articleId: string;
  eventId: string;
  opened: boolean;
  duplicateOf: string | null;
}

/**
 * The thresholds and weights of event detection. Fitted on the tuning events of the bench
 * (bench/archive.ts); the other events are the test part.
 */
export interface ClusterParams {
  /** Days around an event's span within which an article may join it. */
  windowDays: number;
  /** Least similarity to join an event (else the article opens one). */
  join: number;
  /** Weights of the three kinds of feature in the article vectors. */
  entityWeight: number;
  termWeight: number;
  bodyWeight: number;
  numberWeight: number;
  /** Share of the best member link in the event score (the rest: similarity to the event's centroid). */
  linkShare: number;
  /** Least estimated Jaccard similarity of the texts' shingles for a near-duplicate. */
  duplicate: number;
}

/**
 * Fitted on the tuning events only (`npm run bench -- --only=archive --fit`, 648 settings):
 * window 5 days, join 0.25, entity 1, whole-text words 1, best member link only gave tuning
 * B³ F1 0.948 (the figure weight was no better either way and stays 0.5).
 */
export const DEFAULT_PARAMS: ClusterParams = {
  windowDays: 5,
  join: 0.25,
  entityWeight: 1,
  termWeight: 1,
  bodyWeight: 1,
  numberWeight: 0.5,
  linkShare: 1,
  duplicate: 0.5,
};

const DAY_MS = 86_400_000;

/** Document frequencies of features over the archive (the rarer a feature, the more it says). */
export class FeatureStats {
  private readonly df = new Map<string, number>();
  private n = 0;

  add(features: ArchiveFeatures): void {
    this.n++;
    for (const key of featureKeys(features)) this.df.set(key, (this.df.get(key) ?? 0) + 1);
  }

  /** Smoothed inverse document frequency of a feature key. */
  idf(key: string): number {
    return Math.log((this.n + 1) / ((this.df.get(key) ?? 0) + 1)) + 1;
  }

  get size(): number {
    return this.n;
  }
}

function* featureKeys(f: ArchiveFeatures): Generator<string> {
  for (const k of Object.keys(f.entities)) yield `e:${k}`;
  for (const k of Object.keys(f.terms)) yield `t:${k}`;
  for (const k of Object.keys(f.body)) yield `b:${k}`;
  for (const k of f.numbers) yield `n:${k}`;
}

type Vector = Map<string, number>;

/** The article's unit vector: tf-idf of words, entities (log of mentions) and figures, each kind weighted. */
export function articleVector(f: ArchiveFeatures, stats: FeatureStats, p: ClusterParams): Vector {
  const v: Vector = new Map();
  for (const [k, count] of Object.entries(f.entities)) v.set(`e:${k}`, p.entityWeight * (1 + Math.log(Math.max(1, count))) * stats.idf(`e:${k}`));
  for (const [k, w] of Object.entries(f.terms)) v.set(`t:${k}`, p.termWeight * w * stats.idf(`t:${k}`));
  for (const [k, count] of Object.entries(f.body)) v.set(`b:${k}`, p.bodyWeight * (1 + Math.log(Math.max(1, count))) * stats.idf(`b:${k}`));
  for (const k of f.numbers) v.set(`n:${k}`, p.numberWeight * stats.idf(`n:${k}`));
  return normalise(v);
}

function normalise(v: Vector): Vector {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

/** An event while assigning: members with their vectors, the centroid, and the time span. */
interface LiveEvent {
  id: string;
  members: { article: ClusterArticle; vector: Vector }[];
  sum: Vector;
  first: number | null;
  last: number | null;
}

function addMember(event: LiveEvent, article: ClusterArticle, vector: Vector): void {
  event.members.push({ article, vector });
  for (const [k, x] of vector) event.sum.set(k, (event.sum.get(k) ?? 0) + x);
  const t = article.features.time;
  if (t !== null) {
    event.first = event.first === null ? t : Math.min(event.first, t);
    event.last = event.last === null ? t : Math.max(event.last, t);
  }
}

function centroidSimilarity(event: LiveEvent, v: Vector): number {
  let norm = 0;
  for (const x of event.sum.values()) norm += x * x;
  return norm > 0 ? dot(event.sum, v) / Math.sqrt(norm) : 0;
}

/** True when an article at `t` lies within the window around the event's span (unknown times always do). */
function inWindow(event: LiveEvent, t: number | null, p: ClusterParams): boolean {
  if (t === null || event.first === null || event.last === null) return true;
  const w = p.windowDays * DAY_MS;
  return t >= event.first - w && t <= event.last + w;
}

/** The order articles are taken in: publication time, unknown last, then id (deterministic). */
export function byTime(a: ClusterArticle, b: ClusterArticle): number {
  const ta = a.features.time ?? Number.MAX_SAFE_INTEGER;
  const tb = b.features.time ?? Number.MAX_SAFE_INTEGER;
  return ta - tb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The score of an article for an event: the best member link and the centroid similarity, mixed. */
export function eventScore(event: { members: { vector: Vector }[]; sum: Vector }, v: Vector, p: ClusterParams): number {
  let best = 0;
  for (const m of event.members) best = Math.max(best, dot(m.vector, v));
  return p.linkShare * best + (1 - p.linkShare) * centroidSimilarity(event as LiveEvent, v);
}

/**
 * Incremental event detection: each new article (in publication order) joins the event
 * it scores best with — within the time window, at least `join` — or opens a new one.
 * Existing events and their members are never moved (adding a day's files does not
 * recluster the archive). Within the event it joins, an article whose text's shingles are
 * near-identical to an earlier member's is flagged as that member's copy.
 */
export function assignArticles(
  existing: readonly ClusterEvent[],
  incoming: readonly ClusterArticle[],
  stats: FeatureStats,
  params: ClusterParams = DEFAULT_PARAMS,
): Assignment[] {
  const live: LiveEvent[] = existing.map((e) => {
    const event: LiveEvent = { id: e.id, members: [], sum: new Map(), first: null, last: null };
    for (const m of e.members) addMember(event, m, articleVector(m.features, stats, params));
    return event;
  });
  const out: Assignment[] = [];
  const known = new Set(live.map((e) => e.id));
  for (const article of [...incoming].sort(byTime)) {
    const v = articleVector(article.features, stats, params);
    let best: LiveEvent | null = null;
    let bestScore = params.join;
    for (const event of live) {
      if (!inWindow(event, article.features.time, params)) continue;
      const score = eventScore(event, v, params);
      if (score >= bestScore) {
        best = event;
        bestScore = score;
      }
    }
    let duplicateOf: string | null = null;
    const opened = best === null;
    if (best === null) {
      let id = `ev-${article.id}`;
      for (let k = 2; known.has(id); k++) id = `ev-${article.id}-${k}`;
      known.add(id);
      best = { id, members: [], sum: new Map(), first: null, last: null };
      live.push(best);
    } else {
      duplicateOf = duplicateIn(best, article, params);
    }
    addMember(best, { ...article, duplicateOf }, v);
    out.push({ articleId: article.id, eventId: best.id, opened, duplicateOf });
  }
  return out;
}

/**
 * The original the article copies: the earliest member whose text's shingles are
 * near-identical to its own (a copy of a copy is a copy of that copy's original), else null.
 */
function duplicateIn(event: LiveEvent, article: ClusterArticle, p: ClusterParams): string | null {
  for (const m of event.members) {
    if (minhashSimilarity(m.article.features.minhash, article.features.minhash) >= p.duplicate) return m.article.duplicateOf ?? m.article.id;
  }
  return null;
}
