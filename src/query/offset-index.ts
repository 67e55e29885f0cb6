/**
 * Finding the items whose span overlaps a range without scanning every item. The spans are
 * sorted by start; a match either starts inside the range (one contiguous stretch of that order)
 * or starts before it and reaches into it. The stretch is found through a table of the first
 * span at or after every `width`-th offset, with about one span per entry, and a search among
 * the few spans of one entry (binary searches over every start were half of a sentence's query
 * on an article a hundred times the shipped one, and grew faster than it). The spans reaching in
 * are found with a tree of the farthest end in each stretch of the order, walked only when the
 * farthest end before the range says there is one. A query costs O(k) for k matches when the spans are spread
 * over the text, plus O(log n) per match reaching into the range; O(log n + k log n) at worst.
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

/** The spans in order of start (ties in the items' order): a slot is a place in that order. */
interface Slots {
  /** The item in each slot. */
  readonly order: readonly number[];
  readonly starts: readonly number[];
  /** `firstFrom[e]`: the first slot whose span starts at or after `origin + e * width`; the last: none. */
  readonly firstFrom: Int32Array;
  readonly origin: number;
  readonly width: number;
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
  const starts = order.map((item) => spans[item]!.start);
  // About one span per entry of the table, whatever the offsets' range.
  const origin = starts[0] ?? 0;
  const extent = (starts[starts.length - 1] ?? 0) - origin;
  const width = Math.max(1, Math.ceil((extent + 1) / Math.max(1, starts.length)));
  const firstFrom = new Int32Array(Math.floor(extent / width) + 2);
  for (let entry = 0, slot = 0; entry < firstFrom.length; entry++) {
    while (slot < starts.length && starts[slot]! < origin + entry * width) slot++;
    firstFrom[entry] = slot;
  }
  const given = order.every((item, slot) => item === slot);
  return { order, starts, firstFrom, origin, width, ends, reach, farthest, size, given };
}

/** The first slot whose span starts at or after `offset`: a search among the few slots of one entry. */
function firstStartingFrom({ starts, firstFrom, origin, width }: Slots, offset: number): number {
  const entry = Math.floor((offset - origin) / width);
  if (entry < 0) return 0;
  if (!(entry < firstFrom.length - 1)) return starts.length;
  return firstIndexWhere(starts, (start) => start >= offset, firstFrom[entry], firstFrom[entry + 1]);
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
      const { ends, reach, order } = slots;
      const inside = firstStartingFrom(slots, range.start);
      const past = firstStartingFrom(slots, range.end);
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
