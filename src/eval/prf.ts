/**
 * Recall, precision and F1: the shared result type of every scorer, and how counts become it.
 * @module
 */

/** Recall, precision and F1, as fractions in [0, 1]. */
export interface PRF {
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
}

/** Numerators and denominators of recall and precision, summed over documents. */
export interface MetricCounts {
  readonly recallNumerator: number;
  readonly recallDenominator: number;
  readonly precisionNumerator: number;
  readonly precisionDenominator: number;
}

/** Counts of zero, the start of a sum. */
export const ZERO_COUNTS: MetricCounts = {
  recallNumerator: 0,
  recallDenominator: 0,
  precisionNumerator: 0,
  precisionDenominator: 0,
};

/** Adds two sets of counts. */
export function addCounts(a: MetricCounts, b: MetricCounts): MetricCounts {
  return {
    recallNumerator: a.recallNumerator + b.recallNumerator,
    recallDenominator: a.recallDenominator + b.recallDenominator,
    precisionNumerator: a.precisionNumerator + b.precisionNumerator,
    precisionDenominator: a.precisionDenominator + b.precisionDenominator,
  };
}

/** Counts where recall and precision share one numerator (matches, links, similarity). */
export function sharedCounts(shared: number, inKey: number, inResponse: number): MetricCounts {
  return {
    recallNumerator: shared,
    recallDenominator: inKey,
    precisionNumerator: shared,
    precisionDenominator: inResponse,
  };
}

/**
 * Turns counts into scores the way the reference scorer does: a ratio with a zero denominator
 * is 0, and F1 is 0 when recall + precision is 0.
 *
 * @param counts - Numerators and denominators of recall and precision.
 * @returns Recall, precision and F1.
 * @example
 * ```ts
 * prfFromCounts({ recallNumerator: 1, recallDenominator: 3, precisionNumerator: 1, precisionDenominator: 1 });
 * // { recall: 0.333, precision: 1, f1: 0.5 }
 * ```
 */
export function prfFromCounts(counts: MetricCounts): PRF {
  const recall = ratio(counts.recallNumerator, counts.recallDenominator);
  const precision = ratio(counts.precisionNumerator, counts.precisionDenominator);
  return { recall, precision, f1: harmonicMean(recall, precision) };
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
  return prfFromCounts(sharedCounts(matched, goldCount, predictedCount));
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function harmonicMean(recall: number, precision: number): number {
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}
