/**
 * Turns overlapping annotations into properly nested pieces, for the exporters that mark up
 * the text inline (HTML, bracketed text). Annotations of higher priority are never split;
 * one of lower priority that crosses a placed one is cut at that one's boundaries.
 * The exporters give mentions the higher priority, so a claim crossing a mention is split
 * around it while every mention stays one element.
 * @module
 */
import { createSortedLookup } from "../sorted-search.js";
import { ChunkedText } from "./chunked-text.js";

/** An annotation to place: a half-open UTF-16 range and the value it marks. */
export interface Layered<T> {
  readonly start: number;
  readonly end: number;
  /** Higher is placed first and never split by a lower one. */
  readonly priority: number;
  readonly value: T;
}

/** One piece of an annotation in the nested tree. */
export interface Piece<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
  /** 0-based number of this piece among the pieces its annotation was cut into. */
  readonly part: number;
  /** How many pieces the annotation was cut into. */
  readonly parts: number;
  readonly children: Piece<T>[];
}

interface Cut {
  start: number;
  end: number;
  priority: number;
  order: number;
  /** 0-based number of this piece among the pieces of its annotation. */
  part: number;
}

/**
 * The boundaries of the pieces placed so far, for finding the ones a new range crosses. The
 * placed pieces never cross each other, so a range [s, e) must be cut exactly at the ends c in
 * (s, e) of pieces starting before s, and at the starts c in (s, e) of pieces ending after e;
 * cutting there leaves nothing crossing. Two segment trees over the sorted boundary offsets
 * answer "which such c exist" in O(log n) per cut: the least start of the pieces ending at each
 * offset, and the greatest end of the pieces starting at each offset.
 */
class PlacedBoundaries {
  private readonly offsets: Float64Array;
  /** The index of the first boundary at or after an offset (the count of boundaries when none is). */
  private readonly slot: (offset: number) => number;
  private readonly size: number;
  private readonly minStartByEnd: Float64Array;
  private readonly maxEndByStart: Float64Array;
  /** The walk's stack, kept between calls: an array per range cost more than the walk. */
  private readonly stack: number[] = [];

  constructor(ranges: readonly Cut[]) {
    // Every start and end, sorted (a typed array sorts numerically) and each offset kept once.
    const offsets = new Float64Array(2 * ranges.length);
    ranges.forEach((r, i) => {
      offsets[2 * i] = r.start;
      offsets[2 * i + 1] = r.end;
    });
    offsets.sort();
    let count = 0;
    for (const offset of offsets) if (count === 0 || offsets[count - 1] !== offset) offsets[count++] = offset;
    this.offsets = offsets.subarray(0, count);
    this.slot = createSortedLookup(this.offsets);
    let size = 1;
    while (size < this.offsets.length) size *= 2;
    this.size = size;
    this.minStartByEnd = new Float64Array(2 * size).fill(Infinity);
    this.maxEndByStart = new Float64Array(2 * size).fill(-Infinity);
  }

  add(piece: Cut): void {
    const { minStartByEnd: minStart, maxEndByStart: maxEnd } = this;
    for (let i = this.slot(piece.end) + this.size; i >= 1; i >>= 1) minStart[i] = Math.min(minStart[i]!, piece.start);
    for (let i = this.slot(piece.start) + this.size; i >= 1; i >>= 1) maxEnd[i] = Math.max(maxEnd[i]!, piece.end);
  }

  /** Sets `cuts` to the offsets strictly inside (start, end) where the range must be cut, ascending. */
  cutsOf(start: number, end: number, cuts: number[]): void {
    const from = this.slot(start + 1);
    const to = this.slot(end) - 1;
    cuts.length = 0;
    if (from > to) return;
    // Iterative depth-first walk of the slots [from, to], entering only subtrees with a match.
    const { stack } = this;
    stack.push(1, 0, this.size - 1);
    while (stack.length > 0) {
      const high = stack.pop()!;
      const low = stack.pop()!;
      const node = stack.pop()!;
      if (high < from || low > to) continue;
      if (!(this.minStartByEnd[node]! < start) && !(this.maxEndByStart[node]! > end)) continue;
      if (low === high) {
        cuts.push(this.offsets[low]!);
        continue;
      }
      const mid = (low + high) >> 1;
      stack.push(2 * node + 1, mid + 1, high, 2 * node, low, mid);
    }
  }
}

