/** Disjoint sets over the indexes 0 … size − 1 (union-find with path compression), for grouping
 *  copies: `find` names a set by one of its members, `union` joins two sets. */
export function disjointSets(size: number): {
  find(i: number): number;
  union(a: number, b: number): void;
} {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    const up = parent[i] ?? i;
    return up === i ? i : (parent[i] = find(up));
  };
  return { find, union: (a, b) => void (parent[find(b)] = find(a)) };
}
