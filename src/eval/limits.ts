/**
 * The limits that keep scoring bounded in time and memory, and the error that reports them.
 * @module
 */

/**
 * Why a scorer refused its input: repeated mentions (more in the responses than the reference
 * scorer accepts, or one listed twice in a key cluster), or a problem too large to solve.
 */
export type ScoringLimit = "repeated-mentions" | "assignment-size" | "blanc-repeats";

/**
 * Raised when a scorer refuses its input instead of spending unbounded time or memory on it
 * (or, for repeated mentions, as the reference scorer refuses, and for a key cluster listing a
 * mention twice, which it would score above 1). A `RangeError`, so callers
 * that caught the scorers' refusals before keep catching them.
 */
export class ScoringLimitError extends RangeError {
  override name = "ScoringLimitError";
  /** Which limit was exceeded. */
  readonly limit: ScoringLimit;

  /**
   * @param limit - Which limit was exceeded.
   * @param message - What was found and what the limit is.
   */
  constructor(limit: ScoringLimit, message: string) {
    super(message);
    this.limit = limit;
  }
}

/**
 * The largest group an optimal one-to-one assignment is computed on: a group is the key and
 * response clusters (or gold and predicted spans) linked by shared mentions (or overlaps).
 * The solver takes about rows² × columns steps (rows the smaller side) on rows × columns cells.
 */
export const MAX_ASSIGNMENT_CELLS = 4_000_000;
/** See {@link MAX_ASSIGNMENT_CELLS}: the most rows² × columns steps a group may take. */
export const MAX_ASSIGNMENT_STEPS = 400_000_000;

/**
 * BLANC with mentions repeated in a partition pairs each repeated mention with every other
 * mention; the count of repeated mentions × all mentions may not exceed this.
 */
export const MAX_BLANC_REPEAT_PAIRS = 50_000_000;

/** Most predicted items per layer (`mentions`, `claims`, `times`) that are scored. */
export const MAX_PREDICTED_ITEMS = 100_000;
