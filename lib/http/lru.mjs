// A small least-recently-used map bounded by a total weight (e.g. bytes or characters of JSON),
// for immutable values such as stored comparisons, analyses and rendered pages by content id.
// Plain JavaScript so that the HTTP server in front of Next (scripts/serve.mjs) can use it too.

/**
 * @template K, V
 */
export class Lru {
  /** @type {Map<K, { value: V, weight: number }>} */
  #entries = new Map();
  #total = 0;
  #maxWeight;

  /** @param {number} maxWeight */
  constructor(maxWeight) {
    this.#maxWeight = maxWeight;
  }

  /** @param {K} key */
  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /**
   * @param {K} key
   * @param {V} value
   * @param {number} weight
   */
  set(key, value, weight) {
    const old = this.#entries.get(key);
    if (old) {
      this.#total -= old.weight;
      this.#entries.delete(key);
    }
    if (weight > this.#maxWeight) return;
    this.#entries.set(key, { value, weight });
    this.#total += weight;
    for (const [k, e] of this.#entries) {
      if (this.#total <= this.#maxWeight) break;
      this.#entries.delete(k);
      this.#total -= e.weight;
    }
  }

  get size() {
    return this.#entries.size;
  }

  /** The total weight held. */
  get weight() {
    return this.#total;
  }
}
