import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lib/nlp/entities';
import { extractClaims } from '../../../lib/nlp/claims';
import { englishSentences } from '../../../lib/nlp/en/tokens';
import type { NlpDoc } from '../../../lib/nlp/doc';

function doc(text: string): NlpDoc {
  const paragraphs = [{ start: 0, end: text.length, kind: 'p' as const }];
  return { text, sentences: englishSentences(text, paragraphs), paragraphs, script: 'latin', language: 'en', publishedAt: '2024-07-12T12:00:00Z', timeZone: 'Europe/London', messages: [] };
}

const STORY =
  'Kim and President Trump met in Singapore on Tuesday. The North Korean leader said the talks were "very productive." ' +
  "Mr. Kim's sister attended. North Korea's state media praised the summit. Mike Pompeo, the C.I.A. director, said the agency had prepared for months. " +
  'British Transport Police closed Main Street in New Addington after the crash. The Rail Accident Investigation Branch is investigating, ' +
  'Councilmember James Whitfield told reporters. "We will rebuild," Whitfield said. There were protests in Hengdong County. North and South Korea remain divided.';

describe('English entities', () => {
  const d = doc(STORY);
  const entities = extractEntities(d);
  const byText = (s: string): { id: string; type: string } | undefined => {
    const e = entities.find((x) => x.mentions.some((m) => m.text === s));
    return e && { id: e.id, type: e.type };
  };

  it('types names by their head word, never as persons by default', () => {
    expect(byText('British Transport Police')?.type).toBe('ORG');
    expect(byText('Main Street')?.type).toBe('FAC');
    expect(byText('Rail Accident Investigation Branch')?.type).toBe('ORG');
    expect(byText('Hengdong County')?.type).toBe('GPE');
  });

  it('never runs a name across a sentence, a coordination or a possessive', () => {
    const texts = entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(texts.filter((t) => /\band\b|\.\s|'s$/.test(t))).toEqual([]);
    expect(byText('Trump')?.id).toBe('PERSON:特朗普');
    expect(byText('North Korea')?.id).toBe('GPE:朝鲜');
  });

  it('ties surnames, titles, demonyms, acronyms and descriptions to their referent', () => {
    const kim = entities.find((e) => e.id === 'PERSON:金正恩');
    expect(kim?.english).toBe('Kim Jong Un');
    expect(kim?.mentions.map((m) => m.text)).toEqual(['Kim', 'leader', 'Kim']);
    expect(byText('North Korean')?.id).toBe('GPE:朝鲜');
    expect(byText('North')?.id).toBe('GPE:朝鲜');
    expect(byText('C.I.A.')?.id).toBe('ORG:中央情报局');
    const pompeo = entities.find((e) => e.english === 'Mike Pompeo');
    expect(pompeo?.mentions.map((m) => m.text)).toEqual(['Mike Pompeo', 'director']);
    expect(byText('Whitfield')?.id).toBe(byText('James Whitfield')?.id);
  });

  it('attributes quotes before and after the speaker, resolving titles', () => {
    const claims = extractClaims(d, entities);
    const find = (s: string) => claims.find((c) => c.text.includes(s));
    expect(find('very productive')).toMatchObject({ direct: false, speaker: { entityId: 'PERSON:金正恩' } });
    expect(find('We will rebuild')).toMatchObject({ direct: true, cue: 'said', speaker: { text: 'Whitfield' } });
    expect(find('Rail Accident Investigation Branch is investigating')).toMatchObject({ direct: false, cue: 'told' });
    expect(find('the agency had prepared')).toMatchObject({ direct: false, speaker: { text: 'Mike Pompeo' } });
  });
});
