/**
 * A character trie mapping strings to values, for longest-match scanning, in the packed form
 * `data/gazetteer-index.json` stores (built by scripts/build-gazetteer-index.ts): loading it
 * reads three strings instead of adding every name character by character (the map-based
 * trie this replaces took 30-50 ms of CPU to build in a fresh process).
 */

/**
 * Nodes numbered breadth-first, the root 0. Three strings of one UTF-16 code unit per node
 * (strings, not number arrays: one string literal is read much faster than thousands of
 * numbers when the index is loaded): `label`, the node's code unit; `children`, how many
 * children it has (they follow its earlier siblings' children, sorted by label); `value`, one
 * more than the index of its value in the trie's value list, 0 when no key ends there. Counts
 * and value numbers are stored plus `OFFSET`, past the control characters JSON would escape.
 */
const OFFSET = 0x20;

export interface PackedTrie {
  label: string;
  children: string;
  value: string;
}

/**
 * Packs `keys` (key → value index; the first pair for a key wins). A key with a character
 * outside the BMP is left out: `longestAt` steps by code unit, so it could never match.
 */
export function packTrie(keys: Iterable<readonly [string, number]>): PackedTrie {
  interface Node {
    value: number;
    next: Map<number, Node>;
  }
  const root: Node = { value: -1, next: new Map() };
  for (const [key, value] of keys) {
    if (key === '' || [...key].some((ch) => ch.length > 1)) continue;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { value: -1, next: new Map() }));
      node = child;
    }
    if (node.value < 0) node.value = value;
  }
  const label: number[] = [0];
  const children: number[] = [];
  const values: number[] = [root.value + 1];
  const queue: Node[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const next = [...queue[i]!.next].sort((a, b) => a[0] - b[0]);
    children.push(next.length);
    for (const [unit, child] of next) {
      label.push(unit);
      values.push(child.value + 1);
      queue.push(child);
    }
  }
  // Counts and value numbers must stay below the surrogate range to be one code unit each.
  if ([...children, ...values].some((n) => n + OFFSET >= 0xd800)) throw new Error('packTrie: too many values, or children of one node');
  const text = (units: number[], offset: number): string => units.map((u) => String.fromCharCode(u + offset)).join('');
  return { label: text(label, 0), children: text(children, OFFSET), value: text(values, OFFSET) };
}

export class Trie<V> {
  private readonly label: Uint16Array;
  private readonly first: Int32Array;
  private readonly valueIndex: Int32Array;
  /** The root's children by code unit (0: none): asked at every position of a text. */
  private readonly root = new Int32Array(0x10000);

  constructor(
    packed: PackedTrie,
    private readonly values: readonly V[],
  ) {
    const n = packed.label.length;
    this.label = new Uint16Array(n);
    this.first = new Int32Array(n + 1);
    this.valueIndex = new Int32Array(n);
    let first = 1;
    for (let i = 0; i < n; i++) {
      this.label[i] = packed.label.charCodeAt(i);
      this.valueIndex[i] = packed.value.charCodeAt(i) - OFFSET - 1;
      this.first[i] = first;
      first += packed.children.charCodeAt(i) - OFFSET;
    }
    this.first[n] = first;
    for (let c = this.first[0]!; c < this.first[1]!; c++) this.root[this.label[c]!] = c;
  }

  private child(node: number, unit: number): number {
    let lo = this.first[node]!;
    let hi = this.first[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = this.label[mid]!;
      if (l === unit) return mid;
      if (l < unit) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** The longest key that starts at `text[from]`, as its end offset and value. */
  longestAt(text: string, from: number, maxEnd = text.length): { end: number; value: V } | undefined {
    const stop = Math.min(maxEnd, text.length);
    if (from < 0 || from >= stop) return undefined;
    let node = this.root[text.charCodeAt(from)]!;
    let bestEnd = -1;
    let best = -1;
    for (let i = from + 1; node !== 0; i++) {
      const v = this.valueIndex[node]!;
      if (v >= 0) {
        bestEnd = i;
        best = v;
      }
      if (i >= stop) break;
      node = this.child(node, text.charCodeAt(i));
    }
    return bestEnd < 0 ? undefined : { end: bestEnd, value: this.values[best] as V };
  }
}
