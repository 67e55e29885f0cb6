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
export * from "./predictions.js";
export * from "./validate.js";
export * from "./gold.js";
export * from "./matching.js";
export * from "./mentions.js";
export { type PRF, type MetricCounts, prfFromCounts, prfFromMatches } from "./prf.js";
export { mentionKey } from "./mention-key.js";
export { type Cluster, type DocumentClusters, MAX_REPEATED_RESPONSE_MENTIONS } from "./align.js";
export { muc } from "./muc.js";
export { bcub } from "./bcub.js";
export { ceafm, ceafe } from "./ceaf.js";
export { blanc, blancFromCounts, type BlancCounts } from "./blanc.js";
export * from "./coreference.js";
export {
  ScoringLimitError,
  type ScoringLimit,
  MAX_ASSIGNMENT_CELLS,
  MAX_ASSIGNMENT_STEPS,
  MAX_BLANC_REPEAT_PAIRS,
  MAX_PREDICTED_ITEMS,
} from "./limits.js";
export * from "./coreference-score.js";
export * from "./attribution.js";
export * from "./times.js";
export * from "./kappa.js";
export * from "./krippendorff.js";
export * from "./claim-pairing.js";
export * from "./soft-labels.js";
export * from "./score-all.js";
export * from "./parse-conll2012.js";
export * from "./pair-documents.js";
export * from "./load-conll2012.js";
export { maximizeAssignment, type Assignment } from "./hungarian.js";
export * from "./load-brat.js";
export * from "./load-spacy.js";

// The error lists behind the scores.
export { scoreAllWithErrors, type AllScoresWithErrors } from "./score-all.js";
export { findErrors } from "./errors/index.js";
export { errorsAsText } from "./errors/text.js";
export { toErrorHtml, type ErrorPageOptions } from "./errors/page.js";
export { sameValue } from "./times.js";
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
