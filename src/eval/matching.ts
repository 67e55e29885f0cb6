/**
 * One-to-one matching of gold and predicted spans, for the mention, attribution and time scores.
 * @module
 */

import { type Edge, maximizeGroupedAssignment } from "./grouped-assignment.js";
import { MAX_ASSIGNMENT_CELLS, ScoringLimitError } from "./limits.js";
import { spanKey } from "./mention-key.js";

/** Offsets of a stretch of text. */
export interface Offsets {
  readonly start: number;
  readonly end: number;
}

/** How two spans must agree to match: the same offsets, or any shared character. */
export type MatchMode = "exact" | "overlap";

/** A matched pair: indices into the gold and the predicted list. */
export interface MatchedPair {
  readonly gold: number;
  readonly predicted: number;
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
 * @param compatible - Optional extra condition a pair must meet (e.g. the same entity type).
 * @returns The matched pairs, in gold order.
 * @throws {RangeError} A `ScoringLimitError` when more than `MAX_ASSIGNMENT_CELLS` pairs agree,
 *   or a group of linked spans is too large to align optimally.
 * @example
 * ```ts
 * matchSpans([{ start: 0, end: 5 }], [{ start: 2, end: 9 }], "overlap"); // [{ gold: 0, predicted: 0 }]
 * ```
 */
export function matchSpans(
  gold: readonly Offsets[],
  predicted: readonly Offsets[],
  mode: MatchMode,
  compatible?: (gold: number, predicted: number) => boolean,
): MatchedPair[] {
  const candidates = compatible ? predicted.map((_, p) => p) : interchangeableCopiesDropped(predicted, gold.length);
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
    const predictedByKey = new Map<string, number[]>();
    for (const p of candidates) {
      const key = spanKey(predicted[p] ?? { start: -1, end: -1 });
      const list = predictedByKey.get(key);
      if (list === undefined) predictedByKey.set(key, [p]);
      else list.push(p);
    }
    gold.forEach((span, g) => {
      for (const p of predictedByKey.get(spanKey(span)) ?? []) addEdge(g, p, 1);
    });
  } else {
    for (const [g, p] of overlappingPairs(gold, predicted, candidates)) {
      const a = gold[g]!;
      const b = predicted[p]!;
      addEdge(g, p, Math.min(a.end, b.end) - Math.max(a.start, b.start));
    }
    // In gold order, then by the predicted span's start: the order "the first of equal ones" follows.
    edges.sort(
      (x, y) => x.row - y.row || predicted[x.column]!.start - predicted[y.column]!.start || x.column - y.column,
    );
  }
  const { pairs } = maximizeGroupedAssignment(edges, "gold and predicted spans");
  return pairs.map(({ row, column }) => ({ gold: row, predicted: column })).sort((a, b) => a.gold - b.gold);
}

/**
 * The (gold, predicted) index pairs of spans that share a character, in one sweep over the
 * starts: each span meets only the spans of the other list still open where it starts, and a
 * span is dropped from the open ones the first time it is met closed. So the work is the sort
 * plus the pairs found, not gold × predicted. Empty spans share no character and are skipped.
 */
function* overlappingPairs(
  gold: readonly Offsets[],
  predicted: readonly Offsets[],
  candidates: readonly number[],
): Generator<[number, number]> {
  const starts = [
    ...gold.flatMap((span, i) => (span.end > span.start ? [{ gold: true, i, span }] : [])),
    ...candidates.flatMap((i) => {
      const span = predicted[i];
      return span && span.end > span.start ? [{ gold: false, i, span }] : [];
    }),
  ].sort((a, b) => a.span.start - b.span.start);
  let openGold: number[] = [];
  let openPredicted: number[] = [];
  for (const { gold: isGold, i, span } of starts) {
    if (isGold) {
      openPredicted = openPredicted.filter((p) => predicted[p]!.end > span.start);
      for (const p of openPredicted) yield [i, p];
      openGold.push(i);
    } else {
      openGold = openGold.filter((g) => gold[g]!.end > span.start);
      for (const g of openGold) yield [g, i];
      openPredicted.push(i);
    }
  }
}

/**
 * The indices of the predicted spans, keeping at most `limit` copies of identical offsets:
 * with `limit` gold spans no more copies can be matched, and copies are interchangeable.
 */
function interchangeableCopiesDropped(predicted: readonly Offsets[], limit: number): number[] {
  const copies = new Map<string, number>();
  const kept: number[] = [];
  predicted.forEach((span, p) => {
    const key = spanKey(span);
    const count = copies.get(key) ?? 0;
    copies.set(key, count + 1);
    if (count < limit) kept.push(p);
  });
  return kept;
}
