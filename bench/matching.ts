/**
 * Maximum one-to-one matching of a bipartite graph (Kuhn's augmenting paths).
 * `candidates[i]` lists the right-side indices left item `i` may pair with, in order of
 * preference; the result is deterministic for a given input. Returns `pairs[i] = j` or -1.
 */
export function maxMatching(candidates: readonly (readonly number[])[], rightCount: number): number[] {
  const rightOwner = new Array<number>(rightCount).fill(-1);
  const tryAssign = (left: number, seen: boolean[]): boolean => {
    for (const right of candidates[left] ?? []) {
      if (seen[right]) continue;
      seen[right] = true;
      const owner = rightOwner[right] ?? -1;
      if (owner === -1 || tryAssign(owner, seen)) {
        rightOwner[right] = left;
        return true;
      }
    }
    return false;
  };
  for (let left = 0; left < candidates.length; left++) {
    tryAssign(left, new Array<boolean>(rightCount).fill(false));
  }
  const pairs = new Array<number>(candidates.length).fill(-1);
  rightOwner.forEach((left, right) => {
    if (left >= 0) pairs[left] = right;
  });
  return pairs;
}
