import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/nlp/claims';
import { extractEntities } from '../../../lib/nlp/entities';
import { docOf } from '../entities/doc';

/** Claims of an English text with the real entity stage: speaker text, kind and entity name. */
function speakers(text: string): { content: string; speaker: string; kind?: string; entity?: string }[] {
  const doc = docOf(text, 'latin');
  const entities = extractEntities(doc);
  return extractClaims(doc, entities).map((c) => ({
    content: c.text,
    speaker: c.speaker.text,
    kind: c.speaker.kind,
    entity: entities.find((e) => e.id === c.speaker.entityId)?.english ?? entities.find((e) => e.id === c.speaker.entityId)?.name,
  }));
}
const speakerOf = (text: string, content: string) => speakers(text).find((c) => c.content.includes(content));

describe('English speakers are people, groups, organisations or places acting as governments', () => {
  it('does not take a demonym that modifies the subject as the speaker', () => {
    const c = speakerOf('Two bridges were closed on Monday, the Dutch coastguard and local firefighters said.', 'Two bridges were closed');
    expect(c?.entity).not.toBe('Netherlands');
    expect(c?.speaker).toMatch(/coastguard/);
  });

  it('does not take a place of origin in an apposition as the speaker', () => {
    const c = speakerOf('Anna Kowalski stood near the gate. The nurse, from Leeds, West Yorkshire, said the queue had not moved for hours.', 'the queue had not moved');
    expect(c?.entity).not.toBe('Leeds');
    expect(c?.entity).not.toBe('West Yorkshire');
    expect(c?.speaker).toMatch(/nurse/);
  });

  it('skips an age and a description after the name to reach the speaker', () => {
    const c = speakerOf('Tomas Varga, 41, a baker, said the flood had reached his door.', 'the flood had reached');
    expect(c?.entity).toBe('Tomas Varga');
  });

  it('keeps a capital used as a government as the speaker', () => {
    const c = speakerOf('Paris said the agreement would be signed next month.', 'the agreement would be signed');
    expect(c?.entity).toBe('Paris');
  });

  it('keeps the named person before an apposition that ends with a place', () => {
    const c = speakerOf('Maria Ortiz, a farmer in Valencia, said the harvest was the worst in a decade.', 'the harvest was the worst');
    expect(c?.entity).toBe('Maria Ortiz');
  });

  it('never makes the opening words of a quotation the speaker of a pronoun', () => {
    const c = speakerOf('Inspector Helen Marsh confirmed the arrest. She said: "Sadly we cannot name him yet."', 'Sadly we cannot name him');
    expect(c?.entity).toBe('Helen Marsh');
  });

  it('ends (no endless loop) on a quotation that opens the subject clause, with appositions before the verb', () => {
    const found = speakers(
      'The board sold the land to pay for bonuses to its friends. "There is a special place in hell for the staff, allegedly including the treasurer, that okayed the sale," Anna Berg, a former adviser and senior aide to the mayor of Leeds, wrote on Bloggo, a social media site, on Friday.',
    );
    expect(found.map((c) => c.speaker)).toContain('Anna Berg');
  });
  it('gives an unnamed spokeswoman to the body the last sentences quoted', () => {
    const text = '"Trains will run again on Monday," the Rail Safety Board said. A spokeswoman added: "We are sorry for the delay."';
    expect(speakerOf(text, 'We are sorry')?.entity).toBe('Rail Safety Board');
  });

  it('does not run an attribution on into a quotation after a full stop', () => {
    const text = 'Ann Fox, 30, a passenger, said the tram sped up and "everyone went flying," the Associated Press reports. "There was a woman on top of me," Fox said.';
    expect(speakerOf(text, 'There was a woman')?.entity).toBe('Ann Fox');
  });
  it('takes the content before the attribution when a coordinated clause follows the cue', () => {
    const text = 'Two bridges were closed and three roads flooded on Monday, the county council said, and a school was shut.';
    expect(speakers(text).map((c) => c.content)).toEqual(['Two bridges were closed and three roads flooded on Monday']);
  });
});

describe('English quotations introduced by a colon', () => {
  it('takes the quotation after `X said at …:` as the claim, not the words before the colon', () => {
    const text = 'Lena Hart, who scored twice, said at the presentation after the game: "It is unbelievable. I cannot put it into words."';
    const c = speakers(text).find((x) => x.content.includes('It is unbelievable'));
    expect(c?.content).toBe('It is unbelievable. I cannot put it into words.');
    expect(c?.entity).toBe('Lena Hart');
  });

  it('keeps a surname ending in -ly whole before a relative clause (`Tom Reilly, who led…, said`)', () => {
    const c = speakerOf('Detective Constable Tom Reilly, who led the investigation, said police were pleased with the sentence.', 'police were pleased');
    expect(c?.speaker).toBe('Tom Reilly');
    expect(c?.entity).toBe('Tom Reilly');
  });
});

