import type { ArticleEntity, Claim, EntityType } from '../../../lib/schema/analysis';
import type { NlpDoc } from '../../../lib/nlp/doc';
import { extractClaims } from '../../../lib/nlp/claims';
import { splitSentences } from '../../../lib/nlp/sentences';

/** A hand-made entity: every occurrence of each surface becomes a mention (with an optional role). */
export interface EntitySpec {
  id: string;
  type: EntityType;
  surfaces: string[];
  role?: string;
  label?: string;
}

/** Builds the entities of `text` from specs by finding every occurrence of their surfaces. */
export function entitiesFor(text: string, specs: readonly EntitySpec[]): ArticleEntity[] {
  return specs.map((s) => ({
    id: s.id,
    name: s.surfaces[0] ?? s.id,
    type: s.type,
    mentions: s.surfaces.flatMap((surface) => {
      const out = [];
      for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length)) {
        out.push({ text: surface, start: i, end: i + surface.length, role: s.role, label: s.label });
      }
      return out;
    }),
  }));
}

/** A document for `text`, paragraphs split on blank lines, sentences by `splitSentences`. */
export function docFor(text: string, language = 'zh-Hans'): NlpDoc {
  const paragraphs: NlpDoc['paragraphs'] = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push({ start: at, end: at + part.length, kind: 'p' });
    at += part.length + 2;
  }
  return {
    text,
    sentences: paragraphs.flatMap((p) => splitSentences(text.slice(p.start, p.end), p.start)),
    paragraphs,
    script: language === 'en' ? 'latin' : language === 'zh-Hant' ? 'traditional' : 'simplified',
    language,
    publishedAt: null,
    timeZone: 'UTC',
    messages: [],
  };
}

/** The claims of `text` with hand-made entities. */
export function claimsOf(text: string, specs: readonly EntitySpec[] = [], language = 'zh-Hans'): Claim[] {
  return extractClaims(docFor(text, language), entitiesFor(text, specs));
}

/** A compact view of a claim for table assertions. */
export function brief(c: Claim): { speaker: string; entityId?: string; kind?: string; cue: string; text: string; direct: boolean } {
  return { speaker: c.speaker.text, entityId: c.speaker.entityId, kind: c.speaker.kind, cue: c.cue, text: c.text, direct: c.direct };
}

/** Shared entities of the Chinese fixtures. */
export const ZH: EntitySpec[] = [
  { id: 'blinken', type: 'PERSON', surfaces: ['布林肯'], role: '国务卿', label: '美国国务卿布林肯' },
  { id: 'qin', type: 'PERSON', surfaces: ['秦刚', '秦剛'], role: '外长' },
  { id: 'mao', type: 'PERSON', surfaces: ['毛宁'], role: '发言人', label: '中国外交部发言人毛宁' },
  { id: 'biden', type: 'PERSON', surfaces: ['拜登'], role: '总统', label: '美国总统拜登' },
  { id: 'xi', type: 'PERSON', surfaces: ['习近平', '習近平'] },
  { id: 'mfa', type: 'ORG', surfaces: ['外交部'] },
  { id: 'state', type: 'ORG', surfaces: ['国务院', '國務院'] },
  { id: 'reuters', type: 'ORG', surfaces: ['路透社'] },
  { id: 'afp', type: 'ORG', surfaces: ['法新社'] },
  { id: 'whitehouse', type: 'ORG', surfaces: ['白宫'] },
  { id: 'china', type: 'GPE', surfaces: ['中国', '中國'] },
  { id: 'us', type: 'GPE', surfaces: ['美国', '美國'] },
];
