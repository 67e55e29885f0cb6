import type { ArticleOf } from "../types.js";
import { matchSpans } from "./matching.js";
import { prfFromMatches } from "./prf.js";
import type { MatchScores } from "./mentions.js";
import type { Predictions } from "./predictions.js";

/** Time expression scores: detection, and agreement of values on the matched expressions. */
export interface TimeScores extends MatchScores {
  /** Overlap-matched expressions whose prediction carries a value. */
  readonly valuesCompared: number;
  /** Share of those whose value equals the gold value, in [0, 1]. */
  readonly valueAccuracy: number;
  /**
   * Ids of gold expressions whose predicted value misses the gold value but equals what the text
   * literally says (the gold `literal`, e.g. "0700EST" read as UTC−05:00): counted wrong, reported here.
   */
  readonly literalReadings: readonly string[];
}

/**
 * Whether two ISO 8601 time values agree: the same string, or two date-times naming the same
 * instant ("2023-07-27T20:00+09:00" and "2023-07-27T11:00Z").
 *
 * @example
 * ```ts
 * sameValue("2023-07-27T20:00+09:00", "2023-07-27T11:00Z"); // true
 * ```
 */
export function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.includes("T") || !b.includes("T") || a.includes("/") || b.includes("/")) return false;
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return !Number.isNaN(x) && x === y;
}

/**
 * Scores predicted time expressions: detection precision, recall and F1 (exact and overlap),
 * and the accuracy of ISO 8601 values on the overlap-matched expressions.
 *
 * @param predictions - Checked predictions with `times`.
 * @param doc - The gold article.
 * @returns Detection scores and value accuracy.
 * @example
 * ```ts
 * import { article } from "kim-shoigu-2023";
 * import { goldAsPredictions, scoreTimes } from "kim-shoigu-2023/eval";
 * scoreTimes(goldAsPredictions(article), article).valueAccuracy; // 1
 * ```
 */
export function scoreTimes(predictions: Predictions, doc: ArticleOf): TimeScores {
  const gold = doc.times.map((t) => ({
    id: t.id,
    start: t.span.start,
    end: t.span.end,
    value: t.value,
    literal: t.literal,
  }));
  const predicted = predictions.times ?? [];
  const exact = matchSpans(gold, predicted, "exact");
  const overlap = matchSpans(gold, predicted, "overlap");
  const valued = overlap.filter((pair) => predicted[pair.predicted]!.value !== undefined);
  const agreeing = valued.filter((pair) => sameValue(gold[pair.gold]!.value, predicted[pair.predicted]!.value!)).length;
  const literal = valued.filter(({ gold: g, predicted: p }) => {
    const { value, literal: words } = gold[g]!;
    return words !== undefined && !sameValue(value, predicted[p]!.value!) && sameValue(words, predicted[p]!.value!);
  });
  return {
    exact: prfFromMatches(exact.length, gold.length, predicted.length),
    overlap: prfFromMatches(overlap.length, gold.length, predicted.length),
    valuesCompared: valued.length,
    valueAccuracy: valued.length ? agreeing / valued.length : 0,
    literalReadings: literal.map(({ gold: g }) => gold[g]!.id),
  };
}
