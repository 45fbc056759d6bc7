import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../lib/nlp/claims/quotes';

const inner = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it('pairs ASCII quotes', () => {
    expect(inner('He said: "We will stay." Then "fine" was all.')).toEqual(['We will stay.', 'fine']);
  });

  it('ends a quoted paragraph left open where the next quoted paragraph opens (scraped text lost the breaks)', () => {
    const text = 'She said: "The water rose fast. "Then the lights went out," she added. He said: "Sadly we lost two."';
    expect(inner(text)).toEqual(['The water rose fast.', 'Then the lights went out,', 'Sadly we lost two.']);
  });

  it('keeps toggling ASCII quotes written without spaces (Chinese text)', () => {
    expect(inner('他说"我们会留下"，又称"没有问题"。')).toEqual(['我们会留下', '没有问题']);
  });
});
