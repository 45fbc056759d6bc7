import { describe, expect, it } from 'vitest';
import { englishDoc } from '../../lib/nlp/en/tokens';

const words = (text: string) => englishDoc(text).tokens.map((t) => t.text);

describe('English tokens do not depend on the texts read before', () => {
  it('a possessive read whole once does not stay whole in a later text', () => {
    const later = "The injured were taken to St George's Hospital in Tooting on Wednesday.";
    const before = words(later);
    // wink-nlp keeps "George's" whole before a comma, and used to remember it as a word.
    words("A doctor at St George's, said three of them were being operated on.");
    words("Rescuers reached St George's, then the station.");
    // A different string (englishDoc caches by text), the same words in the same places.
    const after = words(`${later} `);
    expect(after).toEqual(before);
    expect(before.slice(5, 9)).toEqual(['St', 'George', "'s", 'Hospital']);
  });

  it('made-up words read once are split as on a fresh start afterwards', () => {
    const text = "Officials said the Brexiteers' plan and Kwarteng's budget failed.";
    const before = words(text);
    words("Brexiteers', plan, Kwarteng's, budget and Kwarteng's, again.");
    expect(words(`${text} `)).toEqual(before);
  });
});
