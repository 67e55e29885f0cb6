import { article as shippedArticle } from "../generated/article.js";
import type { ItemAgreement } from "../schema/agreement.js";
import type { ArticleOf } from "../types.js";
import { pairClaims } from "./claim-pairing.js";
import { goldAsPredictions } from "./gold.js";
import { checkPredictions } from "./validate.js";

/** The claim labels scored against the annotators' distributions. */
export type SoftLabel = "factuality" | "polarity" | "quote";

/** Scores of one label against the annotators' label distributions. */
export interface SoftLabelScore {
  /** Gold claims with a distribution that are paired with a predicted claim carrying the label. */
  readonly compared: number;
  /** Gold claims with a distribution that no predicted claim (with the label) is paired with. */
  readonly unpaired: number;
  /** Gold claims no annotator found, so without a distribution; never scored. */
  readonly withoutDistribution: number;
  /** Mean share of annotators who chose the predicted label, in [0, 1] (`NaN` if none compared). */
  readonly expectedAccuracy: number;
  /** Mean cross-entropy in nats of the smoothed prediction against the distribution (`NaN` if none). */
  readonly crossEntropy: number;
  /** Share of the same claims whose predicted label is the adjudicated gold label, for comparison. */
  readonly goldAccuracy: number;
}

/** Options of {@link scoreSoftLabels}. */
export interface SoftLabelOptions {
  /**
   * Label smoothing ε in (0, 1]: a predicted label `y` stands for the distribution
   * q = (1 − ε) · [k = y] + ε / K over the K labels, so that cross-entropy stays finite when
   * annotators chose a label the system did not. Default 0.1.
   */
  readonly smoothing?: number;
}

const LABELS = ["factuality", "polarity", "quote"] as const;

/**
 * Scores predicted claim labels against the distribution of the blind annotators' labels, as in
 * the learning-from-disagreement literature (Uma et al., "Learning from Disagreement: A
 * Survey", JAIR 2021), alongside accuracy against the adjudicated gold. Predicted claims are
 * paired one to one with gold claims by content and source (overlapping contents, both the
 * author's or overlapping source spans); for a paired gold claim with
 * label counts n_k out of N annotators, p_k = n_k / N and, for the predicted label y:
 *
 * - expected accuracy = p_y, the chance that a randomly drawn annotator agrees;
 * - cross-entropy = −Σ_k p_k · log q_k with q the smoothed prediction (see `smoothing`).
 *
 * Both are averaged over the compared claims. With one hard label per claim, cross-entropy is
 * an affine function of expected accuracy for a given vocabulary, so the two rank systems alike;
 * it is reported to be comparable with soft-label evaluations. Gold claims no annotator found
 * have no distribution and are counted in `withoutDistribution`.
 *
 * @param input - Predictions in the evaluation kit's format.
 * @param doc - The article with its per-item agreement layer (default: the shipped one).
 * @param options - See {@link SoftLabelOptions}.
 * @returns For factuality, polarity and quote type, the scores above.
 * @throws PredictionsError for invalid predictions; RangeError for a smoothing outside (0, 1]
 *   or an article without an agreement layer.
 * @example
 * ```ts
 * import { article } from "kim-shoigu-2023";
 * import { goldAsPredictions, scoreSoftLabels } from "kim-shoigu-2023/eval";
 * const { factuality } = scoreSoftLabels(goldAsPredictions(article));
 * console.log(factuality.goldAccuracy, factuality.expectedAccuracy, factuality.crossEntropy);
 * ```
 */
export function scoreSoftLabels(
  input: unknown,
  doc: ArticleOf = shippedArticle,
  { smoothing = 0.1 }: SoftLabelOptions = {},
): Record<SoftLabel, SoftLabelScore> {
  if (!(smoothing > 0 && smoothing <= 1)) throw new RangeError(`smoothing must be in (0, 1], got ${smoothing}`);
  const agreement = (doc as { readonly agreement?: ItemAgreement }).agreement;
  if (!agreement) throw new RangeError(`article "${doc.id}" has no per-item agreement layer to score against`);
  const predicted = checkPredictions(input, doc).claims ?? [];
  const byClaim = new Map(agreement.claims.map((entry) => [entry.claimId, entry]));
  const partner = new Map(
    pairClaims(goldAsPredictions(doc).claims!, predicted, "required").map((p) => [p.gold, p.predicted]),
  );
  const score = (label: SoftLabel): SoftLabelScore => {
    let compared = 0,
      unpaired = 0,
      withoutDistribution = 0,
      expected = 0,
      entropy = 0,
      gold = 0;
    doc.claims.forEach((claim, g) => {
      const counts: Readonly<Record<string, number>> | undefined = byClaim.get(claim.id)?.[label];
      const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
      if (!counts || total === 0) return void (withoutDistribution += 1);
      const q = partner.get(g);
      const y = q === undefined ? undefined : predicted[q]![label];
      if (y === undefined) return void (unpaired += 1);
      const labels = Object.keys(counts);
      compared += 1;
      expected += (counts[y] ?? 0) / total;
      gold += Number(y === claim[label]);
      for (const k of labels) {
        const qk = (1 - smoothing) * Number(k === y) + smoothing / labels.length;
        entropy -= ((counts[k] ?? 0) / total) * Math.log(qk);
      }
    });
    const mean = (x: number) => (compared ? x / compared : Number.NaN);
    const goldAccuracy = mean(gold);
    return {
      compared,
      unpaired,
      withoutDistribution,
      expectedAccuracy: mean(expected),
      crossEntropy: mean(entropy),
      goldAccuracy,
    };
  };
  return Object.fromEntries(LABELS.map((label) => [label, score(label)])) as Record<SoftLabel, SoftLabelScore>;
}
