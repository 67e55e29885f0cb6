/**
 * MUC (Vilain et al., 1995), as the CoNLL-2012 reference scorer computes it.
 * @module
 */

import { alignDocument, type Chains, chainIndexOf, type Cluster } from "./align.js";
import { type MetricCounts, type PRF, prfFromCounts, sharedCounts } from "./prf.js";

/**
 * MUC (Vilain et al., 1995): recall and precision of coreference links.
 *
 * @param key - The gold clusters of one document.
 * @param response - The system clusters of the same document.
 * @returns Recall, precision and F1 (0 when a denominator is 0).
 * @throws {RangeError} If a key cluster lists a mention twice, or the response repeats more than
 *   `MAX_REPEATED_RESPONSE_MENTIONS` mentions.
 * @example
 * ```ts
 * muc([["0-1", "3-6"]], [["0-1", "3-6", "9-9"]]); // { recall: 1, precision: 0.5, f1: 0.667 }
 * ```
 */
export function muc(key: readonly Cluster[], response: readonly Cluster[]): PRF {
  const aligned = alignDocument(key, response);
  return prfFromCounts(mucCounts(aligned.key, aligned.response));
}

/**
 * MUC counts on aligned chains. The scorer passes MUC the response after adding missed key
 * mentions as singletons and dropping response-only singletons; singletons have no links, so
 * the aligned chains give the same counts. A response mention contributes a correct link when
 * a later mention of its chain is in the same key chain: per (response chain, key chain) pair
 * that is every mention but the last, so the count is linear in the mentions.
 */
export function mucCounts(key: Chains, response: Chains): MetricCounts {
  const keyChainOf = chainIndexOf(key);
  let correctLinks = 0;
  for (const chain of response) {
    const perKeyChain = new Map<number, number>();
    for (const id of chain) {
      const keyChain = keyChainOf.get(id);
      if (keyChain !== undefined) perKeyChain.set(keyChain, (perKeyChain.get(keyChain) ?? 0) + 1);
    }
    for (const count of perKeyChain.values()) correctLinks += count - 1;
  }
  const links = (chains: Chains): number => chains.reduce((sum, chain) => sum + Math.max(chain.length - 1, 0), 0);
  return sharedCounts(correctLinks, links(key), links(response));
}
