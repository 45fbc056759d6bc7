/** A least-recently-used map bounded by a total weight (see lru.mjs). */
export declare class Lru<K, V> {
  constructor(maxWeight: number);
  get(key: K): V | undefined;
  set(key: K, value: V, weight: number): void;
  get size(): number;
  /** The total weight held. */
  get weight(): number;
}
