/**
 * Coreference metrics — MUC, B³, CEAF-m, CEAF-e, BLANC and the CoNLL average — computed
 * exactly as the CoNLL-2012 reference scorer v8.01 (conll/reference-coreference-scorers,
 * lib/CorScorer.pm) computes them, including its treatment of mentions missing from the key
 * or the response, of repeated mentions and of empty denominators.
 *
 * Scores are fractions in [0, 1]; the reference scorer prints them as percentages.
 * @module
 */

import { maximizeAssignment } from "./hungarian.js";

/** A coreference chain (entity): the keys of its mentions, e.g. `"12-18"`. */
export type Cluster = readonly string[];

/** Recall, precision and F1, as fractions in [0, 1]. */
export interface PRF {
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
}

/** The key (gold) and response (system) clusters of one document. */
export interface DocumentClusters {
  readonly key: readonly Cluster[];
  readonly response: readonly Cluster[];
}

/** Numerators and denominators of recall and precision, summed over documents. */
export interface MetricCounts {
  readonly recallNumerator: number;
  readonly recallDenominator: number;
  readonly precisionNumerator: number;
  readonly precisionDenominator: number;
}

/** BLANC's counts: one set for coreference links, one for non-coreference links. */
export interface BlancCounts {
  readonly coreference: MetricCounts;
  readonly nonCoreference: MetricCounts;
}

/** The counts behind every metric, as the reference scorer accumulates them. */
export interface CorefCounts {
  readonly muc: MetricCounts;
  readonly bcub: MetricCounts;
  readonly ceafm: MetricCounts;
  readonly ceafe: MetricCounts;
  readonly blanc: BlancCounts;
}

/**
 * All scores. `conll` is the CoNLL-2012 official score: only an F1, the unweighted mean of
 * the MUC, B³ and CEAF-e F1 values (recall and precision are not averaged).
 */
export interface CorefScores {
  readonly muc: PRF;
  readonly bcub: PRF;
  readonly ceafm: PRF;
  readonly ceafe: PRF;
  readonly blanc: PRF;
  readonly conll: { readonly f1: number };
}

/**
 * The most repeated response mentions the reference scorer tolerates; with more it refuses to
 * score ("a sign of a systematic error/manipulation"). Here they are counted per call (over
 * all its documents). The Perl counts them per process without ever resetting, so
 * `scorer.pl all` — and its own test harness — abort on TC-A-9 (10 repeats, scored 5 times).
 */
export const MAX_REPEATED_RESPONSE_MENTIONS = 10;

/**
 * MUC (Vilain et al., 1995): recall and precision of coreference links.
 *
 * @param key - The gold clusters of one document.
 * @param response - The system clusters of the same document.
 * @returns Recall, precision and F1 (0 when a denominator is 0).
 * @throws {RangeError} If the response repeats more than {@link MAX_REPEATED_RESPONSE_MENTIONS} mentions.
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
 * B³ (Bagga and Baldwin, 1998): per-mention recall and precision, averaged over mentions.
 *
 * @param key - The gold clusters of one document.
 * @param response - The system clusters of the same document.
 * @returns Recall, precision and F1 (0 when a denominator is 0).
 * @throws {RangeError} If the response repeats more than {@link MAX_REPEATED_RESPONSE_MENTIONS} mentions.
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
 * CEAF-m (Luo, 2005), mention-based: the optimal one-to-one entity alignment scored by
 * the number of shared mentions.
 *
 * @param key - The gold clusters of one document.
 * @param response - The system clusters of the same document.
 * @returns Recall, precision and F1 (0 when a denominator is 0).
 * @throws {RangeError} If the response repeats more than {@link MAX_REPEATED_RESPONSE_MENTIONS} mentions.
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
 * @throws {RangeError} If the response repeats more than {@link MAX_REPEATED_RESPONSE_MENTIONS} mentions.
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
 * BLANC (Recasens and Hovy, 2011), generalised to system mentions (Luo et al., 2014): the mean
 * of the scores on coreference links and on non-coreference links. When the key has only one
 * kind of link, only that kind is scored; with no key links at all, everything is 0.
 *
 * @param key - The gold clusters of one document.
 * @param response - The system clusters of the same document.
 * @returns Recall, precision and F1.
 * @throws {RangeError} If the response repeats more than {@link MAX_REPEATED_RESPONSE_MENTIONS} mentions.
 * @example
 * ```ts
 * // Coreference links: R 1/1, P 1/3; non-coreference links: R 0/2, P 0/0.
 * blanc([["a", "b"], ["c"]], [["a", "b", "c"]]); // { recall: 0.5, precision: 0.1667, f1: 0.25 }
 * ```
 */
