import type { ArticleEntity } from '../../schema/analysis';
import { isLatinDoc, type NlpDoc, stageText, stageTokens } from '../doc';
import { toSimplified } from '../script';
import { type Candidate, resolveOverlaps } from './candidate';
import { type Mentioned, mergeShortForms, titleReferences } from './coref';
import { englishDoc } from '../en/tokens';
import { recognizeEnglish } from '../en/entities';
import { displayNames, linkNames } from '../en/link';
import { type Gazetteer, gazetteer } from './gazetteer';
import { groupMentions } from './group';
import { linkEntities } from './link';
import { recognizeChinese } from './recognize-zh';
import { roleOf } from './roles';

const GLOSS = /^\s?[（(]\s*([A-Za-z][A-Za-z .'’-]*[A-Za-z.])\s*[)）]/;

/**
 * Finds the named entities of one article: gazetteer names, rule-based names (titles,
 * transliterations, organisation suffixes), credible segmenter guesses, then merges
 * short forms, bare titles and script variants into one entity per referent. Every
 * mention satisfies `doc.text.slice(start, end) === text`.
 */
export function extractEntities(doc: NlpDoc): ArticleEntity[] {
  const g = gazetteer();
  const text = doc.text;
  if (isLatinDoc(doc)) {
    return groupMentions(text, withoutOverlaps(recognizeEnglish(text, englishDoc(text, doc.paragraphs), g)));
  }
  const s = stageText(doc);
  const kept = resolveOverlaps(recognizeChinese(s, stageTokens(doc), g));
  const items: Mentioned[] = [];
  const taken = new Uint8Array(text.length + 1);
  for (const c of kept) taken.fill(1, c.start, c.end);
  for (const c of kept) {
    items.push({ c });
    const gloss = GLOSS.exec(s.slice(c.end, c.end + 60));
    const at = c.end + (gloss?.[0].indexOf(gloss[1] ?? '') ?? 0);
    const latin = gloss?.[1] ? kept.find((k) => k.start === at && k.end === at + gloss[1]!.length) : undefined;
    if (latin && latin !== c) Object.assign(latin, { type: c.type, name: c.name, ...(c.english ? { english: c.english } : {}) });
    else if (gloss?.[1] && !taken.subarray(at, at + gloss[1].length).some((x) => x === 1)) items.push(...glossMentions(c, gloss[1], at, g));
  }
  const qualifiers = new Map<number, Candidate>();
  for (const { c } of items) {
    if (c.type === 'GPE' || c.type === 'ORG') qualifiers.set(c.end, c);
  }
  for (const it of items) {
    if (it.c.type !== 'PERSON' || !/[\u4e00-\u9fff]/.test(s[it.c.start] ?? '')) continue;
    Object.assign(it, roleOf(text, s, it.c, qualifiers, g));
    if (it.role) it.roleKey = g.titles.get(toSimplified(it.role)) ?? it.role;
  }
  mergeShortForms(items, s);
  const covered = new Uint8Array(text.length + 1);
  for (const { c } of items) covered.fill(1, c.start, c.end);
  items.push(...titleReferences(items, text, s, covered, g));
  return groupMentions(text, items);
}

/** Mentions in text order without overlaps: names (higher priority) win over descriptions. */
function withoutOverlaps(items: readonly Mentioned[]): Mentioned[] {
  const kept = new Set(resolveOverlaps(items.map((it) => it.c)));
  return items.filter((it) => kept.has(it.c));
}

/** The Latin gloss after a name (布林肯（Antony Blinken）) as a mention of the same referent. */
function glossMentions(c: Candidate, latin: string, at: number, g: Gazetteer): Mentioned[] {
  const entry = g.byEnglish.get(latin.toLowerCase());
  if (entry && !c.known && entry.type === c.type) {
    c.name = entry.name;
    c.known = true;
    if (entry.english) c.english = entry.english;
  } else if (!c.english && c.type === 'PERSON' && /^[A-Z]/.test(latin)) {
    c.english = latin;
  }
  return [{ c: { ...c, start: at, end: at + latin.length, priority: 0 } }];
}

/** Re-links entity ids across the articles of one comparison (same referent → same id). */
export function linkAcrossArticles(perArticle: ArticleEntity[][]): ArticleEntity[][] {
  return displayNames(linkEntities(linkNames(perArticle)));
}
