/**
 * One-to-one matching of gold and predicted spans, for the mention, attribution and time scores.
 * @module
 */

import { type Edge, maximizeGroupedAssignment } from "./grouped-assignment.js";
import { MAX_ASSIGNMENT_CELLS, ScoringLimitError } from "./limits.js";
import { spanKeyFor } from "./mention-key.js";
import type { Range } from "../schema/walk.js";

/** How two spans must agree to match: the same offsets, or any shared character. */
export type MatchMode = "exact" | "overlap";

/** A matched pair: indices into the gold and the predicted list. */
export interface MatchedPair {
  readonly gold: number;
  readonly predicted: number;
}

/** Conditions on the pairs of {@link matchSpans}, by indices into the gold and predicted lists. */
export interface MatchOptions {
  /** A condition every pair must meet (e.g. the same entity type). */
  readonly compatible?: (gold: number, predicted: number) => boolean;
  /**
   * Pairs to favour (e.g. claims with the same source): the pairing has as many of them as any
   * pairing of agreeing spans can have, and among such pairings shares the most characters.
   * Other agreeing pairs are still made where they take no favoured pair's place.
   */
  readonly preferred?: (gold: number, predicted: number) => boolean;
}

/**
 * Matches gold and predicted spans one to one. Exact mode pairs identical offsets; overlap mode
 * pairs spans that share at least one character, choosing the pairing with the most shared
 * characters overall (an optimal assignment, so one long prediction cannot claim two golds).
 * Only pairs that agree are considered (found by key or by a sweep over the starts), and each
 * group of spans linked by such pairs is solved on its own, so the work grows with the overlaps,
 * not with gold × predicted.
 *
 * @param gold - Gold spans.
 * @param predicted - Predicted spans.
 * @param mode - `"exact"` or `"overlap"`.
 * @param options - Pairs required or favoured besides agreeing spans (see {@link MatchOptions}).
 * @returns The matched pairs, in gold order.
 * @throws {RangeError} A `ScoringLimitError` when more than `MAX_ASSIGNMENT_CELLS` pairs agree,
 *   or a group of linked spans is too large to align optimally.
 * @example
 * ```ts
 * matchSpans([{ start: 0, end: 5 }], [{ start: 2, end: 9 }], "overlap"); // [{ gold: 0, predicted: 0 }]
 * ```
 */
export function matchSpans(
  gold: readonly Range[],
  predicted: readonly Range[],
  mode: MatchMode,
  { compatible, preferred }: MatchOptions = {},
): MatchedPair[] {
  // Spans are keyed to find equal ones (exact mode, and interchangeable copies), so only then.
  let spanKey: ReturnType<typeof spanKeyFor> | undefined;
  const spanKeys = () => (spanKey ??= spanKeyFor([gold, predicted]));
  // Identical predicted spans are interchangeable only when no condition tells them apart.
  const candidates =
    compatible || preferred
      ? predicted.map((_, p) => p)
      : interchangeableCopiesDropped(predicted, gold.length, spanKeys());
  const edges: Edge[] = [];
  const addEdge = (g: number, p: number, similarity: number): void => {
    if (similarity <= 0 || (compatible && !compatible(g, p))) return;
    if (edges.length >= MAX_ASSIGNMENT_CELLS) {
      throw new ScoringLimitError(
        "assignment-size",
        `more than ${MAX_ASSIGNMENT_CELLS} pairs of gold and predicted spans ${
          mode === "exact" ? "coincide" : "overlap"
        }`,
      );
    }
    edges.push({ row: g, column: p, similarity });
  };
  if (mode === "exact") {
    const keyOf = spanKeys();
    const predictedByKey = new Map<number | string, number[]>();
    for (const p of candidates) {
      const span = predicted[p];
      if (span === undefined) continue;
      const key = keyOf(span);
      const list = predictedByKey.get(key);
      if (list === undefined) predictedByKey.set(key, [p]);
      else list.push(p);
    }
    gold.forEach((span, g) => {
      for (const p of predictedByKey.get(keyOf(span)) ?? []) addEdge(g, p, 1);
    });
  } else {
    forEachOverlappingPair(gold, predicted, candidates, (g, p) => {
      const a = gold[g]!;
      const b = predicted[p]!;
      addEdge(g, p, Math.min(a.end, b.end) - Math.max(a.start, b.start));
    });
    // In gold order, then by the predicted span's start: the order "the first of equal ones" follows.
    edges.sort(
      (x, y) => x.row - y.row || predicted[x.column]!.start - predicted[y.column]!.start || x.column - y.column,
    );
  }
  const weighted = preferred ? favoured(edges, preferred) : edges;
  const { pairs } = maximizeGroupedAssignment(weighted, "gold and predicted spans");
  return pairs.map(({ row, column }) => ({ gold: row, predicted: column })).sort((a, b) => a.gold - b.gold);
}

