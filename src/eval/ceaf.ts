/**
 * CEAF-m and CEAF-e (Luo, 2005), as the CoNLL-2012 reference scorer computes them.
 * @module
 */

import { alignDocument, type Chains, type Cluster, mentionCount } from "./align.js";
import { type Edge, maximizeGroupedAssignment } from "./grouped-assignment.js";
import { type MetricCounts, type PRF, prfFromCounts, sharedCounts } from "./prf.js";

/**
 * CEAF-m (Luo, 2005), mention-based: the optimal one-to-one entity alignment scored by
 * the number of shared mentions. Recall and precision are at most 1: a key cluster may not list
 * a mention twice (the reference scorer would count it at each position).
 *
 * @param key - The gold clusters of one document.
 * @param response - The system clusters of the same document.
 * @returns Recall, precision and F1 (0 when a denominator is 0).
 * @throws {RangeError} If a key cluster lists a mention twice, the response repeats more than
 *   `MAX_REPEATED_RESPONSE_MENTIONS` mentions, or a group of linked clusters is too large to
 *   align (`MAX_ASSIGNMENT_CELLS`).
 * @example
 * ```ts
 * ceafm([["a", "b", "c"]], [["a", "b"], ["c"]]); // { recall: 0.667, precision: 0.667, f1: 0.667 }
 * ```
 */
export function ceafm(key: readonly Cluster[], response: readonly Cluster[]): PRF {
  const aligned = alignDocument(key, response);
  return prfFromCounts(ceafCounts(aligned.key, aligned.response, "mention"));
}

/**
 * CEAF-e (Luo, 2005), entity-based: the optimal one-to-one entity alignment scored by
 * φ4 = 2·|K∩R| / (|K| + |R|).
 *
 * @param key - The gold clusters of one document.
 * @param response - The system clusters of the same document.
 * @returns Recall, precision and F1 (0 when a denominator is 0).
 * @throws {RangeError} If a key cluster lists a mention twice, the response repeats more than
 *   `MAX_REPEATED_RESPONSE_MENTIONS` mentions, or a group of linked clusters is too large to
 *   align (`MAX_ASSIGNMENT_CELLS`).
 * @example
 * ```ts
 * ceafe([["a", "b", "c"]], [["a", "b"], ["c"]]); // { recall: 0.8, precision: 0.4, f1: 0.533 }
 * ```
 */
export function ceafe(key: readonly Cluster[], response: readonly Cluster[]): PRF {
  const aligned = alignDocument(key, response);
  return prfFromCounts(ceafCounts(aligned.key, aligned.response, "entity"));
}

/**
 * CEAF with mention-based (φ3) or entity-based (φ4) similarity: the best one-to-one alignment
 * of key and response chains. The scorer runs Munkres on the whole (padded) matrix; since
 * similarities are ≥ 0 and unrelated chains score 0, solving each group of chains linked by
 * shared mentions separately gives the same optimum.
 */
export function ceafCounts(key: Chains, response: Chains, similarity: "mention" | "entity"): MetricCounts {
  const edges: Edge[] = [];
  for (const [keyChain, row] of sharedMentionCounts(key, response)) {
    for (const [responseChain, count] of row) {
      const total = (key[keyChain]?.length ?? 0) + (response[responseChain]?.length ?? 0);
      const score = similarity === "mention" ? count : (2 * count) / total;
      edges.push({ row: keyChain, column: responseChain, similarity: score });
    }
  }
  const { totalSimilarity } = maximizeGroupedAssignment(edges, "key and response clusters");
  const size = similarity === "mention" ? mentionCount : nonEmptyChainCount;
  return sharedCounts(totalSimilarity, size(key), size(response));
}

/**
 * For each key chain, how many of its mentions (counting repeats, as the scorer does) each
 * response chain contains; pairs sharing nothing are absent.
 */
function sharedMentionCounts(key: Chains, response: Chains): Map<number, Map<number, number>> {
  const responseChainsOf = new Map<number, Set<number>>(); // an id may be in several chains
  response.forEach((chain, responseChain) => {
    for (const id of chain) {
      const chains = responseChainsOf.get(id) ?? new Set<number>();
      chains.add(responseChain);
      responseChainsOf.set(id, chains);
    }
  });
  const shared = new Map<number, Map<number, number>>();
  key.forEach((chain, keyChain) => {
    const row = new Map<number, number>();
    for (const id of chain) {
      for (const responseChain of responseChainsOf.get(id) ?? []) {
        row.set(responseChain, (row.get(responseChain) ?? 0) + 1);
      }
    }
    if (row.size > 0) shared.set(keyChain, row);
  });
  return shared;
}

function nonEmptyChainCount(chains: Chains): number {
  return chains.filter((chain) => chain.length > 0).length;
}
