import { overlaps } from "../query/collections.js";
import { type MatchedPair, matchSpans } from "./matching.js";
import type { PredictedClaim } from "./predictions.js";

/**
 * Whether two claims have the same source: both in the article's own voice (no source span), or
 * source spans that share at least one character.
 */
export function sameSource(a: PredictedClaim, b: PredictedClaim): boolean {
  if (!a.source || !b.source) return !a.source && !b.source;
  return overlaps(a.source, b.source);
}

/**
 * What a claim pairing asks of sources: `"required"` pairs only claims with the same source;
 * `"preferred"` pairs any claims whose contents overlap, with as many same-source pairs as any
 * such pairing has.
 */
export type SourceRule = "required" | "preferred";

/**
 * Pairs two lists of claims one to one. A pair needs overlapping contents; sources then decide
 * (see {@link sameSource}):
 *
 * - `"required"`: only claims with the same source are paired; among such pairings, the one with
 *   the most shared content characters is chosen. For comparing labels alone: every pair
 *   answers the same question.
 * - `"preferred"`: claims with other sources are paired too, but the pairing has as many
 *   same-source pairs as any pairing of overlapping contents can have, and among those the most
 *   shared content characters. A claim with a wrong source is still paired (its source error is
 *   scored), yet it never takes the place of a claim with the right source: a denial and an
 *   accusation on the same words are each paired with their own gold claim. For scoring the
 *   source with the rest of the claim.
 *
 * Pairing by content alone would pair a claim with another source's claim on the same words
 * and compare labels that answer different questions.
 *
 * @param gold - The reference claims.
 * @param predicted - The claims compared with them.
 * @param source - How sources count (default `"required"`).
 * @returns The pairs, as indices into both lists, in gold order.
 */
export function pairClaims(
  gold: readonly PredictedClaim[],
  predicted: readonly PredictedClaim[],
  source: SourceRule = "required",
): MatchedPair[] {
  const same = (g: number, p: number) => sameSource(gold[g]!, predicted[p]!);
  return matchSpans(
    gold.map((c) => c.content),
    predicted.map((c) => c.content),
    "overlap",
    source === "required" ? { compatible: same } : { preferred: same },
  );
}
