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
// Listed by hand; intentionally internal: the counting halves of the metrics (countMetrics,
// prfFromCounts, blancFromCounts), the assignment solver (maximizeAssignment), mention keys and
// document pairing of the CoNLL-2012 reader (mentionKey, pairDocuments), gold/predicted cluster
// builders (goldClusters, predictedClusters), prfFromMatches, the per-layer prediction schemas
// (their union is PredictionsSchema).
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
export { matchSpans, type MatchedPair, type MatchMode, type Offsets } from "./matching.js";
export { scoreMentions, type MatchScores, type MentionScores } from "./mentions.js";
export {
  bcub,
  blanc,
  MAX_REPEATED_RESPONSE_MENTIONS,
  ceafe,
  ceafm,
  muc,
  scoreClusters,
  scoreDocuments,
  type Cluster,
  type CorefScores,
  type DocumentClusters,
  type PRF,
} from "./coreference.js";
export { scoreCoreference } from "./coreference-score.js";
export { scoreAttribution, type AttributionScores, type LabelAgreement } from "./attribution.js";
export { scoreTimes, type TimeScores } from "./times.js";
export { cohensKappa } from "./kappa.js";
export { scoreAll, type AllScores } from "./score-all.js";
export { Conll2012ParseError, parseConll2012, type Conll2012Document } from "./conll2012.js";
export { loadConll2012 } from "./load-conll2012.js";
export { loadBrat } from "./load-brat.js";
export { loadSpacy } from "./load-spacy.js";