export function blanc(key: readonly Cluster[], response: readonly Cluster[]): PRF {
  const aligned = alignDocument(key, response);
  return blancFromCounts(blancCounts(aligned.key, aligned.response, aligned.idCount));
}

/**
 * Computes every metric on one document, aligning the mentions only once.
 *
 * @param key - The gold clusters of the document.
 * @param response - The system clusters of the same document.
 * @returns MUC, B³, CEAF-m, CEAF-e, BLANC and the CoNLL F1.
 * @throws {RangeError} If the response repeats more than {@link MAX_REPEATED_RESPONSE_MENTIONS} mentions.
 * @example
 * ```ts
 * const scores = scoreClusters([["0-1", "3-6"], ["8-8"]], [["0-1", "3-6"]]);
 * scores.muc.f1; // 1
 * scores.conll.f1; // (MUC F1 + B³ F1 + CEAF-e F1) / 3
 * ```
 */
export function scoreClusters(key: readonly Cluster[], response: readonly Cluster[]): CorefScores {
  return scoreDocuments([{ key, response }]);
}

/**
 * Computes every metric over a corpus the way the reference scorer does over a file of several
 * documents: numerators and denominators are summed over documents before dividing
 * (micro-average), and the CoNLL F1 averages the corpus-level F1 values.
 *
 * @param documents - Key and response clusters per document; mention keys only need to be
 *   unique within a document.
 * @returns MUC, B³, CEAF-m, CEAF-e, BLANC and the CoNLL F1 of the whole corpus.
 * @throws {RangeError} If the responses repeat more than {@link MAX_REPEATED_RESPONSE_MENTIONS}
 *   mentions in total.
 * @example
 * ```ts
 * const scores = scoreDocuments([
 *   { key: [["0-0", "2-2"]], response: [["0-0", "2-2"]] },
 *   { key: [["1-1", "5-6"]], response: [["1-1"], ["5-6"]] },
 * ]);
 * scores.muc.recall; // 0.5 (1 of the 2 key links)
 * ```
 */
export function scoreDocuments(documents: readonly DocumentClusters[]): CorefScores {
  const counts = countMetrics(documents);
  const scores = {
    muc: prfFromCounts(counts.muc),
    bcub: prfFromCounts(counts.bcub),
    ceafm: prfFromCounts(counts.ceafm),
    ceafe: prfFromCounts(counts.ceafe),
    blanc: blancFromCounts(counts.blanc),
  };
  return { ...scores, conll: { f1: (scores.muc.f1 + scores.bcub.f1 + scores.ceafe.f1) / 3 } };
}

/**
 * Computes the raw counts of every metric, summed over documents — the numbers the reference
 * scorer prints as `Recall: (n / d)` and `Precision: (n / d)`.
 *
 * @param documents - Key and response clusters per document.
 * @returns The summed counts per metric.
 * @throws {RangeError} If the responses repeat more than {@link MAX_REPEATED_RESPONSE_MENTIONS}
 *   mentions in total.
 * @example
 * ```ts
 * countMetrics([{ key: [["a", "b", "c"]], response: [["a", "b"]] }]).muc;
 * // { recallNumerator: 1, recallDenominator: 2, precisionNumerator: 1, precisionDenominator: 1 }
 * ```
 */
export function countMetrics(documents: readonly DocumentClusters[]): CorefCounts {
  const perMetric = alignDocuments(documents).map(countDocument);
  const sum = (metric: (counts: CorefCounts) => MetricCounts): MetricCounts =>
    perMetric.map(metric).reduce(addCounts, ZERO_COUNTS);
  return {
    muc: sum((counts) => counts.muc),
    bcub: sum((counts) => counts.bcub),
    ceafm: sum((counts) => counts.ceafm),
    ceafe: sum((counts) => counts.ceafe),
    blanc: {
      coreference: sum((counts) => counts.blanc.coreference),
      nonCoreference: sum((counts) => counts.blanc.nonCoreference),
    },
  };
}

/** All counts of one aligned document. */
function countDocument({ key, response, idCount }: AlignedChains): CorefCounts {
  return {
    muc: mucCounts(key, response),
    bcub: bcubCounts(key, response),
    ceafm: ceafCounts(key, response, "mention"),
    ceafe: ceafCounts(key, response, "entity"),
    blanc: blancCounts(key, response, idCount),
  };
}