/**
 * Nests annotations into a forest of pieces that never cross.
 *
 * @param items - The annotations; empty ranges are left out.
 * @returns Top-level pieces in text order, each with its children in text order. Of two
 *   pieces with the same range, the one of lower priority is the outer one.
 * @example
 * ```ts
 * nest([
 *   { start: 0, end: 10, priority: 1, value: "mention" },
 *   { start: 5, end: 15, priority: 0, value: "claim" },
 * ]); // mention [0,10) with child claim [5,10); claim [10,15)
 * ```
 */
export function nest<T>(items: readonly Layered<T>[]): Piece<T>[] {
  const ranges = items
    .map((item, order) => ({ start: item.start, end: item.end, priority: item.priority, order, part: 0 }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => b.priority - a.priority || a.start - b.start || b.end - a.end || a.order - b.order);
  const boundaries = new PlacedBoundaries(ranges);
  const placed: Cut[] = [];
  const partCounts = new Uint32Array(items.length); // by the annotation's order
  const ends: number[] = [];
  for (const range of ranges) {
    boundaries.cutsOf(range.start, range.end, ends);
    ends.push(range.end);
    for (let part = 0; part < ends.length; part++) {
      const start = part === 0 ? range.start : ends[part - 1]!;
      const piece = { start, end: ends[part]!, priority: range.priority, order: range.order, part };
      placed.push(piece);
      boundaries.add(piece);
    }
    partCounts[range.order] = ends.length;
  }

  placed.sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority || a.order - b.order);
  const roots: Piece<T>[] = [];
  const stack: Piece<T>[] = [];
  for (const cut of placed) {
    const parts = partCounts[cut.order]!;
    const { start, end, part } = cut;
    const piece: Piece<T> = { start, end, value: items[cut.order]!.value, part, parts, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.end <= piece.start) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(piece);
    stack.push(piece);
  }
  return roots;
}

/** How to write the text and the pieces of a nested forest. */
export interface NestedWriter<T> {
  text(text: string): string;
  open(piece: Piece<T>): string;
  close(piece: Piece<T>): string;
}

/**
 * Writes a text, or a stretch of it, with the pieces of a nested forest marked up.
 *
 * @param text - The whole text the pieces point into.
 * @param roots - The forest from {@link nest}, inside `[start, end)`.
 * @param writer - How to write plain stretches, openings and closings.
 * @param start - Where the written stretch starts; 0 by default.
 * @param end - Where it ends; the end of the text by default.
 * @returns The marked-up stretch.
 * @example
 * ```ts
 * writeNested("ab", nest([{ start: 0, end: 1, priority: 0, value: "x" }]), {
 *   text: (t) => t, open: () => "[", close: () => "]",
 * }); // "[a]b"
 * ```
 */
export function writeNested<T>(
  text: string,
  roots: readonly Piece<T>[],
  writer: NestedWriter<T>,
  start = 0,
  end = text.length,
): string {
  // An explicit stack instead of recursion, so any depth of nesting fits.
  type Frame = { pieces: readonly Piece<T>[]; next: number; at: number; end: number; piece?: Piece<T> };
  const frames: Frame[] = [{ pieces: roots, next: 0, at: start, end }];
  const out = new ChunkedText();
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const piece = frame.pieces[frame.next++];
    if (piece) {
      out.add(writer.text(text.slice(frame.at, piece.start)));
      out.add(writer.open(piece));
      frame.at = piece.end;
      frames.push({ pieces: piece.children, next: 0, at: piece.start, end: piece.end, piece });
      continue;
    }
    out.add(writer.text(text.slice(frame.at, frame.end)));
    frames.pop();
    if (frame.piece) out.add(writer.close(frame.piece));
  }
  return out.join();
}
