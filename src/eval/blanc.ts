/**
 * BLANC (Recasens and Hovy, 2011; Luo et al., 2014), as the CoNLL-2012 reference scorer
 * computes it, from chain sizes and overlaps instead of listing the quadratic link sets.
 * @module
 */

import { alignDocument, type Chains, chainIndexOf, type Cluster, mentionCount } from "./align.js";
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
 * @throws {RangeError} If the response repeats more than `MAX_REPEATED_RESPONSE_MENTIONS` mentions.
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
 * links. Pairs of mentions occurring once in each partition are counted from chain sizes and
 * overlaps; pairs involving a mention repeated in either partition are checked one by one.
 *
 * @throws {ScoringLimitError} When repeated mentions × mentions exceeds {@link MAX_BLANC_REPEAT_PAIRS}.
 */
export function blancCounts(key: Chains, response: Chains): BlancCounts {
  const keyChains = chainsOfId(key);
  const responseChains = chainsOfId(response);
  const repeated = new Set<number>();
  for (const chainsOf of [keyChains, responseChains]) {
    for (const [id, chains] of chainsOf) if (chains.length > 1) repeated.add(id);
  }
  const plain = (chains: Chains) => chains.map((chain) => chain.filter((id) => !repeated.has(id)));
  const counts = countsFromOverlaps(plain(key), plain(response));
  if (repeated.size === 0) return toBlancCounts(counts);

  const present = [...new Set([...keyChains.keys(), ...responseChains.keys()])].sort((a, b) => a - b);
  if (repeated.size * present.length > MAX_BLANC_REPEAT_PAIRS) {
    throw new ScoringLimitError(
      "blanc-repeats",
      `BLANC: ${repeated.size} repeated mentions among ${present.length} mentions ` +
        `make more than ${MAX_BLANC_REPEAT_PAIRS} pairs to check`,
    );
  }
  for (const a of [...repeated].sort((x, y) => x - y)) {
    for (const b of present) {
      if (b < a && repeated.has(b)) continue; // that pair was counted from b's side
      const inKey = linkKinds(keyChains.get(a), keyChains.get(b), a === b);
      const inResponse = linkKinds(responseChains.get(a), responseChains.get(b), a === b);
      add(counts, inKey, inResponse);
    }
  }
  return toBlancCounts(counts);
}

interface LinkTally {
  keyCoreference: number;
  responseCoreference: number;
  sharedCoreference: number;
  keyNonCoreference: number;
  responseNonCoreference: number;
  sharedNonCoreference: number;
}

function toBlancCounts(t: LinkTally): BlancCounts {
  return {
    coreference: sharedCounts(t.sharedCoreference, t.keyCoreference, t.responseCoreference),
    nonCoreference: sharedCounts(t.sharedNonCoreference, t.keyNonCoreference, t.responseNonCoreference),
  };
}

function add(t: LinkTally, inKey: LinkKinds, inResponse: LinkKinds): void {
  if (inKey.coreference) t.keyCoreference++;
  if (inResponse.coreference) t.responseCoreference++;
  if (inKey.coreference && inResponse.coreference) t.sharedCoreference++;
  if (inKey.nonCoreference) t.keyNonCoreference++;
  if (inResponse.nonCoreference) t.responseNonCoreference++;
  if (inKey.nonCoreference && inResponse.nonCoreference) t.sharedNonCoreference++;
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
 * Link counts from chain sizes and key/response chain overlaps, valid when every id occurs
 * once per partition. A pair of shared mentions is a correct non-coreference link when it is
 * split in both partitions: all pairs − same key chain − same response chain + same both.
 */
function countsFromOverlaps(key: Chains, response: Chains): LinkTally {
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
  const keyCoreference = pairsWithin(key.map((chain) => chain.length));
  const responseCoreference = pairsWithin(response.map((chain) => chain.length));
  const sameInBoth = pairsWithin(overlapSizes.values());
  const splitInBoth =
    pairCount(sharedMentions) - pairsWithin(sharedPerKeyChain) - pairsWithin(sharedPerResponseChain) + sameInBoth;
  return {
    keyCoreference,
    responseCoreference,
    sharedCoreference: sameInBoth,
    keyNonCoreference: pairCount(mentionCount(key)) - keyCoreference,
    responseNonCoreference: pairCount(mentionCount(response)) - responseCoreference,
    sharedNonCoreference: splitInBoth,
  };
}

function pairCount(size: number): number {
  return (size * (size - 1)) / 2;
}
