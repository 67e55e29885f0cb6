/**
 * Binary search over a list sorted so that a condition is false for a prefix and true for the
 * rest, which the exporters and the query helpers use to find tokens and spans by offset in logarithmic time.
 * @module
 */

/**
 * The index of the first item for which `holds` is true, or `items.length` when none is; with
 * `low` and `high`, the first between them (or `high`), for a caller that knows the answer lies there.
 *
 * @param items - Items ordered so that `holds` is false for a prefix and true after it.
 * @param holds - The condition.
 * @param low - The first index to consider.
 * @param high - The index past the last one to consider.
 * @returns The length of the prefix for which `holds` is false (within `low`…`high`).
 * @example
 * ```ts
 * firstIndexWhere([1, 3, 5, 7], (n) => n > 4); // 2
 * ```
 */
export function firstIndexWhere<T>(
  items: ArrayLike<T>,
  holds: (item: T) => boolean,
  low = 0,
  high = items.length,
): number {
  while (low < high) {
    const mid = (low + high) >> 1;
    if (holds(items[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * A search for the first of some ascending numbers at or after an offset, in about constant time
 * when the numbers are spread evenly: a table of the first number at or after every `width`-th
 * offset from the least, with about one number per entry, narrows a binary search to the few
 * numbers of one entry. (Binary searches over every number were half of a query's time on an
 * article a hundred times the shipped one, and grew faster than it.)
 *
 * @param sorted - The numbers, ascending.
 * @returns A function from an offset to the index of the first number at or after it
 *   (`sorted.length` when none is).
 * @example
 * ```ts
 * createSortedLookup([2, 3, 10])(4); // 2
 * ```
 */
export function createSortedLookup(sorted: ArrayLike<number>): (offset: number) => number {
  const origin = sorted[0] ?? 0;
  const extent = (sorted[sorted.length - 1] ?? 0) - origin;
  const width = Math.max(1, Math.ceil((extent + 1) / Math.max(1, sorted.length)));
  // firstFrom[e]: the index of the first number at or after origin + e * width; the last entry is past all.
  const firstFrom = new Int32Array(Math.floor(extent / width) + 2);
  for (let entry = 0, index = 0; entry < firstFrom.length; entry++) {
    while (index < sorted.length && sorted[index]! < origin + entry * width) index++;
    firstFrom[entry] = index;
  }
  return (offset) => {
    const entry = Math.floor((offset - origin) / width);
    if (entry < 0) return 0;
    if (!(entry < firstFrom.length - 1)) return sorted.length;
    return firstIndexWhere(sorted, (n) => n >= offset, firstFrom[entry], firstFrom[entry + 1]);
  };
}
