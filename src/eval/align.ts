/**
 * Mention alignment for the coreference metrics, as the CoNLL-2012 reference scorer's
 * `IdentifMentions` does it: mentions become numeric ids shared by key and response.
 * @module
 */

import { ScoringLimitError } from "./limits.js";

/** A coreference chain (entity): the keys of its mentions, e.g. `"12-18"`. */
export type Cluster = readonly string[];

/** The key (gold) and response (system) clusters of one document. */
export interface DocumentClusters {
  readonly key: readonly Cluster[];
  readonly response: readonly Cluster[];
}

/** Chains of mention ids. */
export type Chains = readonly (readonly number[])[];

/** Key and response chains with each mention replaced by a numeric id shared across both. */
export interface AlignedChains {
  readonly key: Chains;
  readonly response: Chains;
  readonly repeatedResponseMentions: number;
  /** One more than the largest id. */
  readonly idCount: number;
}

/**
 * The most repeated response mentions the reference scorer tolerates; with more it refuses to
 * score ("a sign of a systematic error/manipulation"). Here they are counted per call (over
 * all its documents). The Perl counts them per process without ever resetting, so
 * `scorer.pl all` — and its own test harness — abort on TC-A-9 (10 repeats, scored 5 times).
 */
export const MAX_REPEATED_RESPONSE_MENTIONS = 10;

/**
 * Numbers the mentions as `IdentifMentions` does: key mentions get ids in order (a mention
 * in several key chains keeps the id of its last occurrence, in every chain it appears in);
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

/**
 * Refuses a key cluster that lists a mention twice. A cluster is a set of mentions (Luo, 2005);
 * the reference scorer only warns ("Repeated mention in the key") and counts the mention at each
 * position, so a response equal to the key but for the repeat gets a CEAF-m precision of 1.5 and
 * a MUC recall of 0 (test/fixtures/reference-coreference-scorers/repeated-key-mentions). A
 * mention in two key clusters is scored as the scorer scores it: every score stays in [0, 1].
 */
function checkKeyClusters(documents: readonly DocumentClusters[]): void {
  documents.forEach(({ key }, d) => {
    key.forEach((chain, c) => {
      const seen = new Set<string>();
      for (const mention of chain) {
        if (seen.has(mention)) {
          const where = documents.length > 1 ? ` of document ${d}` : "";
          throw new ScoringLimitError(
            "repeated-mentions",
            `key cluster ${c}${where} lists mention ${JSON.stringify(mention)} twice; ` +
              "a cluster is a set of mentions, and counting the repeat can score above 1",
          );
        }
        seen.add(mention);
      }
    });
  });
}

/**
 * Aligns every document, refusing to score when a key cluster repeats a mention or the
 * responses repeat too many mentions.
 *
 * @throws {ScoringLimitError} For a mention listed twice in one key cluster, or more than
 *   {@link MAX_REPEATED_RESPONSE_MENTIONS} repeats in the responses.
 */
export function alignDocuments(documents: readonly DocumentClusters[]): AlignedChains[] {
  checkKeyClusters(documents);
  const aligned = documents.map(({ key, response }) => alignMentions(key, response));
  const repeated = aligned.reduce((sum, doc) => sum + doc.repeatedResponseMentions, 0);
  if (repeated > MAX_REPEATED_RESPONSE_MENTIONS) {
    throw new ScoringLimitError(
      "repeated-mentions",
      `Found too many repeated mentions (${repeated} > ${MAX_REPEATED_RESPONSE_MENTIONS}) in the response, ` +
        "so refusing to score, as the reference scorer does",
    );
  }
  return aligned;
}

/** Aligns a single document (see {@link alignDocuments}). */
export function alignDocument(key: readonly Cluster[], response: readonly Cluster[]): AlignedChains {
  const [aligned] = alignDocuments([{ key, response }]);
  if (aligned === undefined) throw new Error("internal error: no aligned document");
  return aligned;
}

/** Maps each id to the (last) chain containing it, like the scorer's `Indexa`. */
export function chainIndexOf(chains: Chains): Map<number, number> {
  const index = new Map<number, number>();
  chains.forEach((chain, chainIndex) => {
    for (const id of chain) index.set(id, chainIndex);
  });
  return index;
}

/** The number of mention positions over all chains (repeats counted). */
export function mentionCount(chains: Chains): number {
  return chains.reduce((sum, chain) => sum + chain.length, 0);
}
