import type { ArticleOf } from "../../types.js";
import type { Range } from "../../schema/walk.js";
import { matchSpans } from "../matching.js";
import type { Predictions } from "../predictions.js";
import type { SpanReader } from "./context.js";
import type { GoldMentionRef, MentionErrors, PredictedMentionRef } from "./types.js";

/** The gold and predicted mentions of an article as error references. */
export function mentionRefs(predictions: Predictions, doc: ArticleOf, read: SpanReader) {
  const typeOf = new Map(doc.entities.map((e) => [e.id, e.type]));
  // Fields written out rather than spread (see "Code" in CONTRIBUTING.md).
  const gold: GoldMentionRef[] = doc.mentions.map((m) => {
    const { start, end, text, sentence } = read(m.span);
    return { start, end, text, sentence, mentionId: m.id, entityId: m.entityId, type: typeOf.get(m.entityId)! };
  });
  const predicted: PredictedMentionRef[] = (predictions.mentions ?? []).map((m, index) => {
    const { start, end, text, sentence } = read(m);
    const ref: { -readonly [K in keyof PredictedMentionRef]: PredictedMentionRef[K] } = {
      start,
      end,
      text,
      sentence,
      index,
    };
    if (m.type !== undefined) ref.type = m.type;
    if (m.cluster !== undefined) ref.cluster = m.cluster;
    return ref;
  });
  return { gold, predicted };
}

/**
 * Pairs gold and predicted spans for the error lists: exact pairs first, then the optimal overlap
 * pairing of the spans left over. The overlap pairing of the scores alone may pair a prediction
 * with a gold span that merely contains it although another gold span equals it (nested mentions
 * tie on shared characters); pairing exact spans first keeps every exact match a match, so
 * `missed` + `boundary` are exactly the gold mentions without an exact match.
 */
export function pairExactFirst(gold: readonly Range[], predicted: readonly Range[]) {
  const exact = matchSpans(gold, predicted, "exact");
  const [exactGold, exactPredicted] = [new Set(exact.map((p) => p.gold)), new Set(exact.map((p) => p.predicted))];
  const restGold = gold.flatMap((_, i) => (exactGold.has(i) ? [] : [i]));
  const restPredicted = predicted.flatMap((_, i) => (exactPredicted.has(i) ? [] : [i]));
  const rest = matchSpans(
    restGold.map((i) => gold[i]!),
    restPredicted.map((i) => predicted[i]!),
    "overlap",
  );
  const boundary = rest.map((p) => ({ gold: restGold[p.gold]!, predicted: restPredicted[p.predicted]! }));
  return { exact, boundary };
}

/**
 * The mention errors: `missed` and `spurious` are the gold and predicted mentions left unpaired
 * (see {@link pairExactFirst}), `boundary` the pairs that only overlap, `type` the exact pairs
 * whose predicted type is not the gold type.
 */
export function mentionErrors(
  gold: readonly GoldMentionRef[],
  predicted: readonly PredictedMentionRef[],
): MentionErrors {
  const { exact, boundary } = pairExactFirst(gold, predicted);
  const pairedGold = new Set([...exact, ...boundary].map((p) => p.gold));
  const pairedPredicted = new Set([...exact, ...boundary].map((p) => p.predicted));
  return {
    missed: gold.flatMap((g, i) => (pairedGold.has(i) ? [] : [{ gold: g }])),
    spurious: predicted.flatMap((p, i) => (pairedPredicted.has(i) ? [] : [{ predicted: p }])),
    boundary: boundary.map((p) => ({ gold: gold[p.gold]!, predicted: predicted[p.predicted]! })),
    type: exact.flatMap(({ gold: g, predicted: p }) => {
      const type = predicted[p]!.type;
      return type === undefined || type === gold[g]!.type ? [] : [{ gold: gold[g]!, predicted: predicted[p]! }];
    }),
  };
}
