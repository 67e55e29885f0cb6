/**
 * Finding the items whose span overlaps a range without scanning every item. The spans are
 * sorted by start; a match either starts inside the range (one contiguous stretch of that order)
 * or starts before it and reaches into it. The stretch is found by {@link createSortedLookup}
 * over the starts. The spans reaching in are found with a tree of the farthest end in each
 * stretch of the order, walked only when the farthest end before the range says there is one.
 * A query costs O(k) for k matches when the spans are spread over the text, plus O(log n) per
 * match reaching into the range; O(log n + k log n) at worst.
 */
import { createSortedLookup } from "../sorted-search.js";
import type { Range } from "./collections.js";

/** Items found by their span. */
export interface OffsetIndex<T> {
  /**
   * The items whose span shares at least one offset with `range` (`a.start < b.end && b.start <
   * a.end`, as {@link overlaps}), in the order they were given; a fresh array on every call.
   */
  overlapping(range: Range): T[];
}

/** The spans in order of start (ties in the items' order): a slot is a place in that order. */
interface Slots {
  /** The item in each slot. */
  readonly order: readonly number[];
  /** The first slot whose span starts at or after an offset. */
  readonly startingFrom: (offset: number) => number;
  readonly ends: Float64Array;
  /** `reach[slot]`: the farthest end among the slots up to and including it. */
  readonly reach: Float64Array;
  /** `farthest[node]`: the farthest end among the slots under a node (the leaves from `size` on). */
  readonly farthest: Float64Array;
  readonly size: number;
  /** Whether the items were given in order of start, so that the slots' order is theirs. */
  readonly given: boolean;
}

function slotsOf<T>(items: readonly T[], spanOf: (item: T) => Range): Slots {
  const spans = items.map(spanOf);
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  const ends = Float64Array.from(order, (item) => spans[item]!.end);
  const reach = new Float64Array(order.length);
  ends.forEach((end, slot) => (reach[slot] = Math.max(end, slot > 0 ? reach[slot - 1]! : -Infinity)));
  let size = 1;
  while (size < order.length) size *= 2;
  const farthest = new Float64Array(2 * size).fill(-Infinity);
  farthest.set(ends, size);
  for (let node = size - 1; node >= 1; node--) {
    farthest[node] = Math.max(farthest[2 * node]!, farthest[2 * node + 1]!);
  }
  const startingFrom = createSortedLookup(order.map((item) => spans[item]!.start));
  const given = order.every((item, slot) => item === slot);
  return { order, startingFrom, ends, reach, farthest, size, given };
}

/** Pushes, in slot order, the slots before `before` whose span ends past `offset`. */
function reachingPast({ farthest, size }: Slots, offset: number, before: number, found: number[]): void {
  const stack = [1, 0, size]; // node, its first slot, its number of slots
  while (stack.length > 0) {
    const count = stack.pop()!;
    const first = stack.pop()!;
    const node = stack.pop()!;
    if (first >= before || !(farthest[node]! > offset)) continue;
    if (count === 1) found.push(first);
    // The left half pushed last, so that it is taken first and the slots come out in order.
    else stack.push(2 * node + 1, first + count / 2, count / 2, 2 * node, first, count / 2);
  }
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
  let built: Slots | undefined;
  return {
    overlapping(range) {
      const slots = (built ??= slotsOf(items, spanOf));
      const { ends, reach, order, startingFrom } = slots;
      const inside = startingFrom(range.start);
      const past = startingFrom(range.end);
      const found: number[] = [];
      if (inside > 0 && reach[inside - 1]! > range.start) reachingPast(slots, range.start, inside, found);
      // Of the spans starting inside, only an empty one at the range's start ends at or before it.
      for (let slot = inside; slot < past; slot++) if (ends[slot]! > range.start) found.push(slot);
      const matches = found.map((slot) => order[slot]!);
      if (!slots.given) matches.sort((a, b) => a - b);
      return matches.map((item) => items[item]!);
    },
  };
}
