/**
 * BLANC (Recasens and Hovy, 2011; Luo et al., 2014), as the CoNLL-2012 reference scorer
 * computes it, from chain sizes and overlaps instead of listing the quadratic link sets.
 * @module
 */

import { alignDocument, type Chains, chainIndexOf, type Cluster } from "./align.js";
import { MAX_BLANC_REPEAT_PAIRS, ScoringLimitError } from "./limits.js";
import { type MetricCounts, type PRF, prfFromCounts, sharedCounts } from "./prf.js";

/** BLANC's counts: one set for coreference links, one for non-coreference links. */
export interface BlancCounts {
  readonly coreference: MetricCounts;
  readonly nonCoreference: MetricCounts;
}

/**
 * BLANC (Recasens and Hovy, 2011), generalised to system mentions (Luo et al., 2014): the mean
 * of the scores on coreference links and on non-coreference links. When the key has only one
 * kind of link, only that kind is scored; with no key links at all, everything is 0.
 *
 * @param key - The gold clusters of one document.
 * @param response - The system clusters of the same document.
 * @returns Recall, precision and F1.
 * @throws {RangeError} If a key cluster lists a mention twice, or the response repeats more than
 *   `MAX_REPEATED_RESPONSE_MENTIONS` mentions.
 * @example
 * ```ts
 * // Coreference links: R 1/1, P 1/3; non-coreference links: R 0/2, P 0/0.
 * blanc([["a", "b"], ["c"]], [["a", "b", "c"]]); // { recall: 0.5, precision: 0.1667, f1: 0.25 }
 * ```
 */
export function blanc(key: readonly Cluster[], response: readonly Cluster[]): PRF {
  const aligned = alignDocument(key, response);
  return blancFromCounts(blancCounts(aligned.key, aligned.response));
}

/**
 * Turns BLANC counts into scores as the reference scorer does (`ComputeBLANCFromCounts`):
 * the mean of the coreference-link and non-coreference-link scores; if the key has no links of
 * one kind, the scores of the other kind alone; if it has no links at all, zeros.
 *
 * @param counts - The coreference and non-coreference link counts.
 * @returns Recall, precision and F1.
 * @example
 * ```ts
 * const link = (n: number, k: number, r: number) =>
 *   ({ recallNumerator: n, recallDenominator: k, precisionNumerator: n, precisionDenominator: r });
 * blancFromCounts({ coreference: link(1, 1, 3), nonCoreference: link(0, 2, 0) });
 * // { recall: 0.5, precision: 0.1667, f1: 0.25 }
 * ```
 */
export function blancFromCounts(counts: BlancCounts): PRF {
  const coreference = prfFromCounts(counts.coreference);
  const nonCoreference = prfFromCounts(counts.nonCoreference);
  const hasKeyCoreferenceLinks = counts.coreference.recallDenominator !== 0;
  const hasKeyNonCoreferenceLinks = counts.nonCoreference.recallDenominator !== 0;
  if (!hasKeyCoreferenceLinks && !hasKeyNonCoreferenceLinks) {
    return { recall: 0, precision: 0, f1: 0 };
  }
  if (!hasKeyCoreferenceLinks) return nonCoreference;
  if (!hasKeyNonCoreferenceLinks) return coreference;
  return {
    recall: (coreference.recall + nonCoreference.recall) / 2,
    precision: (coreference.precision + nonCoreference.precision) / 2,
    f1: (coreference.f1 + nonCoreference.f1) / 2,
  };
}

/**
 * BLANC link counts on aligned chains. The scorer's links are unordered pairs of mention ids
 * held in sets: a coreference link joins two positions of one chain, a non-coreference link
 * joins mentions of two different chains; only mentions present in a partition produce its
 * links. Listing them is quadratic; the counts follow from chain sizes and overlaps instead,
 * and only pairs involving a mention repeated in a partition are checked one by one.
 *
 * @throws {ScoringLimitError} When those pairs exceed {@link MAX_BLANC_REPEAT_PAIRS}.
 */
export function blancCounts(key: Chains, response: Chains): BlancCounts {
  const keyChains = chainsOfId(key);
  const responseChains = chainsOfId(response);
  const keyLinks = partitionLinks(keyChains);
  const responseLinks = partitionLinks(responseChains);

  const repeated = new Set<number>();
  for (const chainsOf of [keyChains, responseChains]) {
    for (const [id, chains] of chainsOf) if (chains.length > 1) repeated.add(id);
  }
  const inBoth = (id: number) => keyChains.has(id) && responseChains.has(id);
  const plain = (chains: Chains) => chains.map((chain) => chain.filter((id) => inBoth(id) && !repeated.has(id)));
  const shared = sharedLinksFromOverlaps(plain(key), plain(response));

  // Pairs with a mention repeated in one partition and present in both: checked one by one.
  const both = [...keyChains.keys()].filter(inBoth).sort((a, b) => a - b);
  const repeatedInBoth = both.filter((id) => repeated.has(id));
  checkPairs(repeatedInBoth.length * both.length);
  for (const a of repeatedInBoth) {
    for (const b of both) {
      if (b < a && repeated.has(b)) continue; // that pair was counted from b's side
      const inKey = linkKinds(keyChains.get(a), keyChains.get(b), a === b);
      const inResponse = linkKinds(responseChains.get(a), responseChains.get(b), a === b);
      if (inKey.coreference && inResponse.coreference) shared.coreference++;
      if (inKey.nonCoreference && inResponse.nonCoreference) shared.nonCoreference++;
    }
  }
  return {
    coreference: sharedCounts(shared.coreference, keyLinks.coreference, responseLinks.coreference),
    nonCoreference: sharedCounts(shared.nonCoreference, keyLinks.nonCoreference, responseLinks.nonCoreference),
  };
}

