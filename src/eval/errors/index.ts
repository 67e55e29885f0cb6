import type { ArticleOf } from "../../types.js";
import type { Predictions } from "../predictions.js";
import { claimErrors } from "./claims.js";
import { spanReader } from "./context.js";
import { coreferenceErrors } from "./coreference.js";
import { mentionErrors, mentionRefs } from "./mentions.js";
import { timeErrors } from "./times.js";
import type { ScoreErrors } from "./types.js";

export type * from "./types.js";

/**
 * The errors behind every score of a set of predictions: mentions missed, spurious, with wrong
 * boundaries or a wrong type; gold chains split and predicted clusters merged; claims missed or
 * spurious, parts with other offsets, labels that disagree; times missed, spurious or with
 * another value. Every error carries its spans with their text and sentence. The lists follow
 * the pairings of the scores, so their counts explain the figures (gold mentions without an
 * overlap match are `mentions.missed`, those without an exact match `missed` plus `boundary`).
 *
 * @param predictions - Checked predictions (see `checkPredictions`).
 * @param doc - The gold article.
 * @returns The errors, by layer.
 * @example
 * ```ts
 * import { article } from "kim-shoigu-2023";
 * import { checkPredictions, findErrors } from "kim-shoigu-2023/eval";
 * const errors = findErrors(checkPredictions({ mentions: [{ start: 58, end: 66 }] }, article), article);
 * errors.mentions.boundary[0]?.gold.text; // "Kim Jong Un"
 * ```
 */
export function findErrors(predictions: Predictions, doc: ArticleOf): ScoreErrors {
  const read = spanReader(doc);
  const { gold, predicted } = mentionRefs(predictions, doc, read);
  return {
    mentions: mentionErrors(gold, predicted),
    coreference: coreferenceErrors(gold, predicted),
    claims: claimErrors(predictions, doc, read),
    times: timeErrors(predictions, doc, read),
  };
}