/**
 * The edges with every preferred one raised by more than any pairing can share: each gold span
 * shares at most its best edge's characters, so a bonus above their sum makes one more
 * preferred pair outweigh every difference in shared characters. The sums stay exact integers
 * in the solver up to `Number.MAX_SAFE_INTEGER`, which is checked.
 */
function favoured(edges: readonly Edge[], preferred: (gold: number, predicted: number) => boolean): Edge[] {
  const best = new Map<number, number>();
  for (const { row, similarity } of edges) best.set(row, Math.max(best.get(row) ?? 0, similarity));
  const bonus = 1 + [...best.values()].reduce((a, b) => a + b, 0);
  if (bonus * (best.size + 1) > Number.MAX_SAFE_INTEGER) {
    throw new ScoringLimitError(
      "assignment-size",
      `${best.size} gold spans share too many characters with predictions to favour pairs exactly`,
    );
  }
  return edges.map((e) =>
    preferred(e.row, e.column) ? { row: e.row, column: e.column, similarity: e.similarity + bonus } : e,
  );
}

/**
 * Calls `pair` with the (gold, predicted) indices of spans that share a character, in one sweep
 * over the starts: each span meets only the spans of the other list still open where it starts,
 * and a span is dropped from the open ones the first time it is met closed. So the work is the
 * sort plus the pairs found, not gold × predicted. Empty spans share no character and are skipped.
 * The sweep orders numbers, not an object per span: gold span `i` is `i`, predicted span `p` is
 * `gold.length + p`, which also breaks ties of equal starts, gold first, each list in its order.
 */
function forEachOverlappingPair(
  gold: readonly Range[],
  predicted: readonly Range[],
  candidates: readonly number[],
  pair: (gold: number, predicted: number) => void,
): void {
  const spanOf = (code: number) => (code < gold.length ? gold[code] : predicted[code - gold.length])!;
  const codes: number[] = [];
  gold.forEach((span, i) => {
    if (span.end > span.start) codes.push(i);
  });
  for (const i of candidates) {
    const span = predicted[i];
    if (span && span.end > span.start) codes.push(gold.length + i);
  }
  const sorted = Int32Array.from(codes).sort((a, b) => spanOf(a).start - spanOf(b).start || a - b);
  const openGold: number[] = [];
  const openPredicted: number[] = [];
  for (const code of sorted) {
    const { start } = spanOf(code);
    if (code < gold.length) {
      keepOpen(openPredicted, predicted, start);
      for (const p of openPredicted) pair(code, p);
      openGold.push(code);
    } else {
      const i = code - gold.length;
      keepOpen(openGold, gold, start);
      for (const g of openGold) pair(g, i);
      openPredicted.push(i);
    }
  }
}

/** Drops, in place and in order, the indices of the spans that end at or before `offset`. */
function keepOpen(open: number[], spans: readonly Range[], offset: number): void {
  let kept = 0;
  for (const i of open) if (spans[i]!.end > offset) open[kept++] = i;
  open.length = kept;
}

/**
 * The indices of the predicted spans, keeping at most `limit` copies of identical offsets:
 * with `limit` gold spans no more copies can be matched, and copies are interchangeable.
 */
function interchangeableCopiesDropped(
  predicted: readonly Range[],
  limit: number,
  keyOf: (span: Range) => number | string,
): number[] {
  const copies = new Map<number | string, number>();
  const kept: number[] = [];
  predicted.forEach((span, p) => {
    const key = keyOf(span);
    const count = copies.get(key) ?? 0;
    copies.set(key, count + 1);
    if (count < limit) kept.push(p);
  });
  return kept;
}
