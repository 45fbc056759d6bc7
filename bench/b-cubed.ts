/** B³ precision, recall and F1 of a clustering against gold classes, averaged over the scored items. */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  items: number;
}

/**
 * B³ (Bagga & Baldwin 1998): for each scored item, the share of its cluster that is in its
 * gold class (precision) and the share of its gold class that is in its cluster (recall).
 * Clusters and classes are over every item; only `scored` items are averaged (a test part
 * is scored inside the whole archive: a tuning article in a test event's cluster costs precision).
 */
export function bCubed(cluster: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>, scored: Iterable<string>): BCubed {
  const members = (m: ReadonlyMap<string, string>): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const [item, c] of m) out.set(c, [...(out.get(c) ?? []), item]);
    return out;
  };
  const clusters = members(cluster);
  const classes = members(gold);
  let p = 0;
  let r = 0;
  let n = 0;
  for (const item of scored) {
    const c = clusters.get(cluster.get(item)!) ?? [item];
    const g = classes.get(gold.get(item)!) ?? [item];
    const gs = new Set(g);
    const both = c.filter((x) => gs.has(x)).length;
    p += both / c.length;
    r += both / g.length;
    n++;
  }
  const precision = n > 0 ? p / n : 0;
  const recall = n > 0 ? r / n : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, items: n };
}
