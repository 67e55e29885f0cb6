import type { ArticleOf } from "../types.js";
import { type Cluster, type CorefScores, scoreClusters } from "./coreference.js";
import type { Predictions } from "./predictions.js";

const keyOf = (span: { start: number; end: number }) => `${span.start}-${span.end}`;

/** The article's coreference chains: the mentions of each entity, as mention keys `start-end`. */
export function goldClusters(doc: ArticleOf): Cluster[] {
  const chains = new Map<string, string[]>();
  for (const m of doc.mentions) {
    const chain = chains.get(m.entityId);
    if (chain) chain.push(keyOf(m.span));
    else chains.set(m.entityId, [keyOf(m.span)]);
  }
  return [...chains.values()];
}

/** The predicted chains: mentions grouped by `cluster`; a mention without one is a singleton. */
export function predictedClusters(predictions: Predictions): Cluster[] {
  const chains = new Map<string, string[]>();
  const singletons: string[][] = [];
  for (const m of predictions.mentions ?? []) {
    if (m.cluster === undefined) {
      singletons.push([keyOf(m)]);
      continue;
    }
    const chain = chains.get(m.cluster);
    if (chain) chain.push(keyOf(m));
    else chains.set(m.cluster, [keyOf(m)]);
  }
  return [...chains.values(), ...singletons];
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
