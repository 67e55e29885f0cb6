import type { ArticleOf } from "../../types.js";
import { matchSpans } from "../matching.js";
import type { Predictions } from "../predictions.js";
import { sameValue } from "../times.js";
import type { SpanReader } from "./context.js";
import type { TimeErrors, TimeRef } from "./types.js";

/**
 * The time errors, from the overlap pairing the time scores use: unpaired expressions on either
 * side, and pairs whose predicted value disagrees with the gold value.
 */
export function timeErrors(predictions: Predictions, doc: ArticleOf, read: SpanReader): TimeErrors {
  // Fields written out rather than spread (see "Code" in CONTRIBUTING.md).
  const gold: TimeRef[] = doc.times.map((t, index) => {
    const { start, end, text, sentence } = read(t.span);
    return { start, end, text, sentence, index, timeId: t.id, value: t.value };
  });
  const predicted: TimeRef[] = (predictions.times ?? []).map((t, index) => {
    const { start, end, text, sentence } = read(t);
    return t.value === undefined
      ? { start, end, text, sentence, index }
      : { start, end, text, sentence, index, value: t.value };
  });
  const pairs = matchSpans(gold, predicted, "overlap");
  const pairedGold = new Set(pairs.map((p) => p.gold));
  const pairedPredicted = new Set(pairs.map((p) => p.predicted));
  return {
    missed: gold.filter((_, i) => !pairedGold.has(i)).map((t) => ({ gold: t })),
    spurious: predicted.filter((_, i) => !pairedPredicted.has(i)).map((t) => ({ predicted: t })),
    value: pairs.flatMap(({ gold: g, predicted: p }) => {
      const value = predicted[p]!.value;
      return value === undefined || sameValue(gold[g]!.value!, value)
        ? []
        : [{ gold: gold[g]!, predicted: predicted[p]! }];
    }),
  };
}
