/**
 * The evaluation kit: score a system's mentions, coreference, attributions and time expressions
 * against the article, with the definitions of the field's reference tools.
 *
 * @example
 * ```ts
 * import { scoreAll } from "kim-shoigu-2023/eval";
 * const scores = scoreAll({ mentions: [{ start: 58, end: 69, type: "person", cluster: "kim" }] });
 * console.log(scores.mentions.exact.precision, scores.coreference.conll.f1);
 * ```
 * @module eval
 */
// Listed by hand; intentionally internal: the single coreference metrics (muc, bcub, ceafm,
// ceafe, blanc: scoreClusters gives them all at once) and their counting halves (countMetrics,
// prfFromCounts, blancFromCounts), the assignment solvers (maximizeAssignment and the per-group
// solver), mention keys and document pairing of the CoNLL-2012 reader (mentionKey, pairDocuments),
// gold/predicted cluster builders (goldClusters, predictedClusters), prfFromMatches, the numeric
// limits (documented in the evaluate guide; ScoringLimitError names the one exceeded), the span
// matcher and Cohen's kappa behind the mention and attribution scores (matchSpans, cohensKappa),
// the time value comparison (sameValue), and the per-layer prediction schemas (their union is
// PredictionsSchema).
export {
  PredictionsSchema,
  predictionsJsonSchema,
  type PredictedClaim,
  type PredictedMention,
  type PredictedSpan,
  type PredictedTime,
  type Predictions,
} from "./predictions.js";
export { checkPredictions, PredictionsError } from "./validate.js";
export { goldAsPredictions } from "./gold.js";
export type { MatchedPair, MatchMode } from "./matching.js";
export { scoreMentions, type MatchScores, type MentionScores } from "./mentions.js";
export type { PRF } from "./prf.js";
export type { Cluster, DocumentClusters } from "./align.js";
export { scoreClusters, scoreDocuments, type CorefScores } from "./coreference.js";
export { ScoringLimitError, type ScoringLimit } from "./limits.js";
export { scoreCoreference } from "./coreference-score.js";
export { scoreAttribution, type AttributionScores, type LabelAgreement } from "./attribution.js";
export { scoreTimes, type TimeScores } from "./times.js";
export { krippendorffAlpha } from "./krippendorff.js";
export { scoreSoftLabels, type SoftLabel, type SoftLabelOptions, type SoftLabelScore } from "./soft-labels.js";
export { scoreAll, type AllScores } from "./score-all.js";
export { Conll2012ParseError, parseConll2012, type Conll2012Document } from "./parse-conll2012.js";
export { loadConll2012 } from "./load-conll2012.js";
export { loadBrat } from "./load-brat.js";
export { loadSpacy } from "./load-spacy.js";

// The error lists behind the scores.
export { scoreAllWithErrors, type AllScoresWithErrors } from "./score-all.js";
export { findErrors } from "./errors/index.js";
export { errorsAsText } from "./errors/text.js";
export { toErrorHtml, type ErrorPageOptions } from "./errors/page.js";
export type {
  ChainPart,
  ClaimErrors,
  ClaimLabel,
  ClaimPart,
  ClaimRef,
  ClusterPart,
  CoreferenceErrors,
  ErrorSentence,
  ErrorSpan,
  GoldMentionRef,
  MentionErrors,
  PredictedMentionRef,
  ScoreErrors,
  TimeErrors,
  TimeRef,
} from "./errors/index.js";
