import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyMentionIn, type FlatMention, flattenMentions, insideMention, mentionsIn } from '../../../lib/nlp/claims/mentions';

// The position lookups bisect a list sorted by start; they must answer exactly as a scan of
// the whole list does, sorted or not.
const naiveIn = (ms: readonly FlatMention[], start: number, end: number) => ms.filter((m) => m.start < end && m.end > start);
const naiveInside = (ms: readonly FlatMention[], pos: number) => ms.some((m) => m.start < pos && pos < m.end);

const mention = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 30 })).map(
  ([start, length]): FlatMention => ({ entityId: `PERSON:${start}-${length}`, type: 'PERSON', text: 'x'.repeat(length), start, end: start + length }),
);
const range = fc.tuple(fc.integer({ min: -10, max: 240 }), fc.integer({ min: 0, max: 40 }));

describe('mention lookups by position', () => {
  it('answer as a scan does, on lists sorted by start', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 60 }), range, (list, [start, width]) => {
        const sorted = [...list].sort((a, b) => a.start - b.start);
        expect(mentionsIn(sorted, start, start + width)).toEqual(naiveIn(sorted, start, start + width));
        expect(anyMentionIn(sorted, start, start + width)).toBe(naiveIn(sorted, start, start + width).length > 0);
        expect(insideMention(sorted, start)).toBe(naiveInside(sorted, start));
      }),
      { seed: 20261203, numRuns: 400 },
    );
  });

  it('answer as a scan does, on lists in any order', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 60 }), range, (list, [start, width]) => {
        expect(mentionsIn(list, start, start + width)).toEqual(naiveIn(list, start, start + width));
        expect(insideMention(list, start)).toBe(naiveInside(list, start));
      }),
      { seed: 20261204, numRuns: 400 },
    );
  });

  it('finds the mentions of a flattened entity list around a position', () => {
    const list = flattenMentions([
      { id: 'PERSON:布林肯', name: '布林肯', type: 'PERSON', mentions: [{ text: '布林肯', start: 2, end: 5 }, { text: '布林肯', start: 40, end: 43 }] },
      { id: 'PERSON:美国国务卿布林肯', name: '美国国务卿布林肯', type: 'PERSON', mentions: [{ text: '美国国务卿布林肯', start: 30, end: 43 }] },
    ]);
    expect(mentionsIn(list, 41, 42).map((m) => m.start)).toEqual([30, 40]);
    expect(insideMention(list, 35)).toBe(true);
    expect(insideMention(list, 30)).toBe(false);
    expect(anyMentionIn(list, 5, 30)).toBe(false);
  });
});
