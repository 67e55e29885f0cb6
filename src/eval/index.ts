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
export * from "./coreference.js";
export * from "./coreference-score.js";
export * from "./attribution.js";
export * from "./times.js";
export * from "./kappa.js";
export * from "./krippendorff.js";
export * from "./claim-pairing.js";
export * from "./soft-labels.js";
export * from "./score-all.js";
export * from "./conll2012.js";
export * from "./load-conll2012.js";
export { maximizeAssignment, type Assignment } from "./hungarian.js";
export * from "./load-brat.js";
export * from "./load-spacy.js";
