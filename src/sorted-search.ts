/**
 * Binary search over a list sorted so that a condition is false for a prefix and true for the
 * rest, which the exporters and the query helpers use to find tokens and spans by offset in logarithmic time.
 * @module
 */

/**
 * The index of the first item for which `holds` is true, or `items.length` when none is.
 *
 * @param items - Items ordered so that `holds` is false for a prefix and true after it.
 * @param holds - The condition.
 * @returns The length of the prefix for which `holds` is false.
 * @example
 * ```ts
 * firstIndexWhere([1, 3, 5, 7], (n) => n > 4); // 2
 * ```
 */
export function firstIndexWhere<T>(items: readonly T[], holds: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (holds(items[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}
