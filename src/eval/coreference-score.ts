import { groupBy } from "../query/collections.js";
import type { ArticleOf } from "../types.js";
import type { Cluster } from "./align.js";
import { type CorefScores, scoreClusters } from "./coreference.js";
import { spanKey } from "./mention-key.js";
import type { Predictions } from "./predictions.js";

/** The article's coreference chains: the mentions of each entity, as mention keys `start-end`. */
export function goldClusters(doc: ArticleOf): Cluster[] {
  return [...groupBy(doc.mentions, (m) => [m.entityId]).values()].map((chain) => chain.map((m) => spanKey(m.span)));
}

/** The predicted chains: mentions grouped by `cluster`; a mention without one is a singleton. */
export function predictedClusters(predictions: Predictions): Cluster[] {
  const mentions = predictions.mentions ?? [];
  const chains = groupBy(
    mentions.filter((m) => m.cluster !== undefined),
    (m) => [m.cluster!],
  );
  const singletons = mentions.filter((m) => m.cluster === undefined).map((m) => [m]);
  return [...chains.values(), ...singletons].map((chain) => chain.map(spanKey));
}

/**
 * Scores predicted coreference against the article's chains with the CoNLL-2012 reference
 * scorer's definitions: MUC, B³, CEAF-m, CEAF-e, BLANC and the CoNLL average. Mentions are
 * identified by their exact offsets, as in the reference scorer.
 *
 * @param predictions - Checked predictions with `cluster` labels on their mentions.
 * @param doc - The gold article.
 * @returns Every metric's recall, precision and F1.
 * @example
 * ```ts
 * import { article } from "kim-shoigu-2023";
 * import { goldAsPredictions, scoreCoreference } from "kim-shoigu-2023/eval";
 * scoreCoreference(goldAsPredictions(article), article).conll.f1; // 1
 * ```
 */
export function scoreCoreference(predictions: Predictions, doc: ArticleOf): CorefScores {
  return scoreClusters(goldClusters(doc), predictedClusters(predictions));
}
