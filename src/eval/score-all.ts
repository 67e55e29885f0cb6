import { article as shippedArticle } from "../generated/article.js";
import type { ArticleOf } from "../types.js";
import { type AttributionScores, scoreAttribution } from "./attribution.js";
import type { CorefScores } from "./coreference.js";
import { scoreCoreference } from "./coreference-score.js";
import { type MentionScores, scoreMentions } from "./mentions.js";
import { scoreTimes, type TimeScores } from "./times.js";
import { checkPredictions } from "./validate.js";

/** Every score of a set of predictions. */
export interface AllScores {
  readonly mentions: MentionScores;
  readonly coreference: CorefScores;
  readonly attribution: AttributionScores;
  readonly times: TimeScores;
}

/**
 * Validates predictions and scores every layer against an article (default: the shipped one).
 *
 * @param input - Predictions in the evaluation kit's JSON format (or a loader's output).
 * @param doc - The gold article.
 * @returns `{ mentions, coreference, attribution, times }`.
 * @throws PredictionsError listing every problem of invalid predictions.
 * @example
 * ```ts
 * import { scoreAll } from "kim-shoigu-2023/eval";
 * const scores = scoreAll(JSON.parse(fs.readFileSync("predictions.json", "utf8")));
 * console.log(scores.coreference.conll.f1);
 * ```
 */
export function scoreAll(input: unknown, doc: ArticleOf = shippedArticle): AllScores {
  const predictions = checkPredictions(input, doc);
  return {
    mentions: scoreMentions(predictions, doc),
    coreference: scoreCoreference(predictions, doc),
    attribution: scoreAttribution(predictions, doc),
    times: scoreTimes(predictions, doc),
  };
}
