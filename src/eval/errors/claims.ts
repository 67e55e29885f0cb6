import type { ArticleOf } from "../../types.js";
import { goldAsPredictions } from "../gold.js";
import { pairClaims } from "../claim-pairing.js";
import type { PredictedClaim, Predictions } from "../predictions.js";
import { sameOffsets } from "../../query/collections.js";
import type { SpanReader } from "./context.js";
import type { ClaimErrors, ClaimLabel, ClaimPart, ClaimRef } from "./types.js";

const PARTS: readonly ClaimPart[] = ["source", "cue", "content"];
const LABELS: readonly ClaimLabel[] = ["factuality", "polarity", "quote"];

function claimRef(claim: PredictedClaim, index: number, read: SpanReader, claimId?: string): ClaimRef {
  return {
    index,
    ...(claimId === undefined ? {} : { claimId }),
    content: read(claim.content),
    source: claim.source ? read(claim.source) : null,
    cue: claim.cue ? read(claim.cue) : null,
  };
}

/**
 * The claim errors, from the pairing the attribution scores use (claims paired by the overlap of
 * their contents, same-source pairs first; see `scoreAttribution`): unpaired claims on either
 * side, every part of a pair whose offsets differ or that only one side has, and every label the
 * prediction gives that differs from the gold.
 */
export function claimErrors(predictions: Predictions, doc: ArticleOf, read: SpanReader): ClaimErrors {
  const gold = goldAsPredictions(doc).claims ?? [];
  const predicted = predictions.claims ?? [];
  const pairs = pairClaims(gold, predicted, "preferred");
  const goldRefs = gold.map((c, i) => claimRef(c, i, read, doc.claims[i]!.id));
  const predictedRefs = predicted.map((c, i) => claimRef(c, i, read));
  const pairedGold = new Set(pairs.map((p) => p.gold));
  const pairedPredicted = new Set(pairs.map((p) => p.predicted));
  const errors: { boundary: ClaimErrors["boundary"][number][]; labels: ClaimErrors["labels"][number][] } = {
    boundary: [],
    labels: [],
  };
  for (const { gold: g, predicted: p } of pairs) {
    const [goldClaim, predictedClaim] = [goldRefs[g]!, predictedRefs[p]!];
    for (const part of PARTS) {
      const [a, b] = [goldClaim[part], predictedClaim[part]];
      if ((a === null && b === null) || (a && b && sameOffsets(a, b))) continue;
      errors.boundary.push({ part, gold: a, predicted: b, goldClaim, predictedClaim });
    }
    for (const label of LABELS) {
      const [a, b] = [gold[g]![label]!, predicted[p]![label]];
      if (b !== undefined && a !== b) errors.labels.push({ label, gold: a, predicted: b, goldClaim, predictedClaim });
    }
  }
  return {
    missed: goldRefs.filter((_, i) => !pairedGold.has(i)).map((c) => ({ gold: c })),
    spurious: predictedRefs.filter((_, i) => !pairedPredicted.has(i)).map((c) => ({ predicted: c })),
    ...errors,
  };
}
