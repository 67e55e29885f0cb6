import { type PRF, prfFromCounts } from "./coreference.js";
import { maximizeAssignment } from "./hungarian.js";

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

const overlapLength = (a: Offsets, b: Offsets) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Matches gold and predicted spans one to one. Exact mode pairs identical offsets; overlap mode
 * pairs spans that share at least one character, choosing the pairing with the most shared
 * characters overall (an optimal assignment, so one long prediction cannot claim two golds).
 *
 * @param gold - Gold spans.
 * @param predicted - Predicted spans.
 * @param mode - `"exact"` or `"overlap"`.
 * @param compatible - Optional extra condition a pair must meet (e.g. the same entity type).
 * @returns The matched pairs.
 * @example
 * ```ts
 * matchSpans([{ start: 0, end: 5 }], [{ start: 2, end: 9 }], "overlap"); // [{ gold: 0, predicted: 0 }]
 * ```
 */
export function matchSpans(
  gold: readonly Offsets[],
  predicted: readonly Offsets[],
  mode: MatchMode,
  compatible: (gold: number, predicted: number) => boolean = () => true,
): MatchedPair[] {
  const score = (g: number, p: number): number => {
    if (!compatible(g, p)) return 0;
    const a = gold[g]!;
    const b = predicted[p]!;
    if (mode === "exact") return a.start === b.start && a.end === b.end ? 1 : 0;
    return overlapLength(a, b);
  };
  const similarity = gold.map((_, g) => predicted.map((_, p) => score(g, p)));
  const { rowToColumn } = maximizeAssignment(similarity);
  const pairs: MatchedPair[] = [];
  rowToColumn.forEach((p, g) => {
    if (p >= 0 && similarity[g]![p]! > 0) pairs.push({ gold: g, predicted: p });
  });
  return pairs;
}

/**
 * Recall, precision and F1 from a count of matches.
 *
 * @example
 * ```ts
 * prfFromMatches(3, 4, 6); // { recall: 0.75, precision: 0.5, f1: 0.6 }
 * ```
 */
export function prfFromMatches(matched: number, goldCount: number, predictedCount: number): PRF {
  return prfFromCounts({
    recallNumerator: matched,
    recallDenominator: goldCount,
    precisionNumerator: matched,
    precisionDenominator: predictedCount,
  });
}
