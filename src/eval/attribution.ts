import type { ArticleOf } from "../types.js";
import { goldAsPredictions } from "./gold.js";
import { overlaps, sameOffsets } from "../query/collections.js";
import { cohensKappa } from "./kappa.js";
import type { Range } from "../schema/walk.js";
import { matchSpans } from "./matching.js";
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
  /** Claims paired by the overlap of their contents (an optimal one-to-one pairing). */
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
  pairs: readonly { gold: number; predicted: number }[],
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
  pairs: readonly { gold: number; predicted: number }[],
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
 * are paired by the overlap of their contents; each part (source, cue, content) is scored
 * with exact and overlap matching; factuality, polarity and quote type are compared on the
 * paired claims (accuracy and Cohen's kappa).
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
  const pairs = matchSpans(
    gold.map((c) => c.content),
    predicted.map((c) => c.content),
    "overlap",
  );
  const sourceAgrees = pairs.filter(({ gold: g, predicted: p }) => {
    const a = gold[g]!.source;
    const b = predicted[p]!.source;
    return (!a && !b) || (a && b && overlaps(a, b));
  }).length;
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
