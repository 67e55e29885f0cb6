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
 * Pairs two lists of claims one to one by content and source: a pair needs overlapping
 * contents and the same source (see {@link sameSource}); among those, the pairing with the
 * most shared content characters is chosen. Pairing by content alone would pair an author's
 * claim with a source's claim on the same words and compare labels that answer different
 * questions.
 *
 * @param gold - The reference claims.
 * @param predicted - The claims compared with them.
 * @returns The pairs, as indices into both lists.
 */
export function pairClaims(gold: readonly PredictedClaim[], predicted: readonly PredictedClaim[]): MatchedPair[] {
  return matchSpans(
    gold.map((c) => c.content),
    predicted.map((c) => c.content),
    "overlap",
    (g, p) => sameSource(gold[g]!, predicted[p]!),
  );
}
