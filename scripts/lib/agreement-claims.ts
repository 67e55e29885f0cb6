import { goldAsPredictions } from "../../src/eval/gold.js";
import { cohensKappa } from "../../src/eval/kappa.js";
import { pairClaims } from "../../src/eval/claim-pairing.js";
import type { MatchedPair } from "../../src/eval/matching.js";
import { prfFromMatches } from "../../src/eval/prf.js";
import type { PredictedClaim, Predictions } from "../../src/eval/predictions.js";
import { sameOffsets } from "../../src/query/collections.js";
import type { Range } from "../../src/schema/walk.js";
import type { ArticleOf } from "../../src/types.js";

/** Claim agreement of two annotations, with claims paired by content and source. */
export interface ClaimAgreement {
  /** Pairs whose contents overlap and whose sources agree (both the author, or overlapping source spans). */
  readonly paired: number;
  /** Exact-span F1 over all claims of both annotations, counting only paired claims as matches. */
  readonly contentF1: number;
  readonly sourceF1: number;
  readonly cueF1: number;
  /** Cohen's kappa over the paired claims. */
  readonly factualityKappa: number;
  readonly polarityKappa: number;
  readonly quoteKappa: number;
}

const same = (a: Range | null | undefined, b: Range | null | undefined) => !!a && !!b && sameOffsets(a, b);

/**
 * Pairs the second annotation's claims with the reference's one to one, by the overlap of their
 * contents, allowing a pair only when the two sources agree, so that a claim of one source is
 * never compared with another source's claim on the same words (an accusation with its denial,
 * a silence with the author's statement of it).
 */
export function claimAgreement(second: Predictions, reference: ArticleOf): ClaimAgreement {
  const gold = goldAsPredictions(reference).claims ?? [];
  const predicted = second.claims ?? [];
  const pairs = pairClaims(gold, predicted);
  const f1 = (part: "content" | "source" | "cue") =>
    prfFromMatches(
      pairs.filter(({ gold: g, predicted: p }) => same(gold[g]![part], predicted[p]![part])).length,
      gold.filter((c) => c[part]).length,
      predicted.filter((c) => c[part]).length,
    ).f1;
  return {
    paired: pairs.length,
    contentF1: f1("content"),
    sourceF1: f1("source"),
    cueF1: f1("cue"),
    factualityKappa: kappaOf(gold, predicted, pairs, "factuality"),
    polarityKappa: kappaOf(gold, predicted, pairs, "polarity"),
    quoteKappa: kappaOf(gold, predicted, pairs, "quote"),
  };
}

function kappaOf(
  gold: readonly PredictedClaim[],
  predicted: readonly PredictedClaim[],
  pairs: readonly MatchedPair[],
  label: "factuality" | "polarity" | "quote",
): number {
  const labelled = pairs.flatMap(({ gold: g, predicted: p }) => {
    const a = gold[g]![label];
    const b = predicted[p]![label];
    return a === undefined || b === undefined ? [] : [[a, b] as const];
  });
  return cohensKappa(labelled);
}
