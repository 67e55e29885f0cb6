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
  items: readonly T[],
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
