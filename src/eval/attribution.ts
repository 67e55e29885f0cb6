import type { ArticleOf } from "../types.js";
import { goldAsPredictions } from "./gold.js";
import { overlaps, sameOffsets } from "../query/collections.js";
import { cohensKappa } from "./kappa.js";
import { pairClaims, sameSource } from "./claim-pairing.js";
import type { Range } from "../schema/walk.js";
import type { MatchedPair } from "./matching.js";
import { prfFromMatches } from "./prf.js";
import type { MatchScores } from "./mentions.js";
import type { PredictedClaim, Predictions } from "./predictions.js";

/** Agreement on one label over the matched claims that carry it in the prediction. */
export interface LabelAgreement {
  /** Matched claims whose prediction carries the label. */
  readonly compared: number;
  /** Share of those with the gold label, in [0, 1] (0 when none are compared). */
  readonly accuracy: number;
  /** Cohen's kappa over the same claims (`NaN` when none are compared). */
  readonly kappa: number;
}

/** PARC-style attribution scores. */
export interface AttributionScores {
  /**
   * Claims paired one to one by the overlap of their contents, same-source pairs first (see
   * `scoreAttribution`).
   */
  readonly matchedClaims: number;
  readonly content: MatchScores;
  /** Source spans (claims in the author's voice have none). */
  readonly source: MatchScores;
  readonly cue: MatchScores;
  /** Share of matched claims whose source agrees: both the author, or overlapping source spans. */
  readonly sourceAgreement: number;
  readonly factuality: LabelAgreement;
  readonly polarity: LabelAgreement;
  readonly quote: LabelAgreement;
}

type Part = "source" | "cue" | "content";

function partScores(
  gold: readonly PredictedClaim[],
  predicted: readonly PredictedClaim[],
  pairs: readonly MatchedPair[],
  part: Part,
): MatchScores {
  const goldCount = gold.filter((c) => c[part]).length;
  const predictedCount = predicted.filter((c) => c[part]).length;
  const count = (agree: (a: Range, b: Range) => boolean) =>
    pairs.filter(({ gold: g, predicted: p }) => {
      const a = gold[g]![part];
      const b = predicted[p]![part];
      return a && b && agree(a, b);
    }).length;
  return {
    exact: prfFromMatches(count(sameOffsets), goldCount, predictedCount),
    overlap: prfFromMatches(count(overlaps), goldCount, predictedCount),
  };
}

function labelAgreement(
  gold: readonly PredictedClaim[],
  predicted: readonly PredictedClaim[],
  pairs: readonly MatchedPair[],
  label: "factuality" | "polarity" | "quote",
): LabelAgreement {
  const labelled = pairs.flatMap(({ gold: g, predicted: p }) => {
    const b = predicted[p]![label];
    return b === undefined ? [] : [[gold[g]![label]!, b] as const];
  });
  const agreeing = labelled.filter(([a, b]) => a === b).length;
  return {
    compared: labelled.length,
    accuracy: labelled.length ? agreeing / labelled.length : 0,
    kappa: cohensKappa(labelled),
  };
}

/**
 * Scores predicted attributions against the article's claims, in the manner of PARC: claims
 * are paired one to one by the overlap of their contents; each part (source, cue, content) is
 * scored with exact and overlap matching; factuality, polarity and quote type are compared on
 * the paired claims (accuracy and Cohen's kappa).
 *
 * The pairing favours the same source: it has as many pairs of claims with the same source
 * (both the author's, or overlapping source spans) as any pairing of overlapping contents can
 * have, and among those the most shared content characters. A claim with a wrong source is
 * still paired, and its source error scored, but it never takes the place of a claim with the
 * right source; so a denial and an accusation on the same words are each compared with their
 * own gold claim, not with each other. The error lists (`findErrors`) use the same pairing.
 *
 * @param predictions - Checked predictions with `claims`.
 * @param doc - The gold article.
 * @returns Part scores and label agreement.
 * @example
 * ```ts
 * import { article } from "kim-shoigu-2023";
 * import { goldAsPredictions, scoreAttribution } from "kim-shoigu-2023/eval";
 * scoreAttribution(goldAsPredictions(article), article).cue.exact.f1; // 1
 * ```
 */
export function scoreAttribution(predictions: Predictions, doc: ArticleOf): AttributionScores {
  const gold = goldAsPredictions(doc).claims!;
  const predicted = predictions.claims ?? [];
  const pairs = pairClaims(gold, predicted, "preferred");
  const sourceAgrees = pairs.filter(({ gold: g, predicted: p }) => sameSource(gold[g]!, predicted[p]!)).length;
  return {
    matchedClaims: pairs.length,
    content: partScores(gold, predicted, pairs, "content"),
    source: partScores(gold, predicted, pairs, "source"),
    cue: partScores(gold, predicted, pairs, "cue"),
    sourceAgreement: pairs.length ? sourceAgrees / pairs.length : 0,
    factuality: labelAgreement(gold, predicted, pairs, "factuality"),
    polarity: labelAgreement(gold, predicted, pairs, "polarity"),
    quote: labelAgreement(gold, predicted, pairs, "quote"),
  };
}
