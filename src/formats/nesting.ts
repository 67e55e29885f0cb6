/**
 * Turns overlapping annotations into properly nested pieces, for the exporters that mark up
 * the text inline (HTML, bracketed text). Annotations of higher priority are never split;
 * one of lower priority that crosses a placed one is cut at that one's boundaries.
 * The exporters give mentions the higher priority, so a claim crossing a mention is split
 * around it while every mention stays one element.
 * @module
 */

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
}

const crosses = (a: Cut, b: Cut) =>
  (a.start < b.start && b.start < a.end && a.end < b.end) || (b.start < a.start && a.start < b.end && b.end < a.end);

// Cuts a range at the boundaries of every placed piece it crosses, until nothing crosses.
function cutAgainst(range: Cut, placed: readonly Cut[]): Cut[] {
  let pieces = [range];
  for (let changed = true; changed; ) {
    changed = false;
    const next: Cut[] = [];
    for (const piece of pieces) {
      const crossing = placed.find((p) => crosses(p, piece));
      if (!crossing) {
        next.push(piece);
        continue;
      }
      changed = true;
      const cut = piece.start < crossing.start ? crossing.start : crossing.end;
      next.push({ ...piece, end: cut }, { ...piece, start: cut });
    }
    pieces = next;
  }
  return pieces;
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
    .map((item, order) => ({ start: item.start, end: item.end, priority: item.priority, order }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => b.priority - a.priority || a.start - b.start || b.end - a.end || a.order - b.order);
  const placed: Cut[] = [];
  for (const range of ranges) placed.push(...cutAgainst(range, placed));

  const partsOf = new Map<number, Cut[]>();
  for (const piece of placed) partsOf.set(piece.order, [...(partsOf.get(piece.order) ?? []), piece]);
  for (const parts of partsOf.values()) parts.sort((a, b) => a.start - b.start);

  const ordered = [...placed].sort(
    (a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority || a.order - b.order,
  );
  const roots: Piece<T>[] = [];
  const stack: Piece<T>[] = [];
  for (const cut of ordered) {
    const parts = partsOf.get(cut.order)!;
    const piece: Piece<T> = {
      start: cut.start,
      end: cut.end,
      value: items[cut.order]!.value,
      part: parts.indexOf(cut),
      parts: parts.length,
      children: [],
    };
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
  const write = (pieces: readonly Piece<T>[], start: number, end: number): string => {
    let out = "";
    let at = start;
    for (const piece of pieces) {
      out += writer.text(text.slice(at, piece.start));
      out += writer.open(piece) + write(piece.children, piece.start, piece.end) + writer.close(piece);
      at = piece.end;
    }
    return out + writer.text(text.slice(at, end));
  };
  return write(roots, start, end);
}
