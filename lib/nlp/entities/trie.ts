/** A character trie mapping strings to values, for longest-match scanning. */
export class Trie<V> {
  // Keyed by UTF-16 code unit: `longestAt` looks up numbers, not one-character strings it would
  // allocate per position, and the first level (asked at every position of a text) is a table.
  private readonly root: (TrieNode<V> | undefined)[] = new Array<TrieNode<V> | undefined>(0x10000).fill(undefined);

  /** Adds `key` → `value`; the first value added for a key wins. */
  add(key: string, value: V): void {
    let node: TrieNode<V> | undefined;
    for (const ch of key) {
      // `longestAt` steps by code unit, so a key with a character outside the BMP is never matched: not stored.
      if (ch.length > 1) return;
      const unit = ch.charCodeAt(0);
      let child: TrieNode<V> | undefined;
      if (!node) {
        child = this.root[unit];
        if (!child) this.root[unit] = child = {};
      } else {
        child = node.next?.get(unit);
        if (!child) (node.next ??= new Map()).set(unit, (child = {}));
      }
      node = child;
    }
    if (node && node.value === undefined) node.value = value;
  }

  /** The longest key that starts at `text[from]`, as its end offset and value. */
  longestAt(text: string, from: number, maxEnd = text.length): { end: number; value: V } | undefined {
    const stop = Math.min(maxEnd, text.length);
    if (from < 0 || from >= stop) return undefined;
    let node = this.root[text.charCodeAt(from)];
    let bestEnd = -1;
    let bestValue: V | undefined;
    for (let i = from + 1; node; i++) {
      if (node.value !== undefined) {
        bestEnd = i;
        bestValue = node.value;
      }
      if (i >= stop) break;
      node = node.next?.get(text.charCodeAt(i));
    }
    return bestEnd < 0 ? undefined : { end: bestEnd, value: bestValue as V };
  }
}

interface TrieNode<V> {
  value?: V;
  /** Children by code unit; none on a leaf. */
  next?: Map<number, TrieNode<V>>;
}
