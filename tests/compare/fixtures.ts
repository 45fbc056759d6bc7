import type { AnalyzedArticle, ArticleEntity, Claim, EntityType, Speaker } from '../../lib/schema/analysis';

/** An entity of a fixture: every occurrence of each surface form in the text becomes a mention. */
export interface FixtureEntity {
  id: string;
  name: string;
  type: EntityType;
  surfaces: string[];
  label?: string;
}

/** A claim of a fixture: `content` must occur in the text (its first occurrence after `after`, if given). */
export interface FixtureClaim {
  speaker: string;
  entityId?: string;
  kind?: Speaker['kind'];
  cue: string;
  content: string;
  after?: string;
}

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** Builds an AnalyzedArticle whose offsets are computed from the text, so `text.slice(start, end)` always holds. */
export function makeArticle(
  id: string,
  outlet: string,
  text: string,
  entities: FixtureEntity[],
  claims: FixtureClaim[],
  publishedAt: string | null = '2023-06-18T12:00:00.000Z',
): AnalyzedArticle {
  const articleEntities: ArticleEntity[] = entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    mentions: e.surfaces
      .flatMap((s) => allIndexes(text, s).map((start) => ({ text: s, start, end: start + s.length, ...(e.label ? { label: e.label } : {}) })))
      .sort((a, b) => a.start - b.start),
  }));
  const articleClaims: Claim[] = claims.map((c, i) => {
    const from = c.after ? text.indexOf(c.after) : 0;
    const start = text.indexOf(c.content, Math.max(0, from));
    if (start < 0) throw new Error(`fixture claim not in text: ${c.content}`);
    const end = start + c.content.length;
    return {
      id: `c${i + 1}`,
      speaker: { text: c.speaker, ...(c.entityId ? { entityId: c.entityId } : {}), ...(c.kind ? { kind: c.kind } : {}) },
      cue: c.cue,
      text: c.content,
      direct: false,
      start,
      end,
      sentence: { start, end },
    };
  });
  return {
    id,
    source: `${id}.md`,
    outlet: { id: outlet, name: outlet, english: outlet.toUpperCase(), timeZone: 'UTC' },
    url: `https://example.com/${id}`,
    title: id,
    publishedAt,
    publishedEvidence: { kind: 'none', raw: '', timeZone: 'UTC' },
    script: 'simplified',
    language: 'zh-Hans',
    text,
    paragraphs: [{ start: 0, end: text.length, kind: 'p' }],
    entities: articleEntities,
    claims: articleClaims,
    times: [],
    messages: [],
  };
}

export const BLINKEN: FixtureEntity = { id: 'blinken', name: '布林肯', type: 'PERSON', surfaces: ['布林肯'] };
export const QIN: FixtureEntity = { id: 'qin-gang', name: '秦刚', type: 'PERSON', surfaces: ['秦刚', '秦剛'] };
export const TAIWAN: FixtureEntity = { id: 'taiwan', name: '台湾', type: 'GPE', surfaces: ['台湾', '臺灣', '台灣'] };
