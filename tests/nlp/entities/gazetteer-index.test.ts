import { describe, expect, it } from 'vitest';
import data from '../../../data/gazetteer.json';
import indexFile from '../../../data/gazetteer-index.json';
import { gazetteer, gazetteerIndex, type GazetteerFile } from '../../../lib/nlp/entities/gazetteer';
import { packTrie, Trie } from '../../../lib/nlp/entities/trie';

describe('data/gazetteer-index.json (built by scripts/build-gazetteer-index.ts)', () => {
  it('is the index of data/gazetteer.json as it is now (after changing the gazetteer, run `npx tsx scripts/build-gazetteer-index.ts`)', () => {
    expect(indexFile).toEqual(gazetteerIndex(data as unknown as GazetteerFile));
  });

  it('finds every name and alias of the gazetteer, as the entry that first lists it', () => {
    const g = gazetteer();
    const file = data as unknown as GazetteerFile;
    for (const [, name, , aliases] of file.entries) {
      for (const surface of [name, ...aliases]) {
        if ([...surface].some((ch) => ch.length > 1)) continue;
        expect(g.cjk.longestAt(surface, 0)).toEqual({ end: surface.length, value: g.bySurface.get(surface) });
      }
    }
    expect(g.titleTrie.longestAt('外交部长王毅', 0)?.value).toBe('外交部长');
    expect(g.stopTrie.longestAt('北京时间', 0)?.value).toBe('北京时间');
  });
});

describe('packed trie', () => {
  const trie = new Trie(packTrie([['北京', 0], ['北京市', 1], ['北', 2], ['北京', 3], ['上海', 4], ['𠮷野', 5], ['', 6]]), ['a', 'b', 'c', 'd', 'e', 'f', 'g']);

  it('gives the longest key at a position, the first value added for a key, and stops at maxEnd', () => {
    expect(trie.longestAt('在北京市内', 1)).toEqual({ end: 4, value: 'b' });
    expect(trie.longestAt('在北京市内', 1, 3)).toEqual({ end: 3, value: 'a' });
    expect(trie.longestAt('北方', 0)).toEqual({ end: 1, value: 'c' });
    expect(trie.longestAt('上', 0)).toBeUndefined();
    expect(trie.longestAt('南京', 0)).toBeUndefined();
    expect(trie.longestAt('北京', 2)).toBeUndefined();
    expect(trie.longestAt('北京', -1)).toBeUndefined();
  });

  it('leaves out keys it could never match (a character outside the BMP, the empty key)', () => {
    expect(trie.longestAt('𠮷野', 0)).toBeUndefined();
    expect(trie.longestAt('', 0)).toBeUndefined();
  });
});
