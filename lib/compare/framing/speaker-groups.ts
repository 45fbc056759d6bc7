import type { AnalyzedArticle, ArticleEntity, Claim } from '../../schema/analysis';
import type { Speakers } from '../../schema/framing';
import { sideOfEntity, sideOfSpeaker } from '../speaker-side';
import { stateSideOfName } from './state-aliases';
import { claimRef } from '../claim-ref';

/** Speaker groups in display order (`official:<side>` groups come first, one per involved side). */
export const BASE_GROUPS = ['other-government', 'expert', 'witness', 'public', 'anonymous', 'media', 'unattributed', 'other'] as const;

const MEDIA = /(社|报|台|电视|时报|日报|新闻|通讯|媒体|网|杂志|周刊|邮报|卫报|press|times|post|news|reuters|bloomberg|journal|agency|tv|radio)$/iu;
const EXPERT = /(专家|学者|教授|分析|研究员|研究|智库|评论|观察|顾问|所长|主任研究|analyst|expert|professor|scholar|researcher)/iu;

/**
 * The governments "involved": the two sides whose state is mentioned most across the
 * comparison (by mentions of entities named like a state: 中国, 中共, 美国, 华盛顿…).
 */
export function involvedSides(articles: readonly AnalyzedArticle[]): string[] {
  const counts = new Map<string, number>();
  for (const a of articles) {
    for (const e of a.entities) {
      const side = stateSideOfName(e.name) ?? (e.type === 'GPE' ? sideOfEntity(e) : undefined);
      if (side) counts.set(side, (counts.get(side) ?? 0) + e.mentions.length);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2).map(([s]) => s).sort();
}

interface EntityFacts {
  /** An organisation named like a news medium. */
  media: boolean;
  /** One of its mentions carries an expert's role or label. */
  expert: boolean;
}

/**
 * What the speaker groups need of each entity, read once per article's entity list (reading it
 * per claim cost claims × mentions: one speaker quoted thousands of times took seconds).
 */
const factsOf = new WeakMap<readonly ArticleEntity[], Map<string, EntityFacts>>();
function entityFacts(entities: readonly ArticleEntity[]): Map<string, EntityFacts> {
  let facts = factsOf.get(entities);
  if (!facts) {
    facts = new Map();
    for (const e of entities) {
      if (facts.has(e.id)) continue;
      const roles = e.mentions.map((m) => `${m.role ?? ''} ${m.label ?? ''}`).join(' ');
      facts.set(e.id, { media: e.type === 'ORG' && MEDIA.test(e.name), expert: EXPERT.test(roles) });
    }
    factsOf.set(entities, facts);
  }
  return facts;
}

/** The key a reassignment refers to: the speaker's entity id, else its surface text. */
export function speakerKey(claim: Claim): string {
  return claim.speaker.entityId ?? claim.speaker.text;
}

/**
 * The speaker group of one claim: anonymous, expert, media and unattributed speakers by
 * their kind (and an entity's type or role); officials and government statements by the
 * side the speaker speaks for (`official:CN`), `other-government` for a side not involved;
 * `other` for a named speaker with no side (a party, a company, a citizen).
 */
export function speakerGroup(claim: Claim, entities: readonly ArticleEntity[], involved: readonly string[]): string {
  const { kind } = claim.speaker;
  if (kind === 'anonymous' || kind === 'expert' || kind === 'witness' || kind === 'public' || kind === 'media' || kind === 'unattributed') return kind;
  const entity = claim.speaker.entityId ? entityFacts(entities).get(claim.speaker.entityId) : undefined;
  if (entity?.media) return 'media';
  if (entity?.expert || EXPERT.test(claim.speaker.text)) return 'expert';
  const side = sideOfSpeaker(claim.speaker, entities);
  if (side) return involved.includes(side) ? `official:${side}` : 'other-government';
  return kind === 'statement' ? 'unattributed' : 'other';
}

/** Parses `key:group,key:group` (keys may contain `:`; the group follows the last one). */
export function parseReassign(value: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (value ?? '').split(',')) {
    const cut = part.lastIndexOf(':');
    if (cut <= 0) continue;
    const group = part.slice(cut + 1);
    if (/^(official-[A-Z]{2}|other-government|expert|witness|public|anonymous|media|unattributed|other)$/.test(group)) {
      out.set(part.slice(0, cut), group.replace(/^official-/, 'official:'));
    }
  }
  return out;
}

/**
 * Claim counts per speaker group and article, direct and indirect. `reassign` (speaker key →
 * group) overrides the computed group, so a reader can correct a speaker.
 */
export function speakerCounts(articles: readonly AnalyzedArticle[], reassign: ReadonlyMap<string, string> = new Map()): Speakers {
  const involved = involvedSides(articles);
  const result: Speakers = { involved, articles: {}, claims: {} };
  for (const a of articles) {
    const counts: Speakers['articles'][string] = {};
    for (const c of a.claims) {
      const group = reassign.get(speakerKey(c)) ?? speakerGroup(c, a.entities, involved);
      result.claims[claimRef(a.id, c.id)] = group;
      const slot = (counts[group] ??= { direct: 0, indirect: 0 });
      if (c.direct) slot.direct++;
      else slot.indirect++;
    }
    result.articles[a.id] = counts;
  }
  return result;
}
