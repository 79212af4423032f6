/** The `count` ids with the highest scores in `scores` (indexed by id), best first, without sorting
 *  them all: a buffer of candidates is cut back to `count` whenever it grows to four times that. */
export function topScored(
  ids: readonly number[],
  scores: Float64Array,
  count: number,
): [number, number][] {
  const top: [number, number][] = [];
  let floor = -Infinity;
  for (const id of ids) {
    const score = scores[id] ?? 0;
    if (top.length >= count && score <= floor) continue;
    top.push([id, score]);
    if (top.length > count * 4) {
      top.sort((x, y) => y[1] - x[1]);
      top.length = count;
      floor = top[count - 1]?.[1] ?? -Infinity;
    }
  }
  return top.sort((x, y) => y[1] - x[1]).slice(0, count);
}
