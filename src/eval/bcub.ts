/**
 * B³ (Bagga and Baldwin, 1998), as the CoNLL-2012 reference scorer computes it.
 * @module
 */

import { alignDocument, type Chains, chainIndexOf, type Cluster, mentionCount } from "./align.js";
import { type MetricCounts, type PRF, prfFromCounts } from "./prf.js";

/**
 * B³ (Bagga and Baldwin, 1998): per-mention recall and precision, averaged over mentions.
 *
 * @param key - The gold clusters of one document.
 * @param response - The system clusters of the same document.
 * @returns Recall, precision and F1 (0 when a denominator is 0).
 * @throws {RangeError} If a key cluster lists a mention twice, or the response repeats more than
 *   `MAX_REPEATED_RESPONSE_MENTIONS` mentions.
 * @example
 * ```ts
 * bcub([["a", "b"]], [["a"], ["b"]]); // { recall: 0.5, precision: 1, f1: 0.667 }
 * ```
 */
export function bcub(key: readonly Cluster[], response: readonly Cluster[]): PRF {
  const aligned = alignDocument(key, response);
  return prfFromCounts(bcubCounts(aligned.key, aligned.response));
}

/**
 * B³ counts on aligned chains. As in the scorer, both sums run over response mentions only: a
 * key mention missing from the response adds nothing to the recall numerator, a response-only
 * mention adds 0 to the precision numerator. The overlap of a response chain with a key chain
 * counts the chain's positions whose id is in the key chain.
 */
export function bcubCounts(key: Chains, response: Chains): MetricCounts {
  const keyChainOf = chainIndexOf(key);
  const keyChainsOfId = new Map<number, Set<number>>(); // with repeats an id is in several
  key.forEach((chain, keyChain) => {
    for (const id of chain) {
      const chains = keyChainsOfId.get(id) ?? new Set<number>();
      chains.add(keyChain);
      keyChainsOfId.set(id, chains);
    }
  });
  let recallSum = 0;
  let precisionSum = 0;
  for (const chain of response) {
    const shared = new Map<number, number>();
    for (const id of chain) {
      for (const keyChain of keyChainsOfId.get(id) ?? []) shared.set(keyChain, (shared.get(keyChain) ?? 0) + 1);
    }
    for (const id of chain) {
      const keyChain = keyChainOf.get(id);
      if (keyChain === undefined) continue; // no key chain: overlap 0
      const keySize = key[keyChain]?.length ?? 0;
      const overlap = shared.get(keyChain) ?? 0;
      if (keySize === 0) continue;
      precisionSum += overlap / chain.length;
      recallSum += overlap / keySize;
    }
  }
  return {
    recallNumerator: recallSum,
    recallDenominator: mentionCount(key),
    precisionNumerator: precisionSum,
    precisionDenominator: mentionCount(response),
  };
}
