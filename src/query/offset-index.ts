/**
 * Finding the items whose span overlaps a range without scanning every item: the spans sorted
 * by start, with a tree of the farthest end in each stretch of that order, so a query visits
 * only the stretches that hold a match. A loop over the whole article asking for each sentence
 * costs O((n + k) log n) in all, instead of O(n) per query.
 */
import { firstIndexWhere } from "../sorted-search.js";
import type { Range } from "./collections.js";

/** Items found by their span. */
export interface OffsetIndex<T> {
  /**
   * The items whose span shares at least one offset with `range` (`a.start < b.end && b.start <
   * a.end`, as {@link overlaps}), in the order they were given; a fresh array on every call.
   */
  overlapping(range: Range): T[];
}

/**
 * Indexes items by their span. The index is built on the first query, so an unused one costs
 * nothing.
 *
 * @param items - The items; their order is the order of every answer.
 * @param spanOf - The span of an item.
 * @returns The index.
 * @example
 * ```ts
 * const claims = createOffsetIndex(article.claims, (c) => c.content);
 * claims.overlapping(article.sentences[0].span).map((c) => c.id);
 * ```
 */
export function createOffsetIndex<T>(items: readonly T[], spanOf: (item: T) => Range): OffsetIndex<T> {
  let built: { starts: number[]; order: number[]; farthest: Float64Array; size: number } | undefined;
  const build = () => {
    const order = items.map((_, i) => i).sort((a, b) => spanOf(items[a]!).start - spanOf(items[b]!).start || a - b);
    let size = 1;
    while (size < order.length) size *= 2;
    // farthest[node] is the greatest end among the items under the node (leaves from `size` on).
    const farthest = new Float64Array(2 * size).fill(-Infinity);
    order.forEach((item, slot) => (farthest[size + slot] = spanOf(items[item]!).end));
    for (let node = size - 1; node >= 1; node--) {
      farthest[node] = Math.max(farthest[2 * node]!, farthest[2 * node + 1]!);
    }
    return { starts: order.map((i) => spanOf(items[i]!).start), order, farthest, size };
  };
  return {
    overlapping(range) {
      built ??= build();
      const { starts, order, farthest, size } = built;
      // Candidates start before the range ends; of those, the matches end after it starts.
      const candidates = firstIndexWhere(starts, (start) => start >= range.end);
      const found: number[] = [];
      const stack = [1, 0, size - 1]; // node, first slot, last slot
      while (stack.length > 0) {
        const last = stack.pop()!;
        const first = stack.pop()!;
        const node = stack.pop()!;
        if (first >= candidates || !(farthest[node]! > range.start)) continue;
        if (first === last) found.push(order[first]!);
        else {
          const middle = (first + last) >> 1;
          stack.push(2 * node, first, middle, 2 * node + 1, middle + 1, last);
        }
      }
      return found.sort((a, b) => a - b).map((i) => items[i]!);
    },
  };
}