function checkPairs(pairs: number): void {
  if (pairs > MAX_BLANC_REPEAT_PAIRS) {
    throw new ScoringLimitError(
      "blanc-repeats",
      `BLANC: mentions repeated in a partition make ${pairs} pairs to check, more than ${MAX_BLANC_REPEAT_PAIRS}`,
    );
  }
}

/** For each id, the chain of each of its positions (a chain twice when the id repeats in it). */
function chainsOfId(chains: Chains): Map<number, number[]> {
  const of = new Map<number, number[]>();
  chains.forEach((chain, c) => {
    for (const id of chain) {
      const list = of.get(id);
      if (list === undefined) of.set(id, [c]);
      else list.push(c);
    }
  });
  return of;
}

/** Numbers of coreference and non-coreference links. */
interface LinkTotals {
  coreference: number;
  nonCoreference: number;
}

/**
 * The size of a partition's link sets. Ids in one chain only pair up within it; an id in
 * several chains (a repeat) is non-coreferent with every id and itself, and coreferent with
 * the ids of its chains, which are counted by visiting those chains.
 */
function partitionLinks(chainsOf: Map<number, number[]>): LinkTotals {
  const singleChainIds = new Map<number, number>(); // chain → ids found in that chain only
  const multiChainIds = new Map<number, Set<number>>(); // id in several chains → its chains
  const multiInChain = new Map<number, number[]>(); // chain → its multi-chain ids
  let selfCoreference = 0;
  for (const [id, chains] of chainsOf) {
    const distinct = new Set(chains);
    if (distinct.size < chains.length) selfCoreference++;
    const [only] = distinct;
    if (distinct.size === 1 && only !== undefined) {
      singleChainIds.set(only, (singleChainIds.get(only) ?? 0) + 1);
    } else {
      multiChainIds.set(id, distinct);
      for (const c of distinct) {
        const list = multiInChain.get(c);
        if (list === undefined) multiInChain.set(c, [id]);
        else list.push(id);
      }
    }
  }
  let withinChains = 0;
  for (const count of singleChainIds.values()) withinChains += pairCount(count);
  let work = 0;
  for (const chains of multiChainIds.values()) for (const c of chains) work += multiInChain.get(c)?.length ?? 0;
  checkPairs(work);
  let withMulti = 0;
  for (const [a, chains] of multiChainIds) {
    const partners = new Set<number>();
    for (const c of chains) {
      withMulti += singleChainIds.get(c) ?? 0;
      for (const b of multiInChain.get(c) ?? []) if (b > a) partners.add(b);
    }
    withMulti += partners.size;
  }
  return {
    coreference: withinChains + withMulti + selfCoreference,
    nonCoreference: pairCount(chainsOf.size) - withinChains + multiChainIds.size,
  };
}

interface LinkKinds {
  readonly coreference: boolean;
  readonly nonCoreference: boolean;
}

/** Which links the pair {a, b} forms in one partition, given the chains of each position. */
function linkKinds(a: readonly number[] | undefined, b: readonly number[] | undefined, self: boolean): LinkKinds {
  if (a === undefined || b === undefined) return { coreference: false, nonCoreference: false };
  if (self) {
    const distinct = new Set(a);
    return { coreference: distinct.size < a.length, nonCoreference: distinct.size > 1 };
  }
  const inA = new Set(a);
  const coreference = b.some((c) => inA.has(c));
  // Some position of a and some of b in different chains: false only if both sit in one chain.
  const nonCoreference = !(inA.size === 1 && b.every((c) => inA.has(c)));
  return { coreference, nonCoreference };
}

/**
 * Shared links from key/response chain overlaps, valid when every id occurs once in each
 * partition. A pair of shared mentions is a correct non-coreference link when it is split in
 * both partitions: all pairs − same key chain − same response chain + same both.
 */
function sharedLinksFromOverlaps(key: Chains, response: Chains): LinkTotals {
  const responseChainOf = chainIndexOf(response);
  const overlapSizes = new Map<number, number>(); // keyChain · |response| + responseChain → size
  const sharedPerKeyChain = key.map(() => 0);
  const sharedPerResponseChain = response.map(() => 0);
  let sharedMentions = 0;
  key.forEach((chain, keyChain) => {
    for (const id of chain) {
      const responseChain = responseChainOf.get(id);
      if (responseChain === undefined) continue;
      const cell = keyChain * response.length + responseChain;
      overlapSizes.set(cell, (overlapSizes.get(cell) ?? 0) + 1);
      sharedPerKeyChain[keyChain] = (sharedPerKeyChain[keyChain] ?? 0) + 1;
      sharedPerResponseChain[responseChain] = (sharedPerResponseChain[responseChain] ?? 0) + 1;
      sharedMentions++;
    }
  });
  const pairsWithin = (sizes: Iterable<number>): number => {
    let total = 0;
    for (const size of sizes) total += pairCount(size);
    return total;
  };
  const sameInBoth = pairsWithin(overlapSizes.values());
  return {
    coreference: sameInBoth,
    nonCoreference:
      pairCount(sharedMentions) - pairsWithin(sharedPerKeyChain) - pairsWithin(sharedPerResponseChain) + sameInBoth,
  };
}

function pairCount(size: number): number {
  return (size * (size - 1)) / 2;
}