/**
 * Turns counts into scores the way the reference scorer does: a ratio with a zero denominator
 * is 0, and F1 is 0 when recall + precision is 0.
 *
 * @param counts - Numerators and denominators of recall and precision.
 * @returns Recall, precision and F1.
 * @example
 * ```ts
 * prfFromCounts({ recallNumerator: 1, recallDenominator: 3, precisionNumerator: 1, precisionDenominator: 1 });
 * // { recall: 0.333, precision: 1, f1: 0.5 }
 * ```
 */
export function prfFromCounts(counts: MetricCounts): PRF {
  const recall = ratio(counts.recallNumerator, counts.recallDenominator);
  const precision = ratio(counts.precisionNumerator, counts.precisionDenominator);
  return { recall, precision, f1: harmonicMean(recall, precision) };
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

// ---------------------------------------------------------------------------------------------
// Mention alignment (the scorer's IdentifMentions)

/** Key and response chains with each mention replaced by a numeric id shared across both. */
interface AlignedChains {
  readonly key: readonly (readonly number[])[];
  readonly response: readonly (readonly number[])[];
  readonly repeatedResponseMentions: number;
  /** One more than the largest id. */
  readonly idCount: number;
}

/**
 * Numbers the mentions as `IdentifMentions` does: key mentions get ids in order (a mention
 * repeated in the key keeps the id of its last occurrence, in every chain it appears in);
 * a response mention seen before in the response is dropped if it is a key mention (a
 * "repeated mention"), chains left empty are dropped, and response-only mentions get fresh
 * ids (repeats of those are kept, sharing one id — a quirk of the scorer kept on purpose).
 */
function alignMentions(key: readonly Cluster[], response: readonly Cluster[]): AlignedChains {
  const keyId = new Map<string, number>();
  let idCount = 0;
  for (const chain of key) for (const mention of chain) keyId.set(mention, idCount++);

  const responseId = new Map<string, number>();
  let repeatedResponseMentions = 0;
  const kept = response
    .map((chain) =>
      chain.filter((mention) => {
        if (responseId.has(mention)) {
          repeatedResponseMentions++;
          return false;
        }
        const id = keyId.get(mention);
        if (id !== undefined) responseId.set(mention, id);
        return true;
      }),
    )
    .filter((chain) => chain.length > 0);
  for (const chain of kept) {
    for (const mention of chain) {
      if (!responseId.has(mention)) responseId.set(mention, idCount++);
    }
  }

  const idOf =
    (ids: Map<string, number>) =>
    (mention: string): number => {
      const id = ids.get(mention);
      if (id === undefined) throw new Error(`internal error: no id for mention ${mention}`);
      return id;
    };
  return {
    key: key.map((chain) => chain.map(idOf(keyId))),
    response: kept.map((chain) => chain.map(idOf(responseId))),
    repeatedResponseMentions,
    idCount,
  };
}

/** Aligns every document, refusing to score when the responses repeat too many mentions. */
function alignDocuments(documents: readonly DocumentClusters[]): AlignedChains[] {
  const aligned = documents.map(({ key, response }) => alignMentions(key, response));
  const repeated = aligned.reduce((sum, doc) => sum + doc.repeatedResponseMentions, 0);
  if (repeated > MAX_REPEATED_RESPONSE_MENTIONS) {
    throw new RangeError(
      `Found too many repeated mentions (${repeated} > ${MAX_REPEATED_RESPONSE_MENTIONS}) in the response, so refusing to score, as the reference scorer does`,
    );
  }
  return aligned;
}

/** Aligns a single document (see {@link alignDocuments}). */
function alignDocument(key: readonly Cluster[], response: readonly Cluster[]): AlignedChains {
  const [aligned] = alignDocuments([{ key, response }]);
  if (aligned === undefined) throw new Error("internal error: no aligned document");
  return aligned;
}

/** Maps each id to the (last) chain containing it, like the scorer's `Indexa`. */
function chainIndexOf(chains: readonly (readonly number[])[]): Map<number, number> {
  const index = new Map<number, number>();
  chains.forEach((chain, chainIndex) => {
    for (const id of chain) index.set(id, chainIndex);
  });
  return index;
}

// ---------------------------------------------------------------------------------------------
// The metrics on aligned chains

type Chains = readonly (readonly number[])[];

/**
 * MUC. The scorer passes MUC the response after adding missed key mentions as singletons and
 * dropping response-only singletons; singletons have no links, so the aligned chains give the
 * same counts.
 */
function mucCounts(key: Chains, response: Chains): MetricCounts {
  const keyChainOf = chainIndexOf(key);
  let correctLinks = 0;
  for (const chain of response) {
    // A mention contributes a link if a later mention of its chain is in the same key chain.
    chain.forEach((id, i) => {
      const keyChain = keyChainOf.get(id);
      if (keyChain === undefined) return;
      for (let j = i + 1; j < chain.length; j++) {
        if (keyChainOf.get(chain[j] ?? -1) === keyChain) {
          correctLinks++;
          return;
        }
      }
    });
  }
  const links = (chains: Chains): number => chains.reduce((sum, chain) => sum + Math.max(chain.length - 1, 0), 0);
  return {
    recallNumerator: correctLinks,
    recallDenominator: links(key),
    precisionNumerator: correctLinks,
    precisionDenominator: links(response),
  };
}

/**
 * B³. As in the scorer, both sums run over response mentions only: a key mention missing from
 * the response adds nothing to the recall numerator, a response-only mention adds 0 to the
 * precision numerator.
 */
function bcubCounts(key: Chains, response: Chains): MetricCounts {
  const keyChainOf = chainIndexOf(key);
  const keySets = key.map((chain) => new Set(chain));
  let recallSum = 0;
  let precisionSum = 0;
  for (const chain of response) {
    const sharedByKeyChain = new Map<number, number>(); // the overlap depends only on the chains
    for (const id of chain) {
      const keyChain = keyChainOf.get(id);
      if (keyChain === undefined) continue; // no key chain: overlap 0
      const keySet = keySets[keyChain];
      const keySize = key[keyChain]?.length ?? 0;
      if (keySet === undefined || keySize === 0) continue;
      let shared = sharedByKeyChain.get(keyChain);
      if (shared === undefined) {
        shared = chain.filter((other) => keySet.has(other)).length;
        sharedByKeyChain.set(keyChain, shared);
      }
      precisionSum += shared / chain.length;
      recallSum += shared / keySize;
    }
  }
  return {
    recallNumerator: recallSum,
    recallDenominator: mentionCount(key),
    precisionNumerator: precisionSum,
    precisionDenominator: mentionCount(response),
  };
}

/**
 * CEAF with mention-based (φ3) or entity-based (φ4) similarity: the best one-to-one alignment
 * of key and response chains. The scorer runs Munkres on the whole (padded) matrix; since
 * similarities are ≥ 0 and unrelated chains score 0, solving each group of chains linked by
 * shared mentions separately gives the same optimum, far faster on real documents.
 */
function ceafCounts(key: Chains, response: Chains, similarity: "mention" | "entity"): MetricCounts {
  const shared = sharedMentionCounts(key, response);
  const score = (keyChain: number, responseChain: number): number => {
    const count = shared.get(keyChain)?.get(responseChain) ?? 0;
    if (similarity === "mention") return count;
    const total = (key[keyChain]?.length ?? 0) + (response[responseChain]?.length ?? 0);
    return total === 0 ? 0 : (2 * count) / total;
  };
  let totalSimilarity = 0;
  for (const { keyChains, responseChains } of overlappingGroups(shared, response.length)) {
    const matrix = keyChains.map((k) => responseChains.map((r) => score(k, r)));
    totalSimilarity += maximizeAssignment(matrix).totalSimilarity;
  }
  const size = similarity === "mention" ? mentionCount : nonEmptyChainCount;
  return {
    recallNumerator: totalSimilarity,
    recallDenominator: size(key),
    precisionNumerator: totalSimilarity,
    precisionDenominator: size(response),
  };
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

/** Connected groups of key and response chains, linked by shared mentions (union–find). */
function overlappingGroups(
  shared: Map<number, Map<number, number>>,
  responseCount: number,
): { keyChains: number[]; responseChains: number[] }[] {
  // Nodes: response chain r is node r, key chain k is node responseCount + k.
  const parent = new Map<number, number>();
  const find = (node: number): number => {
    let root = node;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    parent.set(node, root); // shortcut the next lookups
    return root;
  };
  for (const [keyChain, row] of shared) {
    for (const responseChain of row.keys()) {
      parent.set(find(responseChain), find(responseCount + keyChain));
    }
  }
  const groups = new Map<number, { keyChains: number[]; responseChains: number[] }>();
  for (const node of [...parent.keys()].sort((a, b) => a - b)) {
    const root = find(node);
    const group = groups.get(root) ?? { keyChains: [], responseChains: [] };
    groups.set(root, group);
    if (node < responseCount) group.responseChains.push(node);
    else group.keyChains.push(node - responseCount);
  }
  return [...groups.values()];
}

/**
 * BLANC link counts. Links are unordered pairs of mention ids: coreference links join two
 * positions of one chain, non-coreference links join mentions of two different chains. Only
 * mentions present in a partition produce its links, which is how the scorer handles
 * mentions missing from the key or the response.
 */
function blancCounts(key: Chains, response: Chains, idCount: number): BlancCounts {
  // Listing the links is quadratic in the mentions; when no id repeats (the usual case) the
  // same numbers follow from chain sizes and overlaps. Repeats need the scorer's link sets.
  return hasRepeatedId(key) || hasRepeatedId(response)
    ? blancCountsFromLinkSets(key, response, idCount)
    : blancCountsFromOverlaps(key, response);
}

/** BLANC counts by listing every link in sets, exactly as the scorer does. */
function blancCountsFromLinkSets(key: Chains, response: Chains, idCount: number): BlancCounts {
  const base = Math.max(idCount, 1);
  const keyLinks = linksOf(key, base);
  const responseLinks = linksOf(response, base);
  const countsFor = (keySet: Set<number>, responseSet: Set<number>): MetricCounts =>
    linkCounts(intersectionSize(keySet, responseSet), keySet.size, responseSet.size);
  return {
    coreference: countsFor(keyLinks.coreference, responseLinks.coreference),
    nonCoreference: countsFor(keyLinks.nonCoreference, responseLinks.nonCoreference),
  };
}

/**
 * BLANC counts from chain sizes and key/response chain overlaps, valid when every id occurs
 * once per partition. A pair of shared mentions is a correct non-coreference link when it is
 * split in both partitions: all pairs − same key chain − same response chain + same both.
 */
function blancCountsFromOverlaps(key: Chains, response: Chains): BlancCounts {
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
    coreference: linkCounts(sameInBoth, keyCoreference, responseCoreference),
    nonCoreference: linkCounts(
      splitInBoth,
      pairCount(mentionCount(key)) - keyCoreference,
      pairCount(mentionCount(response)) - responseCoreference,
    ),
  };
}

function linkCounts(shared: number, inKey: number, inResponse: number): MetricCounts {
  return {
    recallNumerator: shared,
    recallDenominator: inKey,
    precisionNumerator: shared,
    precisionDenominator: inResponse,
  };
}

function pairCount(size: number): number {
  return (size * (size - 1)) / 2;
}

function hasRepeatedId(chains: Chains): boolean {
  const seen = new Set<number>();
  for (const chain of chains) {
    for (const id of chain) {
      if (seen.has(id)) return true;
      seen.add(id);
    }
  }
  return false;
}

/** The coreference and non-coreference links of a partition, as numbers `min·base + max`. */
function linksOf(chains: Chains, base: number): { coreference: Set<number>; nonCoreference: Set<number> } {
  const link = (a: number, b: number): number => (a <= b ? a * base + b : b * base + a);
  const coreference = new Set<number>();
  const nonCoreference = new Set<number>();
  chains.forEach((chain, c) => {
    const laterChains = chains.slice(c + 1);
    chain.forEach((a, i) => {
      for (const b of chain.slice(i + 1)) coreference.add(link(a, b));
      for (const other of laterChains) {
        for (const b of other) nonCoreference.add(link(a, b));
      }
    });
  });
  return { coreference, nonCoreference };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const ZERO_COUNTS: MetricCounts = {
  recallNumerator: 0,
  recallDenominator: 0,
  precisionNumerator: 0,
  precisionDenominator: 0,
};

function addCounts(a: MetricCounts, b: MetricCounts): MetricCounts {
  return {
    recallNumerator: a.recallNumerator + b.recallNumerator,
    recallDenominator: a.recallDenominator + b.recallDenominator,
    precisionNumerator: a.precisionNumerator + b.precisionNumerator,
    precisionDenominator: a.precisionDenominator + b.precisionDenominator,
  };
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function harmonicMean(recall: number, precision: number): number {
  return recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
}

function mentionCount(chains: Chains): number {
  return chains.reduce((sum, chain) => sum + chain.length, 0);
}

function nonEmptyChainCount(chains: Chains): number {
  return chains.filter((chain) => chain.length > 0).length;
}

function intersectionSize<T>(a: Set<T>, b: Set<T>): number {
  let shared = 0;
  for (const value of a) if (b.has(value)) shared++;
  return shared;
}
