/** A character trie mapping strings to values, for longest-match scanning. */
export class Trie<V> {
  private readonly root = new Map<string, TrieNode<V>>();

  /** Adds `key` → `value`; the first value added for a key wins. */
  add(key: string, value: V): void {
    let level = this.root;
    let node: TrieNode<V> | undefined;
    for (const ch of key) {
      node = level.get(ch);
      if (!node) {
        node = { next: new Map() };
        level.set(ch, node);
      }
      level = node.next;
    }
    if (node && node.value === undefined) node.value = value;
  }

  /** The longest key that starts at `text[from]`, as its end offset and value. */
  longestAt(text: string, from: number, maxEnd = text.length): { end: number; value: V } | undefined {
    let level = this.root;
    let best: { end: number; value: V } | undefined;
    for (let i = from; i < maxEnd; i++) {
      const node = level.get(text[i] ?? '');
      if (!node) break;
      if (node.value !== undefined) best = { end: i + 1, value: node.value };
      level = node.next;
    }
    return best;
  }
}

interface TrieNode<V> {
  value?: V;
  next: Map<string, TrieNode<V>>;
}
